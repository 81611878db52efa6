#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcTranslations, "chophien.core.translations")
}

Translations::Translations(QObject* parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Translations::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool Translations::apply(const QString& requested)
{
    const QString code = available().contains(requested) ? requested : defaultLanguage();
    if (code == m_current && m_app)
        return true;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/chophien_%1.qm").arg(code))) {
        qCWarning(lcTranslations) << "cannot load translation" << code;
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset(); // English needs none; a missing Qt catalogue only leaves standard dialogs in English

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_current = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace ChoPhien
