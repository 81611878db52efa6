#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace ChoPhien {

// Loads and swaps the application's translations at run time. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, so a switch applies without a restart.
class Translations final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    static QStringList available(); // "vi" first: the default whatever the system's language
    static QString defaultLanguage() { return QStringLiteral("vi"); }

    // Installs the app's and Qt's own translations for `code`; falls back to Vietnamese for an
    // unknown code. Returns false only if the app's translation could not be loaded.
    bool apply(const QString& code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace ChoPhien
