#include "CliProcess.h"

#include "TestPaths.h"

#include <QJsonDocument>

namespace ChoPhien::Test {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

QList<QByteArray> CliResult::errLines() const
{
    QList<QByteArray> lines;
    for (const QByteArray& line : err.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (exitStatus == QProcess::CrashExit ? " (crashed)" : "") +
           "; stdout: " + out.trimmed() + "; stderr: " + err.trimmed();
}

CliResult runCli(const QStringList& arguments, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProgram(binaryPath(QStringLiteral("chophien-cli")));
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace ChoPhien::Test
