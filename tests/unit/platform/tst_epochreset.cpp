// The sandbox's epoch reset on a real database file: the history is cut, the wipe steps other
// owners register run in one transaction in any order (foreign keys checked at the commit), and a
// failing step leaves everything as it was.
#include <platform/ChangesFeed.h>
#include <platform/EpochReset.h>
#include <platform/PlatformStore.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChoPhien;

class TestEpochReset final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<ChangesFeed> m_changes;

    qint64 count(const QString& table)
    {
        QSqlQuery q(m_store->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong()
                                                                                   : -1;
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_store->database());
        return q.exec(sql);
    }
    // A seller with one product, a stock adjustment of it and a change.
    void addData(const QString& suffix)
    {
        QVERIFY(exec(
            QStringLiteral("INSERT OR IGNORE INTO sellers VALUES ('s1', 'amy', x'00', x'00', 1, 1, '{}', "
                           "'t', 't')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO products(id, seller_id, version, sku, fields, listing, "
                           "created_at, updated_at) VALUES ('p%1', 's1', 1, 'SKU%1', '{}', '{}', 't', 't')")
                .arg(suffix)));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO stock_adjustments VALUES ('op%1', 's1', 'p%1', 5, 'received', 5, "
                           "'t')")
                .arg(suffix)));
        QVERIFY(m_changes->record(QStringLiteral("s1"), QStringLiteral("product.updated"),
                                  QStringLiteral("t"), 0, QJsonObject{{QStringLiteral("id"), suffix}}));
    }

private Q_SLOTS:
    void init()
    {
        m_changes.reset();
        m_store = std::make_unique<PlatformStore>(m_folder.path() + u'/' +
                                                  QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_changes = std::make_unique<ChangesFeed>(*m_store);
    }
    void cleanup()
    {
        m_changes.reset();
        m_store.reset();
    }

    void keepDataCutsOnlyTheHistory()
    {
        addData(QStringLiteral("1"));
        bool ok = true;
        const qint64 head = m_changes->head(ok);
        const QString epoch = m_changes->epoch();
        EpochReset reset(*m_store, *m_changes);
        reset.addWipeStatements({QStringLiteral("DELETE FROM products")});
        QCOMPARE(reset.reset(EpochReset::Mode::KeepData), std::optional<QString>(epoch));
        QVERIFY(m_changes->epoch() != epoch);
        QCOMPARE(m_changes->purgedThrough(), head);
        QCOMPARE(count(QStringLiteral("changes")), 0);
        QCOMPARE(count(QStringLiteral("products")), 1);
        // The new epoch is stored: a feed opened again reads it.
        ChangesFeed again(*m_store);
        QCOMPARE(again.epoch(), m_changes->epoch());
        QCOMPARE(again.purgedThrough(), head);
    }

    void wipeStepsRunInAnyOrder()
    {
        addData(QStringLiteral("1"));
        addData(QStringLiteral("2"));
        EpochReset reset(*m_store, *m_changes);
        // Products before the ledger rows that refer to them: fine, foreign keys wait for the commit.
        reset.addWipeStatements({QStringLiteral("DELETE FROM products")});
        reset.addWipeStep([this] { return exec(QStringLiteral("DELETE FROM stock_adjustments")); });
        QVERIFY(reset.reset(EpochReset::Mode::WipeData));
        QCOMPARE(count(QStringLiteral("products")), 0);
        QCOMPARE(count(QStringLiteral("stock_adjustments")), 0);
        QCOMPARE(count(QStringLiteral("changes")), 0);
        QCOMPARE(count(QStringLiteral("sellers")), 1);
    }

    void aFailingStepChangesNothing()
    {
        addData(QStringLiteral("1"));
        const QString epoch = m_changes->epoch();
        EpochReset reset(*m_store, *m_changes);
        reset.addWipeStatements(
            {QStringLiteral("DELETE FROM stock_adjustments"), QStringLiteral("DELETE FROM products")});
        reset.addWipeStatements({QStringLiteral("DELETE FROM no_such_table")});
        QVERIFY(!reset.reset(EpochReset::Mode::WipeData));
        QCOMPARE(m_changes->epoch(), epoch);
        QCOMPARE(count(QStringLiteral("products")), 1);
        QCOMPARE(count(QStringLiteral("changes")), 1);

        // A wipe that leaves a dangling reference fails at the commit, and also changes nothing.
        EpochReset dangling(*m_store, *m_changes);
        dangling.addWipeStatements({QStringLiteral("DELETE FROM products")});
        QVERIFY(!dangling.reset(EpochReset::Mode::WipeData));
        QCOMPARE(m_changes->epoch(), epoch);
        QCOMPARE(count(QStringLiteral("products")), 1);
        QCOMPARE(count(QStringLiteral("stock_adjustments")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEpochReset)
#include "tst_epochreset.moc"
