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
    qint64 processId() const { return m_process.processId(); }
    // The second line of output: the folder the server keeps its data in.
    QString dataFolder() const { return m_dataFolder; }
    // The lines of output after the data folder (the logins of --seed-demo and --accounts), in
    // order, each line once: waits up to `timeoutMs` until at least `count` have come.
    QStringList readLines(int count, int timeoutMs = 5000);

    // Kills the server at once (SIGKILL on Unix: no chance to close anything) and waits for it.
    void kill();
    // Asks the server to stop (SIGTERM) and waits; true when it ended normally with exit code 0.
    bool stop();
    // The server's resident memory in KiB (from /proc), or -1 where that cannot be read.
    qint64 residentKiB() const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_dataFolder;
    QString m_error;
};

} // namespace ChoPhien::Test
