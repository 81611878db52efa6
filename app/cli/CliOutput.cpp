#include "CliOutput.h"

#include <QJsonDocument>

namespace ChoPhien::Cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{}

void CliOutput::line(const QString& text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

int CliOutput::succeed(QJsonObject result)
{
    if (m_json) {
        result.insert(QStringLiteral("ok"), true);
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return Success;
}

int CliOutput::fail(const StorageError& error)
{
    return fail(error.code(), error.message());
}

int CliOutput::fail(const QString& code, const QString& message, const QJsonObject& details)
{
    QString oneLine = message;
    oneLine.replace(u'\n', u' ');
    m_err << "chophien-cli: " << oneLine << Qt::endl;
    if (m_json) {
        QJsonObject error = details;
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("message"), oneLine);
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    return Failure;
}

} // namespace ChoPhien::Cli
