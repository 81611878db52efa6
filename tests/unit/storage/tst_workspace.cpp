#include <core/Ids.h>
#include <storage/Backups.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceCheck.h>
#include <support/CliProcess.h>
#include <support/FileSnapshot.h>
#include <support/RawConnection.h>
#include <support/TempWorkspace.h>
#include <support/TestPaths.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(10, 15, 0), Qt::UTC);

QString dbIn(const QString& folder)
{
    return QDir(folder).filePath(Workspace::databaseFileName());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QVariant pragma(QSqlDatabase db, const QString& name)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
}

qint64 countRows(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Garbage over a run of pages in the middle of the file (never page 1, which holds the header).
bool damageMiddle(const QString& path)
{
    const qint64 size = QFileInfo(path).size();
    const qint64 page = 4096;
    if (size < 16 * page)
        return false;
    return scribble(path, (size / 2) / page * page, 8 * page);
}

} // namespace

class TestWorkspace final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kStart};

private Q_SLOTS:
    void createMakesTheWholeLayout()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        Workspace& ws = temp.workspace();
        QCOMPARE(ws.folder(), temp.folder());
        QVERIFY(QFileInfo(ws.databasePath()).isFile());
        QCOMPARE(ws.databasePath(), dbIn(temp.folder()));
        QVERIFY(QFileInfo(ws.photosPath()).isDir());
        QVERIFY(QFileInfo(ws.backupsPath()).isDir());
        QVERIFY(QFileInfo(ws.logsPath()).isDir());
        QVERIFY(Workspace::holdsWorkspace(temp.folder()));

        QSqlDatabase db = ws.database();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        // The first clerk, and the audit trail that records both creations in the clerk's name.
        const QList<Clerk> clerks = ClerkRepository::active(db);
        QCOMPARE(clerks.size(), 1);
        QCOMPARE(clerks.first().name, QStringLiteral("Người kiểm thử"));
        QCOMPARE(clerks.first().id, temp.clerkId());
        QCOMPARE(clerks.first().createdAt, kStart);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT clerk_id, action, entity, at FROM audit_log ORDER BY seq")));
        QStringList actions;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), temp.clerkId());
            QCOMPARE(q.value(3).toString(), toStoredTime(kStart));
            actions.append(q.value(1).toString() + u' ' + q.value(2).toString());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("create clerk"), QStringLiteral("create workspace")}));

        QVERIFY(Ids::isValid(ws.id()));
        QCOMPARE(ws.name(), QStringLiteral("ws"));
        QVERIFY(!ws.isDemo());
        const WorkspaceCheckReport report = WorkspaceCheck::run(db);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    }

    void twoWorkspacesHaveDifferentIds()
    {
        TempWorkspace a(m_clock);
        TempWorkspace b(m_clock);
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a.workspace().id() != b.workspace().id());
    }

    void connectionsUseTheWorkspacePragmas()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        auto check = [](QSqlDatabase db) -> QString {
            return pragma(db, QStringLiteral("journal_mode")).toString() + u' ' +
                   pragma(db, QStringLiteral("synchronous")).toString() + u' ' +
                   pragma(db, QStringLiteral("foreign_keys")).toString();
        };
        QCOMPARE(check(temp.workspace().database()), QStringLiteral("wal 2 1"));
        // Another thread gets its own connection with the same settings.
        QString other;
        std::thread worker([&] { other = check(temp.workspace().database()); });
        worker.join();
        QCOMPARE(other, QStringLiteral("wal 2 1"));
    }

    void secondOpenInTheSameProcessIsLocked()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const auto second = Workspace::open(temp.folder(), m_clock);
        QVERIFY(!second.workspace);
        QCOMPARE(second.error.kind(), StorageError::Kind::Locked);
        QCOMPARE(second.error.code(), QStringLiteral("locked"));
        QVERIFY2(second.error.detail().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.error.detail()));
        QVERIFY(!second.error.message().isEmpty());

        // Once the first is closed, the workspace opens again.
        temp.close();
        QVERIFY(!QFile::exists(QDir(temp.folder()).filePath(QStringLiteral("workspace.lock"))));
        const StorageError reopened = temp.reopen();
        QVERIFY2(!reopened, qPrintable(reopened.detail()));
    }

    void secondProcessIsRefused()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const CliResult plain =
            runCli({QStringLiteral("--workspace"), temp.folder(), QStringLiteral("check")});
        QVERIFY2(plain.finished && plain.exitStatus == QProcess::NormalExit, plain.describe().constData());
        QCOMPARE(plain.exitCode, 1);
        QCOMPARE(plain.errLines().size(), 1);
        // It names the process holding the workspace (this one), in Vietnamese by default.
        QVERIFY2(plain.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 plain.err.constData());
        const CliResult english =
            runCli({QStringLiteral("--workspace"), temp.folder(), QStringLiteral("--lang"),
                    QStringLiteral("en"), QStringLiteral("check")});
        QCOMPARE(english.exitCode, 1);
        QVERIFY2(english.err.contains("already open"), english.err.constData());
        QVERIFY2(plain.err != english.err, plain.err.constData());

        const CliResult json = runCli({QStringLiteral("--workspace"), temp.folder(), QStringLiteral("--json"),
                                       QStringLiteral("check")});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"ok").toBool(true), false);
        QCOMPARE(json.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("locked"));
        // The workspace this process holds still works.
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 0);
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        temp.close();
        // A lock file left by a process that was killed.
        QProcess dead;
        dead.start(QStringLiteral("cat"), QStringList{});
        QVERIFY(dead.waitForStarted());
        const qint64 pid = dead.processId();
        dead.closeWriteChannel();
        QVERIFY(dead.waitForFinished());
        QVERIFY(writeFile(QDir(temp.folder()).filePath(QStringLiteral("workspace.lock")),
                          QByteArray::number(pid) + "\nchophien-cli\n" +
                              QSysInfo::machineHostName().toUtf8() + '\n'));
        const StorageError error = temp.reopen();
        QVERIFY2(!error, qPrintable(error.code() + u' ' + error.detail()));
    }

    void notADatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString db = dbIn(dir.path());
        QVERIFY(writeFile(db, "Danh sách hàng hoá\nchè;120\nmật ong;60\n"));
        const FileSnapshot before = FileSnapshot::of(db);
        const QStringList entriesBefore = entries(dir.path());

        const auto opened = Workspace::open(dir.path(), m_clock);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.kind(), StorageError::Kind::NotADatabase);
        QCOMPARE(opened.error.path(), db);
        QCOMPARE(FileSnapshot::of(db), before);
        // No journal, lock or folders were left beside it.
        QCOMPARE(entries(dir.path()), entriesBefore);
    }

    void emptyFileIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString db = dbIn(dir.path());
        QVERIFY(writeFile(db, QByteArray()));
        const auto opened = Workspace::open(dir.path(), m_clock);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.kind(), StorageError::Kind::NotADatabase);
        QCOMPARE(QFileInfo(db).size(), 0);
        QCOMPARE(entries(dir.path()), QStringList{Workspace::databaseFileName()});
    }

    void newerVersionIsRefusedUntouched()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        temp.close();
        const QString db = dbIn(temp.folder());
        {
            RawConnection raw(db);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const FileSnapshot before = FileSnapshot::of(db);
        QVERIFY(before.exists);
        const QStringList backupsBefore = entries(QDir(temp.folder()).filePath(QStringLiteral("backups")));

        const StorageError error = temp.reopen();
        QCOMPARE(error.kind(), StorageError::Kind::NewerVersion);
        QVERIFY2(error.detail().contains(u"999"), qPrintable(error.detail()));
        QVERIFY(!temp.isValid());
        QCOMPARE(FileSnapshot::of(db), before);
        QCOMPARE(entries(QDir(temp.folder()).filePath(QStringLiteral("backups"))), backupsBefore);
        RawConnection check(db, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(check.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 999);
    }

    void damagedFileIsRefusedUntouched()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 2000));
        temp.close();
        const QString db = dbIn(temp.folder());
        QVERIFY(damageMiddle(db));
        const FileSnapshot before = FileSnapshot::of(db);

        const StorageError error = temp.reopen();
        QCOMPARE(error.kind(), StorageError::Kind::Damaged);
        QCOMPARE(error.code(), QStringLiteral("damaged"));
        QCOMPARE(FileSnapshot::of(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) ||
                QFileInfo(db + QStringLiteral("-wal")).size() == 0);
    }

    void restoreLatestReplacesADamagedFile()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 2000));
        StorageError backupError;
        const QString backup = Backups::create(temp.workspace(), QStringLiteral("daily"), &backupError);
        QVERIFY2(!backupError, qPrintable(backupError.detail()));
        // Work done after the backup is what a restore loses.
        QVERIFY(!temp.workspace().setName(temp.clerkId(), QStringLiteral("Tên mới")));
        temp.close();

        const QString db = dbIn(temp.folder());
        QVERIFY(damageMiddle(db));
        const FileSnapshot damaged = FileSnapshot::of(db);
        QCOMPARE(temp.reopen().kind(), StorageError::Kind::Damaged);

        m_clock.advanceSecs(3600);
        QString keptAs;
        const StorageError error = Backups::restoreLatest(temp.folder(), m_clock, &keptAs);
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(keptAs, db + QStringLiteral(".damaged-") +
                             m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        // The damaged file is kept byte for byte.
        QCOMPARE(FileSnapshot::of(keptAs).bytes, damaged.bytes);
        QVERIFY(QFile::exists(backup));

        const StorageError reopened = temp.reopen();
        QVERIFY2(!reopened, qPrintable(reopened.detail()));
        QSqlDatabase restored = temp.workspace().database();
        QCOMPARE(ProductRepository::count(restored), 2000);
        QCOMPARE(temp.workspace().name(), QStringLiteral("ws"));
        const WorkspaceCheckReport report = WorkspaceCheck::run(restored);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(pragma(restored, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    }

    void olderVersionIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString db = dbIn(dir.path());
        const QString clerkId = Ids::newId();
        {
            RawConnection raw(db);
            QVERIFY(!Migrations::migrate(raw.db(), 1));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO clerks (id, name, created_at) VALUES ('%1', 'Hoa', '%2')")
                    .arg(clerkId, toStoredTime(kStart))));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO workspace_meta VALUES ('name', 'Cũ')")));
        }
        const auto opened = Workspace::open(dir.path(), m_clock);
        QVERIFY2(opened.workspace, qPrintable(opened.error.detail()));
        QSqlDatabase live = opened.workspace->database();
        QCOMPARE(Migrations::currentVersion(live), Migrations::latestVersion());
        QCOMPARE(opened.workspace->name(), QStringLiteral("Cũ"));
        QVERIFY(ClerkRepository::find(live, clerkId).has_value());

        const QStringList backups = Backups::list(dir.path());
        QCOMPARE(backups.size(), 1);
        QVERIFY2(QFileInfo(backups.first())
                     .fileName()
                     .endsWith(QStringLiteral("-before-v%1.db").arg(Migrations::latestVersion())),
                 qPrintable(backups.first()));
        RawConnection backup(backups.first(), QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(backup.scalar(QStringLiteral("SELECT name FROM clerks")).toString(), QStringLiteral("Hoa"));
        // Folders an older workspace lacked are made.
        QVERIFY(QFileInfo(opened.workspace->photosPath()).isDir());
        QVERIFY(QFileInfo(opened.workspace->logsPath()).isDir());
    }

    void olderVersionIsNotMigratedWithoutABackup()
    {
        QTemporaryDir dir;
        const QString db = dbIn(dir.path());
        {
            RawConnection raw(db);
            QVERIFY(!Migrations::migrate(raw.db(), 1));
        }
        // A file where the backups folder should be: no backup can be written.
        QVERIFY(writeFile(QDir(dir.path()).filePath(QStringLiteral("backups")), "not a folder"));
        const auto opened = Workspace::open(dir.path(), m_clock);
        QVERIFY(!opened.workspace);
        QVERIFY(opened.error);
        RawConnection check(db, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(check.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(check.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'products'"))
                     .toInt(),
                 0);
    }

    void missingFolderIsReportedAndNotCreated()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("không có"));
        const auto opened = Workspace::open(folder, m_clock);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.kind(), StorageError::Kind::FolderMissing);
        QCOMPARE(opened.error.path(), folder);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void folderWithoutDatabaseIsNotAWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ghi chú.txt")), "x"));
        const auto opened = Workspace::open(dir.path(), m_clock);
        QVERIFY(!opened.workspace);
        QCOMPARE(opened.error.kind(), StorageError::Kind::NotAWorkspace);
        QVERIFY(!Workspace::holdsWorkspace(dir.path()));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("ghi chú.txt")});
    }

    void createWhereAWorkspaceIsRefusesAndKeepsIt()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = temp.workspace().id();
        temp.close();
        const FileSnapshot before = FileSnapshot::of(dbIn(temp.folder()));

        const auto again = Workspace::create(temp.folder(), QStringLiteral("Kẻ khác"), m_clock);
        QVERIFY(!again.workspace);
        QCOMPARE(again.error.kind(), StorageError::Kind::AlreadyWorkspace);
        QCOMPARE(FileSnapshot::of(dbIn(temp.folder())), before);
        QVERIFY(!temp.reopen());
        QCOMPARE(temp.workspace().id(), id);
        QCOMPARE(ClerkRepository::active(temp.workspace().database()).size(), 1);
    }

    void createUnderARegularFileIsNotWritable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tệp"));
        QVERIFY(writeFile(file, "x"));
        const auto inside = Workspace::create(file + QStringLiteral("/ws"), QStringLiteral("Hoa"), m_clock);
        QVERIFY(!inside.workspace);
        QCOMPARE(inside.error.kind(), StorageError::Kind::NotWritable);

        const auto onto = Workspace::create(file, QStringLiteral("Hoa"), m_clock);
        QVERIFY(!onto.workspace);
        QCOMPARE(onto.error.kind(), StorageError::Kind::NotWritable);
        QCOMPARE(FileSnapshot::of(file).bytes, QByteArray("x"));
    }

    void failedCreateLeavesNoDatabase()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(folder));
        // logs/ cannot be made, and that comes after the database was written.
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("logs")), "in the way"));
        const auto created = Workspace::create(folder, QStringLiteral("Hoa"), m_clock);
        QVERIFY(!created.workspace);
        QCOMPARE(created.error.kind(), StorageError::Kind::NotWritable);
        QVERIFY(!Workspace::holdsWorkspace(folder));
        for (const QString& name : entries(folder))
            QVERIFY2(!name.startsWith(u"workspace."), qPrintable(name));
    }

    void createLeavesOnlyTheWorkspaceFiles()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        for (const QString& name : entries(temp.folder()))
            QVERIFY2(!name.startsWith(u"workspace.db.new"), qPrintable(name));
    }

    void leftoversOfAnInterruptedCreateAreNotAWorkspace()
    {
        // What a kill -9 in the middle of creating leaves: the database being built, beside the lock.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString& name :
             {QStringLiteral("workspace.db.new"), QStringLiteral("workspace.db.new-journal"),
              QStringLiteral("workspace.db.new-wal"), QStringLiteral("workspace.db.new-shm")})
            QVERIFY(writeFile(QDir(folder).filePath(name), "half written"));
        QVERIFY(!Workspace::holdsWorkspace(folder));
        QCOMPARE(Workspace::open(folder, m_clock).error.kind(), StorageError::Kind::NotAWorkspace);

        // Creating there again clears them and makes a whole workspace.
        const auto created = Workspace::create(folder, QStringLiteral("Hoa"), m_clock);
        QVERIFY2(created.workspace, qPrintable(created.error.detail()));
        for (const QString& name : entries(folder))
            QVERIFY2(!name.startsWith(u"workspace.db.new"), qPrintable(name));
        QCOMPARE(ClerkRepository::active(created.workspace->database()).size(), 1);
        const WorkspaceCheckReport report = WorkspaceCheck::run(created.workspace->database());
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    }

    void blankFirstClerkNameLeavesNoDatabase()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        const auto created = Workspace::create(folder, QStringLiteral("   "), m_clock);
        QVERIFY(!created.workspace);
        QVERIFY(created.error);
        QVERIFY(!Workspace::holdsWorkspace(folder));
        for (const QString& name : entries(folder))
            QVERIFY2(!name.startsWith(u"workspace."), qPrintable(name));
    }

    void createInAnUnwritableFolder()
    {
        if (ignoresFilePermissions())
            QSKIP("running with permission to write anywhere (root): chmod cannot make a folder read-only");
        QTemporaryDir dir;
        const QString parent = dir.filePath(QStringLiteral("chỉ đọc"));
        QVERIFY(QDir().mkpath(parent));
        QVERIFY(QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto created =
            Workspace::create(parent + QStringLiteral("/ws"), QStringLiteral("Hoa"), m_clock);
        const auto inPlace = Workspace::create(parent, QStringLiteral("Hoa"), m_clock);
        QFile::setPermissions(parent,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!created.workspace);
        QCOMPARE(created.error.kind(), StorageError::Kind::NotWritable);
        QVERIFY(!inPlace.workspace);
        QCOMPARE(inPlace.error.kind(), StorageError::Kind::NotWritable);
    }

    void openInAReadOnlyFolder()
    {
        if (ignoresFilePermissions())
            QSKIP("running with permission to write anywhere (root): chmod cannot make a folder read-only");
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        temp.close();
        const QString db = dbIn(temp.folder());
        const FileSnapshot before = FileSnapshot::of(db);
        QVERIFY(QFile::setPermissions(temp.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const StorageError error = temp.reopen();
        QFile::setPermissions(temp.folder(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(error.kind(), StorageError::Kind::NotWritable);
        QCOMPARE(FileSnapshot::of(db), before);
    }

    void setNameAndMarkAsDemoAreAudited()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        Workspace& ws = temp.workspace();
        QVERIFY(!ws.setName(temp.clerkId(), QStringLiteral("  HTX Xua\u0302n Phong ")));
        QCOMPARE(ws.name(), QStringLiteral("HTX Xuân Phong"));
        QVERIFY(ws.setName(temp.clerkId(), QStringLiteral("   ")));
        QCOMPARE(ws.name(), QStringLiteral("HTX Xuân Phong"));
        QVERIFY(!ws.markAsDemo(temp.clerkId()));
        QVERIFY(ws.isDemo());
        QSqlDatabase db = ws.database();
        QCOMPARE(countRows(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'set_name' AND "
                                              "detail = 'HTX Xuân Phong' AND clerk_id = '%1'")
                                   .arg(temp.clerkId())),
                 1);
        QCOMPARE(countRows(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'set_demo'")),
                 1);
        // A write must name a clerk of this workspace.
        QVERIFY(ws.setName(Ids::newId(), QStringLiteral("Ai đó")));
        QCOMPARE(ws.name(), QStringLiteral("HTX Xuân Phong"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
