#pragma once

#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QTemporaryDir>

#include <memory>

namespace ChoPhien::Test {

// A real chophien-sandbox on a fresh data folder, with the two sellers of ApiFixtures logged in.
class SandboxSession final {
public:
    // Starts the server (with `extraArguments`) and logs both sellers in; false with errorString().
    bool start(const QString& test, const QStringList& extraArguments = {});
    // Kills the server (or lets it stop), starts it again on the same folder and logs in again.
    bool restart(bool kill);
    QString errorString() const { return m_error; }

    SandboxProcess& process() { return *m_process; }
    QString folder() const { return m_folder.path(); }
    ApiClient& amy() { return *m_amy; }
    ApiClient& ben() { return *m_ben; }
    // Another client, logged in as Amy: a second device of the same seller.
    std::unique_ptr<ApiClient> amyAgain();

private:
    bool launch();
    bool login();

    QString m_test;
    QStringList m_extra;
    QTemporaryDir m_folder;
    std::unique_ptr<SandboxProcess> m_process;
    std::unique_ptr<ApiClient> m_amy;
    std::unique_ptr<ApiClient> m_ben;
    QString m_error;
};

} // namespace ChoPhien::Test
