#include "AppSettings.h"

#include "SettingKeys.h"

#include <QDir>

namespace ChoPhien {
namespace {
const auto kVersionKey = QStringLiteral("settings/version");
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(kVersionKey, 0).toInt();
    // Version 0 is a new file: nothing to carry over. Later versions add their steps here, in order.
    if (version < SettingKeys::schemaVersion)
        m_settings->setValue(kVersionKey, SettingKeys::schemaVersion);
}

void AppSettings::rememberWorkspace(const QString& folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList recent = value(SettingKeys::recentWorkspaces);
    recent.removeAll(clean);
    recent.prepend(clean);
    const int limit = qMax(1, value(SettingKeys::recentWorkspacesLimit));
    while (recent.size() > limit)
        recent.removeLast();
    setValue(SettingKeys::recentWorkspaces, recent);
    setValue(SettingKeys::lastWorkspace, clean);
}

void AppSettings::forgetWorkspace(const QString& folder)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList recent = value(SettingKeys::recentWorkspaces);
    recent.removeAll(clean);
    setValue(SettingKeys::recentWorkspaces, recent);
    if (value(SettingKeys::lastWorkspace) == clean)
        reset(SettingKeys::lastWorkspace);
}

} // namespace ChoPhien
