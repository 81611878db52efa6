#include <storage/StatementCache.h>
#include <storage/ThreadConnection.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSqlError>
#include <QTest>

#include <future>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
const QString kInsert = QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)");
const QString kValueOf = QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?");
const QString kKeysLike = QStringLiteral("SELECT key FROM workspace_meta WHERE key LIKE ? ORDER BY key");

bool insert(QSqlDatabase db, const QString& key, const QString& value, QSqlError* error = nullptr)
{
    Statement q(db, kInsert);
    q->addBindValue(key);
    q->addBindValue(value);
    if (q->exec())
        return true;
    if (error)
        *error = q->lastError();
    return false;
}

QString valueOf(QSqlDatabase db, const QString& key)
{
    Statement q(db, kValueOf);
    q->addBindValue(key);
    return q->exec() && q->next() ? q->value(0).toString() : QStringLiteral("(none)");
}

} // namespace

class TestStatementCache final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void aWriteTransactionPreparesEachStatementOnce()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        QVERIFY(!StatementCache::active(db)); // no transaction: statements are prepared for one use
        WriteTransaction tx(db, temp.actor(), m_clock);
        StatementCache* cache = StatementCache::active(db);
        QVERIFY(cache);
        for (int i = 0; i < 500; ++i)
            QVERIFY(insert(db, QStringLiteral("row-%1").arg(i, 3, 10, QChar(u'0')), QString::number(i * 7)));
        // Each row reads back its own value through the one reused statement, bound afresh every time.
        for (int i = 0; i < 500; ++i)
            QCOMPARE(valueOf(db, QStringLiteral("row-%1").arg(i, 3, 10, QChar(u'0'))),
                     QString::number(i * 7));
        QCOMPARE(valueOf(db, QStringLiteral("no-such-row")), QStringLiteral("(none)"));
        QCOMPARE(cache->prepared(), 2);
        QCOMPARE(cache->reused(), 999);
        QVERIFY(tx.audit(QStringLiteral("test"), QStringLiteral("workspace"), {}));
        QVERIFY(tx.commit());
        QVERIFY(!StatementCache::active(db)); // gone with the transaction
        QCOMPARE(valueOf(db, QStringLiteral("row-499")), QStringLiteral("3493"));
    }

    void aFailedStatementDoesNotSpoilItsNextUse()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        StatementCache cache(db);
        QVERIFY(insert(db, QStringLiteral("k"), QStringLiteral("first")));
        QSqlError error;
        QVERIFY(!insert(db, QStringLiteral("k"), QStringLiteral("again"), &error)); // duplicate key
        QVERIFY2(error.text().contains(u"UNIQUE"), qPrintable(error.text()));
        QVERIFY(insert(db, QStringLiteral("k2"), QStringLiteral("second")));
        QCOMPARE(valueOf(db, QStringLiteral("k")), QStringLiteral("first"));
        QCOMPARE(valueOf(db, QStringLiteral("k2")), QStringLiteral("second"));
        QCOMPARE(cache.prepared(), 2); // the failed insert was used again, not prepared again
    }

    void aStatementThatDoesNotPrepareIsTriedAfreshNextTime()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        StatementCache cache(db);
        const QString sql = QStringLiteral("SELECT count(*) FROM later");
        {
            Statement q(db, sql);
            QVERIFY(!q->exec());
            QVERIFY(q->lastError().isValid());
        }
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TEMP TABLE later (x)")));
        Statement q(db, sql);
        QVERIFY2(q->exec() && q->next(), qPrintable(q->lastError().text()));
        QCOMPARE(q->value(0).toInt(), 0);
        QCOMPARE(cache.prepared(), 2);
        QCOMPARE(cache.reused(), 0);
    }

    void itWorksAgainAfterARollback()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(insert(db, QStringLiteral("undone"), QStringLiteral("x")));
            QCOMPARE(valueOf(db, QStringLiteral("undone")), QStringLiteral("x"));
        } // rolled back
        QCOMPARE(valueOf(db, QStringLiteral("undone")), QStringLiteral("(none)"));
        WriteTransaction tx(db, temp.actor(), m_clock);
        QVERIFY(insert(db, QStringLiteral("undone"), QStringLiteral("y"))); // the same key and statement
        QCOMPARE(valueOf(db, QStringLiteral("undone")), QStringLiteral("y"));
        QVERIFY(tx.commit());
        QCOMPARE(valueOf(db, QStringLiteral("undone")), QStringLiteral("y"));
    }

    void aStatementInUseIsNotHandedOutTwice()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        StatementCache cache(db);
        for (const char* key : {"n-a", "n-b", "n-c"})
            QVERIFY(insert(db, QString::fromLatin1(key), QStringLiteral("v")));
        // While the outer query walks its rows, the same SQL runs inside the loop (a nested call does
        // that): each gets its own statement, and the outer walk is not disturbed.
        Statement outer(db, kKeysLike);
        outer->addBindValue(QStringLiteral("n-%"));
        QVERIFY(outer->exec());
        QStringList walked;
        while (outer->next()) {
            walked.append(outer->value(0).toString());
            Statement inner(db, kKeysLike);
            inner->addBindValue(outer->value(0).toString());
            QVERIFY(inner->exec() && inner->next());
            QCOMPARE(inner->value(0).toString(), walked.constLast());
        }
        QCOMPARE(walked, (QStringList{QStringLiteral("n-a"), QStringLiteral("n-b"), QStringLiteral("n-c")}));
        QCOMPARE(cache.prepared(), 3); // the insert, the outer query, one inner one reused twice
        QCOMPARE(cache.reused(), 4);
    }

    void aReleasedStatementHoldsNoReadOpen()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        StatementCache cache(db);
        QVERIFY(insert(db, QStringLiteral("r-1"), QStringLiteral("v")));
        QVERIFY(insert(db, QStringLiteral("r-2"), QStringLiteral("v")));
        {
            Statement q(db, kKeysLike);
            q->addBindValue(QStringLiteral("r-%"));
            QVERIFY(q->exec() && q->next()); // one row read, one left: the read would stay open
        }
        // Another connection writes; this one, still with its cache, sees the write at once.
        const QString path = temp.workspace().databasePath();
        auto written = std::async(std::launch::async, [&] {
            QSqlDatabase other = ThreadConnection::get(path);
            const bool cached = StatementCache::active(other) != nullptr;
            const bool ok = insert(other, QStringLiteral("r-3"), QStringLiteral("from the other thread"));
            ThreadConnection::release(path);
            return std::make_pair(cached, ok);
        });
        const auto [cached, ok] = written.get();
        QVERIFY(!cached); // another thread's connection: no cache of ours
        QVERIFY(ok);
        QCOMPARE(valueOf(db, QStringLiteral("r-3")), QStringLiteral("from the other thread"));
    }

    void aStatementMayOutliveItsCache()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        auto tx = std::make_unique<WriteTransaction>(db, temp.actor(), m_clock);
        Statement q(db, kValueOf);
        QVERIFY(insert(db, QStringLiteral("late"), QStringLiteral("kept")));
        QVERIFY(tx->commit());
        tx.reset();
        q->addBindValue(QStringLiteral("late"));
        QVERIFY(q->exec() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
