#include "SandboxProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>
#include <QFile>

namespace ChoPhien::Test {

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QStringList& extraArguments)
{
    m_process.setProgram(binaryPath(QStringLiteral("chophien-sandbox")));
    m_process.setArguments(QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("--port"), QStringLiteral("0")} +
                           extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QByteArray prefix = "listening on ";
    QDeadlineTimer deadline(15000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        buffer = m_process.readLine().trimmed();
        if (buffer.startsWith(prefix)) {
            m_baseUrl = QUrl(QString::fromUtf8(buffer.mid(prefix.size())));
            const QByteArray folderPrefix = "data folder: ";
            if (m_process.canReadLine() || m_process.waitForReadyRead(5000)) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith(folderPrefix))
                    m_dataFolder = QString::fromUtf8(line.mid(folderPrefix.size()));
            }
            return m_baseUrl.isValid();
        }
    }
    m_error = QStringLiteral("sandbox did not report its address: ") +
              QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

QStringList SandboxProcess::readLines(int count, int timeoutMs)
{
    QStringList lines;
    QDeadlineTimer deadline(timeoutMs);
    while (lines.size() < count && !deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine())
            lines.append(QString::fromUtf8(m_process.readLine().trimmed()));
    }
    return lines;
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        return false;
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 SandboxProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ChoPhien::Test
