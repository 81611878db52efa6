// The whole-file check: made at open for small files, left for later on large ones, and always made
// before the daily backup of a file whose check was left (docs/adr/0011-integrity-check.md).
#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/StopRequest.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceIntegrity.h>
#include <storage/WorkspaceUpkeep.h>
#include <support/FileSnapshot.h>
#include <support/RawConnection.h>
#include <support/TempWorkspace.h>
#include <support/WorkspaceDamage.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
constexpr qint64 kLarge = WorkspaceIntegrity::kCheckAtOpenLimit;
} // namespace

class TestWorkspaceIntegrity final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

    // A closed workspace of a few demo products, made larger than the bound when `large`, with its
    // audit trail's root page damaged when `damaged`.
    QString prepare(TempWorkspace& temp, bool large, bool damaged)
    {
        if (!temp.isValid() || DemoWorkspace::fill(temp.workspace(), 60))
            return {};
        const QString db = temp.workspace().databasePath();
        temp.close();
        if (large && !growPast(db, kLarge))
            return {};
        if (damaged && !damageTable(db, QStringLiteral("audit_log")))
            return {};
        return db;
    }

private Q_SLOTS:
    void smallDamagedFileIsRefusedAtOpen()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, false, true);
        QVERIFY(!db.isEmpty());
        QVERIFY(WorkspaceIntegrity::isCheckedAtOpen(db));
        const FileSnapshot before = FileSnapshot::of(db);
        const StorageError error = temp.reopen();
        QCOMPARE(error.kind(), StorageError::Kind::Damaged);
        QCOMPARE(FileSnapshot::of(db), before);
    }

    void smallHealthyFileIsCheckedWholeAtOpen()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, false, false);
        QVERIFY(!db.isEmpty());
        QVERIFY(!temp.reopen());
        QVERIFY(temp.workspace().isCheckedWhole());
    }

    void largeDamagedFileOpensAndTheCheckFindsTheDamage()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, true);
        QVERIFY(!db.isEmpty());
        QVERIFY(WorkspaceIntegrity::bytesToCheck(db) > kLarge);
        QVERIFY(!WorkspaceIntegrity::isCheckedAtOpen(db));

        // Opening reads the header and the schema only: it works, and says the rest is unchecked.
        const StorageError opened = temp.reopen();
        QVERIFY2(!opened, qPrintable(opened.detail()));
        QVERIFY(!temp.workspace().isCheckedWhole());
        QSqlDatabase live = temp.workspace().database();
        QCOMPARE(Migrations::currentVersion(live), Migrations::latestVersion());

        // The check made later, beside the open workspace, finds it.
        const StorageError found = WorkspaceIntegrity::check(db);
        QCOMPARE(found.kind(), StorageError::Kind::Damaged);
        QCOMPARE(found.path(), db);
        QVERIFY(!found.detail().isEmpty());
        QVERIFY(!WorkspaceIntegrity::wasStopped(found));
        temp.close();

        // Asked to check whatever the size (before a backup), open refuses it, untouched.
        const FileSnapshot before = FileSnapshot::of(db);
        const auto always = Workspace::open(temp.folder(), m_clock, Workspace::IntegrityAtOpen::Always);
        QVERIFY(!always.workspace);
        QCOMPARE(always.error.kind(), StorageError::Kind::Damaged);
        QCOMPARE(FileSnapshot::of(db), before);
    }

    void largeHealthyFileOpensUncheckedAndPassesTheCheck()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, false);
        QVERIFY(!db.isEmpty());
        QVERIFY(!temp.reopen());
        QVERIFY(!temp.workspace().isCheckedWhole());
        const StorageError checked = WorkspaceIntegrity::check(db);
        QVERIFY2(!checked, qPrintable(checked.detail()));
    }

    void deferredOpenLeavesEvenASmallFileToTheCaller()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, false, true);
        QVERIFY(!db.isEmpty());
        const auto opened = Workspace::open(temp.folder(), m_clock, Workspace::IntegrityAtOpen::Deferred);
        QVERIFY2(opened.workspace, qPrintable(opened.error.detail()));
        QVERIFY(!opened.workspace->isCheckedWhole());
        QCOMPARE(WorkspaceIntegrity::check(opened.workspace->database()).kind(), StorageError::Kind::Damaged);
    }

    void unreadableSchemaIsRefusedWhateverTheSize()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, false);
        QVERIFY(!db.isEmpty());
        // Page 1 past its 100-byte file header holds the root of the schema table.
        QVERIFY(scribble(db, 100, 4096 - 100));
        const auto opened = Workspace::open(temp.folder(), m_clock, Workspace::IntegrityAtOpen::Deferred);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.kind(), StorageError::Kind::Damaged);
    }

    void olderSchemaIsCheckedWholeBeforeItsMigration()
    {
        QTemporaryDir dir;
        const QString db = QDir(dir.path()).filePath(Workspace::databaseFileName());
        {
            RawConnection raw(db);
            QVERIFY(!Migrations::migrate(raw.db(), 1));
        }
        const auto opened = Workspace::open(dir.path(), m_clock, Workspace::IntegrityAtOpen::Deferred);
        QVERIFY2(opened.workspace, qPrintable(opened.error.detail()));
        QVERIFY(opened.workspace->isCheckedWhole());
        QSqlDatabase migrated = opened.workspace->database();
        QCOMPARE(Migrations::currentVersion(migrated), Migrations::latestVersion());
    }

    void upkeepMakesNoBackupOfADamagedFile()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, true);
        QVERIFY(!db.isEmpty());
        QVERIFY(!temp.reopen()); // as the desktop app has it open while the check runs
        QVERIFY(!temp.workspace().isCheckedWhole());
        QVERIFY(Backups::isDue(temp.folder(), m_clock));

        const WorkspaceUpkeep::Result result = WorkspaceUpkeep::run(temp.folder(), m_clock, true);
        QCOMPARE(result.outcome, WorkspaceUpkeep::Outcome::Damaged);
        QCOMPARE(result.error.kind(), StorageError::Kind::Damaged);
        QVERIFY(result.backup.isEmpty());
        QCOMPARE(Backups::list(temp.folder()), QStringList());
    }

    void upkeepChecksThenBacksUpAHealthyFile()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, false);
        QVERIFY(!db.isEmpty());
        QVERIFY(!temp.reopen());
        const WorkspaceUpkeep::Result result = WorkspaceUpkeep::run(temp.folder(), m_clock, true);
        QCOMPARE(result.outcome, WorkspaceUpkeep::Outcome::Done);
        QCOMPARE(Backups::list(temp.folder()), QStringList{result.backup});
        QVERIFY(result.backup.endsWith(u"-daily.db"));
        // The same day again: checked, and no second backup.
        const WorkspaceUpkeep::Result again = WorkspaceUpkeep::run(temp.folder(), m_clock, true);
        QCOMPARE(again.outcome, WorkspaceUpkeep::Outcome::Done);
        QVERIFY(again.backup.isEmpty());
        QCOMPARE(Backups::list(temp.folder()).size(), 1);
    }

    void stoppedUpkeepLeavesNothingHalfMade()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, false);
        QVERIFY(!db.isEmpty());
        StopRequest stop;
        stop.stop();
        QVERIFY(stop.isStopped());
        const WorkspaceUpkeep::Result checked = WorkspaceUpkeep::run(temp.folder(), m_clock, true, &stop);
        QCOMPARE(checked.outcome, WorkspaceUpkeep::Outcome::Stopped);
        const WorkspaceUpkeep::Result backedUp = WorkspaceUpkeep::run(temp.folder(), m_clock, false, &stop);
        QCOMPARE(backedUp.outcome, WorkspaceUpkeep::Outcome::Stopped);
        QCOMPARE(QDir(temp.folder()).entryList({QStringLiteral("*.db*")}, QDir::Files, QDir::Name),
                 QStringList{Workspace::databaseFileName()});
        QCOMPARE(Backups::list(temp.folder()), QStringList());
        QVERIFY(WorkspaceIntegrity::wasStopped(WorkspaceIntegrity::check(db, &stop)));
    }

    void stopInterruptsACheckUnderWay()
    {
        TempWorkspace temp(m_clock);
        const QString db = prepare(temp, true, false);
        QVERIFY(!db.isEmpty());
        // Stopped once the check is under way, it ends part way (SQLITE_INTERRUPT) rather than reading
        // the rest of the file. Several rounds: on a busy machine a check of this small file may be
        // over before this thread gets to stop it.
        int partWay = 0;
        for (int round = 0; round < 5; ++round) {
            StopRequest stop;
            StorageError result;
            std::atomic_bool done = false;
            std::thread worker([&] {
                result = WorkspaceIntegrity::check(db, &stop);
                done = true;
            });
            while (!stop.isWatching() && !done)
                std::this_thread::yield();
            stop.stop();
            worker.join();
            QVERIFY2(!result || WorkspaceIntegrity::wasStopped(result), qPrintable(result.detail()));
            partWay += result.detail().endsWith(u"part way") ? 1 : 0;
        }
        QVERIFY(partWay > 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceIntegrity)
#include "tst_workspaceintegrity.moc"
