#include <core/Ids.h>
#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>
#include <support/FileSnapshot.h>
#include <support/RawConnection.h>
#include <support/TempWorkspace.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(10, 15, 0), Qt::UTC);

QStringList fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& p : paths)
        names.append(QFileInfo(p).fileName());
    return names;
}

qint64 productsIn(const QString& dbPath)
{
    RawConnection raw(dbPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
    return raw.scalar(QStringLiteral("SELECT count(*) FROM products")).toLongLong();
}

bool touch(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
}

} // namespace

class TestBackups final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createWritesAValidConsistentCopy()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 300));
        StorageError error;
        const QString path = Backups::create(temp.workspace(), QStringLiteral("manual"), &error);
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(path, QDir(temp.workspace().backupsPath())
                           .filePath(QStringLiteral("workspace-20261123-101500-manual.db")));
        QVERIFY(QFileInfo(path).isFile());
        {
            RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM products")).toInt(), 300);
            QCOMPARE(
                raw.scalar(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'id'")).toString(),
                temp.workspace().id());
        }
        // A snapshot: later changes to the workspace do not reach it.
        QVERIFY(QSqlQuery(temp.workspace().database()).exec(QStringLiteral("DELETE FROM stock_movements")));
        RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.scalar(QStringLiteral("SELECT count(*) FROM stock_movements")).toInt() > 0);
    }

    void createWorksWhereThePathHasAQuote()
    {
        QTemporaryDir dir;
        FixedClock clock(kStart);
        auto created =
            Workspace::create(dir.filePath(QStringLiteral("Cửa hàng O'Brien")), QStringLiteral("Hoa"), clock);
        QVERIFY(created.workspace);
        StorageError error;
        const QString path = Backups::create(*created.workspace, QStringLiteral("manual"), &error);
        QVERIFY2(!error, qPrintable(error.detail()));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(Backups::latest(created.workspace->folder()), path);
    }

    void createFailsCleanlyWhereNoBackupCanBeWritten()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(QDir(temp.workspace().backupsPath()).removeRecursively());
        QVERIFY(touch(temp.workspace().backupsPath())); // a file where the folder should be
        StorageError error;
        const QString path = Backups::create(temp.workspace(), QStringLiteral("manual"), &error);
        QVERIFY(path.isEmpty());
        QVERIFY(error);
        QVERIFY(Backups::list(temp.folder()).isEmpty());
        // The error pointer is optional.
        QVERIFY(Backups::create(temp.workspace(), QStringLiteral("manual")).isEmpty());
    }

    void listIsNewestFirst()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(Backups::list(temp.folder()).isEmpty());
        QVERIFY(Backups::latest(temp.folder()).isEmpty());
        QStringList made;
        for (const QString& reason : {QStringLiteral("manual"), QStringLiteral("daily"),
                                      QStringLiteral("before-v3"), QStringLiteral("daily")}) {
            made.prepend(Backups::create(temp.workspace(), reason));
            QVERIFY(!made.first().isEmpty());
            clock.advanceSecs(3600 * 7);
        }
        // Things in the folder that are not backups are ignored.
        QVERIFY(touch(QDir(temp.workspace().backupsPath()).filePath(QStringLiteral("ghi chú.txt"))));
        QVERIFY(
            touch(QDir(temp.workspace().backupsPath()).filePath(QStringLiteral("workspace-x.db-journal"))));
        QCOMPARE(Backups::list(temp.folder()), made);
        QCOMPARE(Backups::latest(temp.folder()), made.first());
    }

    void backupsInTheSameSecondKeepTheirOrder()
    {
        FixedClock clock(kStart); // does not move: every backup has the same time stamp
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QStringList made;
        for (int i = 0; i < 11; ++i) {
            made.prepend(Backups::create(temp.workspace(), QStringLiteral("manual")));
            QVERIFY(!made.first().isEmpty());
        }
        QCOMPARE(QSet<QString>(made.cbegin(), made.cend()).size(), 11); // distinct names
        QCOMPARE(QFileInfo(made.last()).fileName(), QStringLiteral("workspace-20261123-101500-manual.db"));
        QCOMPARE(QFileInfo(made.first()).fileName(),
                 QStringLiteral("workspace-20261123-101500-manual-11.db"));
        QCOMPARE(fileNames(Backups::list(temp.folder())), fileNames(made));
        QCOMPARE(Backups::latest(temp.folder()), made.first());
    }

    void isDueFollowsTheNewestBackup()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(Backups::isDue(temp.folder(), clock)); // none yet
        QVERIFY(!Backups::create(temp.workspace(), QStringLiteral("daily")).isEmpty());
        QVERIFY(!Backups::isDue(temp.folder(), clock));

        FixedClock later(kStart.addSecs(20 * 3600));
        QVERIFY(!Backups::isDue(temp.folder(), later)); // exactly 20 h: not yet
        later.advanceSecs(1);
        QVERIFY(Backups::isDue(temp.folder(), later));
        QVERIFY(!Backups::isDue(temp.folder(), later, 24));
        QVERIFY(Backups::isDue(temp.folder(), FixedClock(kStart.addSecs(3601)), 1));
        // Only the newest counts.
        clock.advanceSecs(19 * 3600);
        QVERIFY(!Backups::create(temp.workspace(), QStringLiteral("manual")).isEmpty());
        QVERIFY(!Backups::isDue(temp.folder(), later));
    }

    void isDueReadsTheTimeFromTheNameInUtc()
    {
        // The file's own time does not matter (a copied folder keeps its backups' ages).
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        QVERIFY(touch(dir.filePath(QStringLiteral("backups/workspace-20260329-023000-daily.db"))));
        const QDateTime stamp(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC);
        // Whatever the computer's time zone, including one where 02:30 local does not exist that day.
        const QByteArray previous = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        const bool dueBefore = Backups::isDue(dir.path(), FixedClock(stamp.addSecs(20 * 3600 - 60)));
        const bool dueAfter = Backups::isDue(dir.path(), FixedClock(stamp.addSecs(20 * 3600 + 60)));
        qputenv("TZ", previous);
        QVERIFY(!dueBefore);
        QVERIFY(dueAfter);
    }

    void isDueWithAnUnreadableNameIsTrue()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        QVERIFY(touch(dir.filePath(QStringLiteral("backups/workspace-garbage-stamp-daily.db"))));
        QVERIFY(Backups::isDue(dir.path(), FixedClock(kStart)));
    }

    void pruneKeepsTheNewestOfAReason()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QStringList daily;
        QStringList manual;
        QStringList beforeV;
        for (int i = 0; i < 5; ++i) {
            daily.prepend(Backups::create(temp.workspace(), QStringLiteral("daily")));
            if (i < 2)
                manual.prepend(Backups::create(temp.workspace(), QStringLiteral("manual")));
            if (i < 3)
                beforeV.prepend(Backups::create(temp.workspace(), QStringLiteral("before-v2")));
            clock.advanceSecs(86400);
        }
        // Two more daily ones in the last second: their names carry a counter.
        daily.prepend(Backups::create(temp.workspace(), QStringLiteral("daily")));
        daily.prepend(Backups::create(temp.workspace(), QStringLiteral("daily")));
        QCOMPARE(Backups::list(temp.folder()).size(), 7 + 2 + 3);

        Backups::prune(temp.folder(), QStringLiteral("daily"), 3);
        QStringList expected = daily.mid(0, 3) + manual + beforeV;
        QStringList remaining = Backups::list(temp.folder());
        std::sort(expected.begin(), expected.end());
        std::sort(remaining.begin(), remaining.end());
        QCOMPARE(remaining, expected);

        // A reason that is a prefix of another ("before" of "before-v2") prunes only its own.
        Backups::prune(temp.folder(), QStringLiteral("before"), 0);
        QCOMPARE(Backups::list(temp.folder()).size(), 3 + 2 + 3);
        Backups::prune(temp.folder(), QStringLiteral("before-v2"), 1);
        QVERIFY(Backups::list(temp.folder()).contains(beforeV.first()));
        QVERIFY(!Backups::list(temp.folder()).contains(beforeV.last()));
        QCOMPARE(Backups::list(temp.folder()).size(), 3 + 2 + 1);
    }

    void restoreLatestPutsTheNewestBackupInPlace()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 10));
        QVERIFY(!Backups::create(temp.workspace(), QStringLiteral("daily")).isEmpty());
        clock.advanceSecs(3600);
        QVERIFY(QSqlQuery(temp.workspace().database())
                    .exec(QStringLiteral("UPDATE products SET deleted_at = 'x' WHERE rowid % 2 = 0")));
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 5);
        QSqlQuery movements(temp.workspace().database());
        QVERIFY(movements.exec(QStringLiteral("SELECT count(*) FROM stock_movements")) && movements.next());
        const int movementCount = movements.value(0).toInt();
        QVERIFY(movementCount >= 10); // at least one lot received for each demo product
        const QString newest = Backups::create(temp.workspace(), QStringLiteral("daily"));
        clock.advanceSecs(3600);
        QVERIFY(QSqlQuery(temp.workspace().database()).exec(QStringLiteral("DELETE FROM stock_movements")));
        const QString db = temp.workspace().databasePath();

        // Refused while the workspace is open, and nothing is moved.
        QString keptAs;
        StorageError error = Backups::restoreLatest(temp.folder(), clock, &keptAs);
        QCOMPARE(error.kind(), StorageError::Kind::Locked);
        QVERIFY(keptAs.isEmpty());
        QVERIFY(QFile::exists(db));

        temp.close();
        const FileSnapshot current = FileSnapshot::of(db);
        error = Backups::restoreLatest(temp.folder(), clock, &keptAs);
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(keptAs, db + QStringLiteral(".damaged-20261123-121500"));
        QCOMPARE(FileSnapshot::of(keptAs).bytes, current.bytes);
        QVERIFY(QFile::exists(newest)); // the backup itself stays
        QVERIFY(!temp.reopen());
        // The newest backup's state: five products left, the ledger not yet emptied.
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 5);
        QSqlQuery q(temp.workspace().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM stock_movements")) && q.next());
        QCOMPARE(q.value(0).toInt(), movementCount);
    }

    void restoreLatestWithoutAnyBackupFails()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        temp.close();
        const QString db = QDir(temp.folder()).filePath(QStringLiteral("workspace.db"));
        const FileSnapshot before = FileSnapshot::of(db);
        QVERIFY(before.exists);
        const StorageError error = Backups::restoreLatest(temp.folder(), clock);
        QCOMPARE(error.kind(), StorageError::Kind::Failed);
        QCOMPARE(FileSnapshot::of(db), before);
        QCOMPARE(QDir(temp.folder()).entryList({QStringLiteral("workspace.db*")}),
                 QStringList{QStringLiteral("workspace.db")});
    }

    void restoreLatestWhenTheDatabaseIsGone()
    {
        FixedClock clock(kStart);
        TempWorkspace temp(clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 5));
        QVERIFY(!Backups::create(temp.workspace(), QStringLiteral("daily")).isEmpty());
        temp.close();
        const QString db = QDir(temp.folder()).filePath(QStringLiteral("workspace.db"));
        QVERIFY(QFile::remove(db));
        QString keptAs = QStringLiteral("unchanged");
        QVERIFY(!Backups::restoreLatest(temp.folder(), clock, &keptAs));
        QCOMPARE(keptAs, QStringLiteral("unchanged")); // nothing was set aside
        QCOMPARE(productsIn(db), 5);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
