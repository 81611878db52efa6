#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace ChoPhien::Test {

// One finished run of the real chophien-cli.
struct CliResult {
    bool started = false;
    bool finished = false; // false: it crashed or timed out
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // stdout parsed as one JSON object (empty when it is not one).
    QJsonObject json() const;
    // stderr split into non-empty lines.
    QList<QByteArray> errLines() const;
    // A one-line summary for failure messages.
    QByteArray describe() const;
};

// Runs chophien-cli (from CHOPHIEN_BIN_DIR) with `arguments` and waits for it to end.
CliResult runCli(const QStringList& arguments, int timeoutMs = 120000);

// `--workspace folder` followed by `rest`.
inline QStringList ws(const QString& folder, const QStringList& rest)
{
    return QStringList{QStringLiteral("--workspace"), folder} + rest;
}

} // namespace ChoPhien::Test

// Checks the CLI's contract for one run: how it ended, and that a failure says so on exactly one line.
#define VERIFY_RUN(result, code)                                                                             \
    do {                                                                                                     \
        const ChoPhien::Test::CliResult& run_ = (result);                                                    \
        QVERIFY2(run_.finished&& run_.exitStatus == QProcess::NormalExit, run_.describe().constData());      \
        QVERIFY2(run_.exitCode == (code), run_.describe().constData());                                      \
        if ((code) == 0)                                                                                     \
            QVERIFY2(run_.err.isEmpty(), run_.describe().constData());                                       \
        else                                                                                                 \
            QVERIFY2(run_.errLines().size() == 1 && run_.err.startsWith("chophien-cli: "),                   \
                     run_.describe().constData());                                                           \
    } while (false)
