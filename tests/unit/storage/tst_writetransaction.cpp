#include <storage/ThreadConnection.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(10, 15, 30, 250), Qt::UTC);

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool insertMeta(WriteTransaction& tx, const QString& key)
{
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, 'x')"));
    q.addBindValue(key);
    return q.exec() || tx.fail(q.lastError());
}

qint64 metaCount(QSqlDatabase db, const QString& key)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key = '%1'").arg(key));
}

} // namespace

class TestWriteTransaction final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void commitMakesTheChangeVisible()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(tx.isActive());
        QVERIFY(!tx.error());
        QVERIFY(insertMeta(tx, QStringLiteral("k1")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit()); // once only
        QCOMPARE(metaCount(temp.workspace().database(), QStringLiteral("k1")), 1);
    }

    void destructionWithoutCommitRollsBack()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(insertMeta(tx, QStringLiteral("k2")));
            QVERIFY(tx.audit(QStringLiteral("test"), QStringLiteral("workspace"), {}));
            QCOMPARE(metaCount(tx.database(), QStringLiteral("k2")), 1); // visible inside
        }
        QCOMPARE(metaCount(temp.workspace().database(), QStringLiteral("k2")), 0);
        QCOMPARE(scalar(temp.workspace().database(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'test'")),
                 0);
        // And the connection is usable for the next transaction.
        WriteTransaction next(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(next.isActive());
    }

    void auditCarriesActorAndTransactionTime()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        m_clock.advanceSecs(90);
        const QString expectedAt = toStoredTime(m_clock.now());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QCOMPARE(tx.now(), expectedAt);
            QCOMPARE(tx.actor().clerkId, temp.clerkId());
            m_clock.advanceSecs(5); // the clock moving on does not split the transaction's time
            QVERIFY(tx.audit(QStringLiteral("sell"), QStringLiteral("product"), QStringLiteral("p-1"),
                             QStringLiteral("3 túi")));
            QVERIFY(tx.audit(QStringLiteral("note"), QStringLiteral("workspace"), {}));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(temp.workspace().database());
        QVERIFY(q.exec(QStringLiteral("SELECT at, clerk_id, action, entity, entity_id, detail FROM audit_log "
                                      "WHERE action IN ('sell', 'note') ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), expectedAt);
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-23T10:17:00.250Z"));
        QCOMPARE(q.value(1).toString(), temp.clerkId());
        QCOMPARE(q.value(2).toString(), QStringLiteral("sell"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("product"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("p-1"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("3 túi"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), expectedAt);
        QVERIFY(q.value(4).isNull()); // no entity id: NULL, not ''
        QVERIFY(q.value(5).isNull());
        QVERIFY(!q.next());
    }

    void auditByAnUnknownClerkFails()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        WriteTransaction tx(temp.workspace().database(), Actor{QStringLiteral("no-such-clerk")}, m_clock);
        QVERIFY(tx.isActive());
        QVERIFY(!tx.audit(QStringLiteral("x"), QStringLiteral("workspace"), {}));
        QVERIFY(tx.error());
        QVERIFY(!tx.commit());
    }

    void failMakesCommitRefuse()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(insertMeta(tx, QStringLiteral("k3")));
            QVERIFY(!insertMeta(tx, QStringLiteral("k3"))); // duplicate key: the statement fails
            QVERIFY(tx.error());
            QCOMPARE(tx.error().kind(), StorageError::Kind::Failed);
            QVERIFY(tx.error().detail().contains(u"UNIQUE"));
            // Later writes and the commit are refused, and the first error is the one kept.
            QVERIFY(!tx.audit(QStringLiteral("x"), QStringLiteral("workspace"), {}));
            QVERIFY(tx.error().detail().contains(u"UNIQUE"));
            QVERIFY(!tx.commit());
            QVERIFY(tx.isActive());
        }
        QCOMPARE(metaCount(temp.workspace().database(), QStringLiteral("k3")), 0);
    }

    void closedConnectionGivesAnInactiveTransaction()
    {
        QSqlDatabase closed;
        WriteTransaction tx(closed, Actor{QStringLiteral("a")}, m_clock);
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.error().kind(), StorageError::Kind::Failed);
        QVERIFY(!tx.audit(QStringLiteral("x"), QStringLiteral("y"), {}));
        QVERIFY(!tx.commit());
    }

    void secondWriterTimesOutAsBusy()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        WriteTransaction first(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(first.isActive());
        QVERIFY(insertMeta(first, QStringLiteral("held")));

        const QString path = temp.workspace().databasePath();
        const Actor actor = temp.actor();
        auto result = std::async(std::launch::async, [&]() -> std::pair<bool, StorageError::Kind> {
            QSqlDatabase db = ThreadConnection::get(path);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 50")); // not the usual 5 s
            WriteTransaction second(db, actor, m_clock);
            const auto outcome = std::make_pair(second.isActive(), second.error().kind());
            ThreadConnection::release(path);
            return outcome;
        });
        const auto [active, kind] = result.get();
        QVERIFY(!active);
        QCOMPARE(kind, StorageError::Kind::Busy);
        QVERIFY(first.commit());
    }

    void secondWriterWaitsForTheFirstToCommit()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        auto first = std::make_unique<WriteTransaction>(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(first->isActive());
        QVERIFY(insertMeta(*first, QStringLiteral("from-first")));

        const QString path = temp.workspace().databasePath();
        const Actor actor = temp.actor();
        std::promise<void> starting;
        auto started = starting.get_future();
        // The second writer, on its own thread and connection (busy timeout 5 s), reads inside its
        // transaction what the first one wrote: with BEGIN IMMEDIATE it can only start after that commit.
        auto second = std::async(std::launch::async, [&]() -> std::pair<bool, qint64> {
            QSqlDatabase db = ThreadConnection::get(path);
            starting.set_value();
            qint64 seen = -1;
            bool committed = false;
            {
                WriteTransaction tx(db, actor, m_clock);
                if (tx.isActive()) {
                    seen = metaCount(tx.database(), QStringLiteral("from-first"));
                    committed = insertMeta(tx, QStringLiteral("from-second")) && tx.commit();
                }
            }
            ThreadConnection::release(path);
            return {committed, seen};
        });
        started.wait();
        // Still blocked while the first transaction is open.
        QCOMPARE(second.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
        QVERIFY(first->commit());
        first.reset();
        QCOMPARE(second.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        const auto [committed, seen] = second.get();
        QVERIFY(committed);
        QCOMPARE(seen, 1);
        QCOMPARE(metaCount(temp.workspace().database(), QStringLiteral("from-second")), 1);
    }

    void readersAreNotBlockedByAWriter()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(insertMeta(tx, QStringLiteral("uncommitted")));
        const QString path = temp.workspace().databasePath();
        // WAL: another connection reads the last committed state at once.
        const qint64 seen = std::async(std::launch::async, [&] {
                                const qint64 n =
                                    metaCount(ThreadConnection::get(path, ThreadConnection::Mode::ReadOnly),
                                              QStringLiteral("uncommitted"));
                                ThreadConnection::release(path);
                                return n;
                            }).get();
        QCOMPARE(seen, 0);
        QVERIFY(tx.commit());
    }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
