#pragma once

#include <core/Clerk.h>
#include <storage/Workspace.h>

#include <QObject>

#include <memory>
#include <optional>

namespace ChoPhien {

// The workspace this window works on and the clerk working now. Pages read it; every write they make
// uses actor() so it is recorded under the clerk on duty.
class WorkspaceSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    bool isOpen() const { return m_workspace != nullptr; }
    // Shared so background work (a backup) can keep it alive while it runs.
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    std::optional<Clerk> clerk() const { return m_clerk; }
    Actor actor() const { return Actor{m_clerk ? m_clerk->id : QString()}; }

    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void close();
    void setClerk(const Clerk& clerk);
    // Tells pages that the workspace's content changed (e.g. a clerk was added).
    void notifyChanged() { Q_EMIT contentChanged(); }

Q_SIGNALS:
    void workspaceChanged();
    void clerkChanged();
    void contentChanged();

private:
    std::shared_ptr<Workspace> m_workspace;
    std::optional<Clerk> m_clerk;
};

} // namespace ChoPhien
