#include "WorkspaceUpkeep.h"

#include "Backups.h"
#include "StopRequest.h"
#include "Workspace.h"
#include "WorkspaceIntegrity.h"

#include <QDir>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcUpkeep, "chophien.storage.upkeep")

bool stopped(StopRequest* stop)
{
    return stop && stop->isStopped();
}
} // namespace

WorkspaceUpkeep::Result WorkspaceUpkeep::run(const QString& workspaceFolder, const Clock& clock,
                                             bool checkFirst, StopRequest* stop)
{
    if (checkFirst) {
        const QString dbPath = QDir(workspaceFolder).filePath(Workspace::databaseFileName());
        const StorageError error = WorkspaceIntegrity::check(dbPath, stop);
        if (stopped(stop))
            return {Outcome::Stopped, {}, {}};
        if (error.kind() == StorageError::Kind::Damaged) {
            qCWarning(lcUpkeep) << "whole-file check found damage; no backup made:" << error.detail();
            return {Outcome::Damaged, error, {}};
        }
        if (error) {
            qCWarning(lcUpkeep) << "whole-file check could not run; no backup made:" << error.detail();
            return {Outcome::Failed, error, {}};
        }
        qCInfo(lcUpkeep) << "whole-file check passed" << workspaceFolder;
    }
    if (!Backups::isDue(workspaceFolder, clock))
        return {};
    StorageError error;
    const QString backup = Backups::create(workspaceFolder, clock, QStringLiteral("daily"), &error, stop);
    if (stopped(stop))
        return {Outcome::Stopped, {}, {}};
    if (error)
        return {Outcome::Failed, error, {}};
    Backups::prune(workspaceFolder, QStringLiteral("daily"), kDailyKept);
    return {Outcome::Done, {}, backup};
}

} // namespace ChoPhien
