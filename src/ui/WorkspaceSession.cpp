#include "WorkspaceSession.h"

namespace ChoPhien {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
{}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_clerk.reset();
    m_workspace = std::move(workspace);
    Q_EMIT workspaceChanged();
    Q_EMIT clerkChanged();
}

void WorkspaceSession::close()
{
    setWorkspace(nullptr);
}

void WorkspaceSession::setClerk(const Clerk& clerk)
{
    m_clerk = clerk;
    Q_EMIT clerkChanged();
}

} // namespace ChoPhien
