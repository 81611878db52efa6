#pragma once

#include "SettingKey.h"

#include <QSettings>
#include <QVariant>

#include <memory>

namespace ChoPhien {

// Typed access to the settings table in SettingKeys.h, stored with QSettings.
class AppSettings final {
public:
    // Uses the application's default QSettings location.
    AppSettings();
    // Uses an INI file (tests, portable installs).
    explicit AppSettings(const QString& iniPath);

    template <typename T> T value(const SettingKey<T>& key) const
    {
        // A value that does not convert (a hand-edited "many" for a number) reads as the default.
        QVariant v = m_settings->value(QLatin1StringView(key.name));
        if (!v.isValid() || !v.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return v.value<T>();
    }

    template <typename T> void setValue(const SettingKey<T>& key, const T& value)
    {
        m_settings->setValue(QLatin1StringView(key.name), QVariant::fromValue(value));
    }

    template <typename T> void reset(const SettingKey<T>& key)
    {
        m_settings->remove(QLatin1StringView(key.name));
    }

    // Puts a workspace folder first in the recent list (no duplicates, bounded) and makes it the last one.
    void rememberWorkspace(const QString& folder);
    void forgetWorkspace(const QString& folder);

    void sync() { m_settings->sync(); }

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ChoPhien
