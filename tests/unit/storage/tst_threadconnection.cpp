#include <storage/Migrations.h>
#include <storage/ThreadConnection.h>
#include <support/RawConnection.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <thread>

using namespace ChoPhien;
using ChoPhien::Test::RawConnection;

namespace {
QVariant pragma(QSqlDatabase db, const QString& name)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
}
} // namespace

class TestThreadConnection final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    // A database with one table, made by a plain connection.
    QString newDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_serial));
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameThreadGetsTheSameOpenConnection()
    {
        const QString path = newDatabase();
        QSqlDatabase a = ThreadConnection::get(path);
        QSqlDatabase b = ThreadConnection::get(path);
        QVERIFY(a.isOpen());
        QCOMPARE(a.connectionName(), b.connectionName());
        QCOMPARE(a.databaseName(), path);
        // The same connection: a temporary table made through one is seen through the other.
        QVERIFY(QSqlQuery(a).exec(QStringLiteral("CREATE TEMP TABLE scratch (x)")));
        QVERIFY(QSqlQuery(b).exec(QStringLiteral("SELECT * FROM scratch")));
        ThreadConnection::release(path);
    }

    void readWriteConnectionsGetTheWorkspacePragmas()
    {
        const QString path = newDatabase();
        QSqlDatabase db = ThreadConnection::get(path);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2);
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("temp_store")).toInt(), 2); // memory: statement journals too
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), 5000);
        ThreadConnection::release(path);
    }

    void differentThreadsGetDifferentConnections()
    {
        const QString path = newDatabase();
        const QString mine = ThreadConnection::get(path).connectionName();
        QString theirs;
        bool theirsOpen = false;
        std::thread worker([&] {
            QSqlDatabase db = ThreadConnection::get(path);
            theirs = db.connectionName();
            theirsOpen = db.isOpen() && QSqlQuery(db).exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        });
        worker.join();
        QVERIFY(theirsOpen);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        // The worker's connection was closed and removed when its thread ended.
        QVERIFY(!QSqlDatabase::contains(theirs));
        QVERIFY(QSqlDatabase::contains(mine));
        ThreadConnection::release(path);
    }

    void qthreadEndClosesItsConnections()
    {
        const QString path = newDatabase();
        QString name;
        std::unique_ptr<QThread> thread(
            QThread::create([&] { name = ThreadConnection::get(path).connectionName(); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(!name.isEmpty());
        // QThread::wait() can return just before the thread's last clean-up (thread_local destructors).
        QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::contains(name), 5000);
    }

    void releaseClosesAndForgets()
    {
        const QString path = newDatabase();
        QSqlDatabase first = ThreadConnection::get(path);
        QSqlDatabase readOnly = ThreadConnection::get(path, ThreadConnection::Mode::ReadOnly);
        const QString name = first.connectionName();
        const QString roName = readOnly.connectionName();
        QVERIFY(first.isOpen());
        QVERIFY(name != roName);
        first = QSqlDatabase();
        readOnly = QSqlDatabase();
        ThreadConnection::release(path);
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(!QSqlDatabase::contains(roName));
        // Asking again opens a fresh connection.
        QSqlDatabase again = ThreadConnection::get(path);
        QVERIFY(again.isOpen());
        QVERIFY(QSqlQuery(again).exec(QStringLiteral("SELECT count(*) FROM t")));
        again = QSqlDatabase();
        ThreadConnection::release(path);
    }

    void releaseOfAnUnknownPathIsHarmless()
    {
        ThreadConnection::release(m_dir.filePath(QStringLiteral("never-opened.sqlite")));
        const QString path = newDatabase();
        QSqlDatabase db = ThreadConnection::get(path);
        ThreadConnection::release(path + QStringLiteral("-other"));
        QVERIFY(db.isOpen());
        db = QSqlDatabase();
        ThreadConnection::release(path);
    }

    void readOnlyCannotWriteNorChangeTheFile()
    {
        const QString path = newDatabase(); // rollback journal, not WAL
        {
            QSqlDatabase db = ThreadConnection::get(path, ThreadConnection::Mode::ReadOnly);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            const StorageError error = StorageError::fromSql(q.lastError());
            QCOMPARE(error.kind(), StorageError::Kind::NotWritable);
            // Read-only connections get no workspace pragmas: the file stays in its journal mode.
            QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("delete"));
            QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), 5000);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM t")));
        }
        ThreadConnection::release(path);
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
    }

    void missingFileIsNotCreatedReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
        {
            QSqlDatabase db = ThreadConnection::get(path, ThreadConnection::Mode::ReadOnly);
            QVERIFY(!db.isOpen());
        }
        ThreadConnection::release(path);
        QVERIFY(!QFile::exists(path));
    }

    void unopenableFileGivesAClosedConnection()
    {
        // A folder where the database should be.
        const QString path = m_dir.filePath(QStringLiteral("a-folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
        {
            QSqlDatabase db = ThreadConnection::get(path);
            QVERIFY(!db.isOpen());
            QVERIFY(db.lastError().isValid());
        }
        ThreadConnection::release(path);
    }

    void manyThreadsWriteThroughTheirOwnConnections()
    {
        const QString path = newDatabase();
        const int threads = 4;
        const int rows = 50;
        std::vector<std::future<int>> results;
        for (int t = 0; t < threads; ++t) {
            results.push_back(std::async(std::launch::async, [&path, t] {
                QSqlDatabase db = ThreadConnection::get(path);
                int ok = 0;
                for (int i = 0; i < rows; ++i) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
                    q.addBindValue(t * 1000 + i);
                    ok += q.exec() ? 1 : 0;
                }
                return ok;
            }));
        }
        int total = 0;
        for (auto& r : results)
            total += r.get();
        QCOMPARE(total, threads * rows);
        QCOMPARE(QSqlQuery(ThreadConnection::get(path)).exec(QStringLiteral("SELECT 1")), true);
        QSqlQuery q(ThreadConnection::get(path));
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT v) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), threads * rows);
        q = QSqlQuery();
        ThreadConnection::release(path);
    }
};

QTEST_GUILESS_MAIN(TestThreadConnection)
#include "tst_threadconnection.moc"
