#pragma once

#include <QProcess>
#include <QUrl>

namespace ChoPhien::Test {

// Starts the real chophien-sandbox on a free loopback port and stops it when destroyed.
class SandboxProcess final {
public:
    SandboxProcess();
    ~SandboxProcess();

    // Starts the server and waits for its first output line (the base URL). False on failure;
    // errorString() says why.
    bool start(const QStringList& extraArguments = {});
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace ChoPhien::Test
