#include "TempWorkspace.h"

#include <storage/ClerkRepository.h>

namespace ChoPhien::Test {

TempWorkspace::TempWorkspace(const Clock& clock)
    : m_clock(clock)
{
    auto result = Workspace::create(folder(), QStringLiteral("Người kiểm thử"), clock);
    m_workspace = std::move(result.workspace);
    if (m_workspace) {
        const auto clerks = ClerkRepository::active(m_workspace->database());
        if (!clerks.isEmpty())
            m_clerkId = clerks.first().id;
    }
}

StorageError TempWorkspace::reopen()
{
    m_workspace.reset();
    auto result = Workspace::open(folder(), m_clock);
    m_workspace = std::move(result.workspace);
    return result.error;
}

} // namespace ChoPhien::Test
