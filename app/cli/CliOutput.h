#pragma once

#include <storage/StorageError.h>

#include <QJsonObject>
#include <QTextStream>

namespace ChoPhien::Cli {

// Exit codes are part of the CLI's contract.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// Writes a command's result: human-readable lines, or one JSON object with --json. Failures also
// print one line on stderr.
class CliOutput final {
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    void line(const QString& text); // human mode only
    int succeed(QJsonObject result);
    int fail(const StorageError& error);
    // `details` go into the JSON error object beside code and message (e.g. candidates to choose from).
    int fail(const QString& code, const QString& message, const QJsonObject& details = {});

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ChoPhien::Cli
