#include "SandboxProcess.h"

#include "TestPaths.h"

#include <QDeadlineTimer>

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
            return m_baseUrl.isValid();
        }
    }
    m_error = QStringLiteral("sandbox did not report its address: ") +
              QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

} // namespace ChoPhien::Test
