#include "SandboxSession.h"

#include "ApiFixtures.h"

namespace ChoPhien::Test {

bool SandboxSession::start(const QString& test, const QStringList& extraArguments)
{
    m_test = test;
    m_extra = extraArguments;
    if (!m_folder.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    return launch();
}

bool SandboxSession::launch()
{
    m_process = std::make_unique<SandboxProcess>();
    if (!m_process->start(ApiFixtures::sandboxArguments(m_folder.path()) + m_extra)) {
        m_error = m_process->errorString();
        return false;
    }
    return login();
}

bool SandboxSession::restart(bool kill)
{
    if (kill)
        m_process->kill();
    else if (!m_process->stop()) {
        m_error = QStringLiteral("the sandbox did not stop cleanly");
        return false;
    }
    return launch();
}

bool SandboxSession::login()
{
    m_amy = std::make_unique<ApiClient>(m_process->baseUrl(), m_test);
    m_ben = std::make_unique<ApiClient>(m_process->baseUrl(), m_test);
    const ApiReply a = m_amy->login(ApiFixtures::kAmy, ApiFixtures::kAmyPassword);
    const ApiReply b = m_ben->login(ApiFixtures::kBen, ApiFixtures::kBenPassword);
    if (a.status != 200 || b.status != 200) {
        m_error = QStringLiteral("login failed: ") + QString::fromUtf8(a.describe() + " / " + b.describe());
        return false;
    }
    return true;
}

std::unique_ptr<ApiClient> SandboxSession::amyAgain()
{
    auto client = std::make_unique<ApiClient>(m_process->baseUrl(), m_test);
    client->login(ApiFixtures::kAmy, ApiFixtures::kAmyPassword);
    return client;
}

} // namespace ChoPhien::Test
