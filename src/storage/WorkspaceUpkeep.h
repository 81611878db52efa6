#pragma once

#include "StorageError.h"

#include <core/Clock.h>

#include <QString>

namespace ChoPhien {

class StopRequest;

// What the desktop app does for an open workspace behind the user's back, on a worker thread: the
// whole-file check that Workspace::open left for later (a large file), then the daily backup — in that
// order, because a backup of a damaged file is worse than none: keeping the newest kDailyKept would
// push the good ones out (docs/adr/0011-integrity-check.md).
class WorkspaceUpkeep final {
public:
    static constexpr int kDailyKept = 7;

    enum class Outcome {
        Done,    // checked (when asked) and whole; the daily backup written if it was due
        Damaged, // the check found damage: no backup was made
        Stopped, // a StopRequest ended it; nothing half-made is left
        Failed,  // the check or the backup could not run (a busy or full disk): tried again next time
    };
    struct Result {
        Outcome outcome = Outcome::Done;
        StorageError error; // Damaged and Failed
        QString backup;     // the daily backup written, if any
    };

    // Any thread; its own read-only connection, released before it returns. Needs no Workspace (nor
    // its lock), so the workspace may be closed or reopened meanwhile.
    static Result run(const QString& workspaceFolder, const Clock& clock, bool checkFirst,
                      StopRequest* stop = nullptr);
};

} // namespace ChoPhien
