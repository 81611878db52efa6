#pragma once

#include <core/Clerk.h>
#include <core/Clock.h>
#include <storage/Workspace.h>

#include <QTemporaryDir>

#include <memory>

namespace ChoPhien::Test {

// A real workspace (SQLite file on disk) in a temporary folder that is removed afterwards.
class TempWorkspace final {
public:
    // Creates the workspace with one clerk; QVERIFY(isValid()) in the test.
    explicit TempWorkspace(const Clock& clock = Clock::system());

    bool isValid() const { return m_workspace != nullptr; }
    Workspace& workspace() { return *m_workspace; }
    QString folder() const { return m_dir.path() + QStringLiteral("/ws"); }
    QString clerkId() const { return m_clerkId; }
    Actor actor() const { return Actor{m_clerkId}; }

    // Closes the workspace (releasing the lock) so a test can tamper with the files or reopen it.
    void close() { m_workspace.reset(); }
    StorageError reopen();

private:
    QTemporaryDir m_dir;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QString m_clerkId;
};

} // namespace ChoPhien::Test
