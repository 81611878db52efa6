#include <core/DemoCatalogue.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductList.h>
#include <storage/ProductRepository.h>
#include <storage/StockLedger.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceCheck.h>
#include <support/RawConnection.h>
#include <support/TempWorkspace.h>

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList workspaceFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("workspace.*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestDemoWorkspace final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void defaultCountIsTheSeedList()
    {
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        QCOMPARE(DemoWorkspace::defaultProductCount(), catalogue->seedCount());
        QVERIFY(DemoWorkspace::defaultProductCount() > 0);
    }

    void fillAddsClerksProductsAndStock()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const StorageError error = DemoWorkspace::fill(temp.workspace(), 40);
        QVERIFY2(!error, qPrintable(error.detail()));
        QSqlDatabase db = temp.workspace().database();
        QVERIFY(temp.workspace().isDemo());
        QCOMPARE(ProductRepository::count(db), 40);

        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        // The cooperative's clerks join the first one.
        QStringList names;
        for (const Clerk& c : ClerkRepository::active(db))
            names.append(c.name);
        for (const QString& name : catalogue->clerkNames())
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(names.size(), catalogue->clerkNames().size() + 1);

        // Every product as the catalogue describes it, with its stock received.
        QHash<QString, ProductSummary> bySku;
        ProductCursor cursor;
        do {
            const ProductPage page = ProductList::page(db, {}, {}, cursor, 16);
            for (const ProductSummary& p : page.rows)
                bySku.insert(p.sku, p);
            cursor = page.next;
        } while (!cursor.isStart());
        QCOMPARE(bySku.size(), 40);
        for (qint64 i = 0; i < 40; ++i) {
            const DemoProduct demo = catalogue->product(i);
            QVERIFY2(bySku.contains(demo.sku), qPrintable(demo.sku));
            const ProductSummary& p = bySku[demo.sku];
            QCOMPARE(p.name, demo.name);
            QCOMPARE(p.unit, demo.unit);
            QCOMPARE(p.price, demo.price);
            QCOMPARE(p.ocopStars, demo.ocopStars);
            QCOMPARE(p.onHand, demo.initialStock);
        }
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason <> 'received'")), 0);
        // Written in the first clerk's name, and recorded in the audit trail.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM products WHERE created_by <> '%1'")
                                .arg(temp.clerkId())),
                 0);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM audit_log WHERE action = 'demo_fill' AND detail = "
                                "'40 products'")),
                 1);
        const WorkspaceCheckReport report = WorkspaceCheck::run(db);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    }

    void fillInBatchesReportsProgress()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QList<std::pair<qint64, qint64>> calls;
        const StorageError error =
            DemoWorkspace::fill(temp.workspace(), 12'000, [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 12'000);
        QCOMPARE(calls, (QList<std::pair<qint64, qint64>>{{5000, 12000}, {10000, 12000}, {12000, 12000}}));
        QCOMPARE(
            scalar(temp.workspace().database(), QStringLiteral("SELECT count(DISTINCT sku) FROM products")),
            12'000);
        const WorkspaceCheckReport report = WorkspaceCheck::run(temp.workspace().database());
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.products, 12'000);
    }

    void progressCanStopAfterABatch()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        int calls = 0;
        const StorageError error = DemoWorkspace::fill(temp.workspace(), 12'000, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!error);
        QCOMPARE(calls, 1);
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 5000); // what was written stays
    }

    void fillOfZeroProductsStillMakesADemo()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 0));
        QVERIFY(temp.workspace().isDemo());
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 0);
    }

    void fillTwiceDoesNotDuplicateClerksAndFailsOnSkus()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 10));
        const qint64 clerks = ClerkRepository::active(temp.workspace().database()).size();
        // The same products again collide on their SKUs; the failed batch leaves nothing behind.
        const StorageError again = DemoWorkspace::fill(temp.workspace(), 10);
        QVERIFY(again);
        QCOMPARE(ProductRepository::count(temp.workspace().database()), 10);
        QCOMPARE(ClerkRepository::active(temp.workspace().database()).size(), clerks);
    }

    void createMakesAFilledWorkspace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("demo"));
        StorageError error(StorageError::Kind::Failed, QStringLiteral("not reset"));
        const auto ws = DemoWorkspace::create(folder, 40, &error);
        QVERIFY2(ws, qPrintable(error.detail()));
        QVERIFY(!error);
        QVERIFY(ws->isDemo());
        QCOMPARE(ProductRepository::count(ws->database()), 40);
        QCOMPARE(ws->folder(), QDir::cleanPath(folder));
        // Its clerks are the cooperative's own, the first of them the first profile.
        const auto catalogue = DemoCatalogue::load();
        QVERIFY(catalogue);
        QStringList names;
        for (const Clerk& c : ClerkRepository::active(ws->database()))
            names.append(c.name);
        std::sort(names.begin(), names.end());
        QStringList expected = catalogue->clerkNames();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(names, expected);
    }

    void createOntoAWorkspaceFailsAndKeepsIt()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        temp.close();
        StorageError error;
        const auto ws = DemoWorkspace::create(temp.folder(), 40, &error);
        QVERIFY(!ws);
        QCOMPARE(error.kind(), StorageError::Kind::AlreadyWorkspace);
        QVERIFY(!temp.reopen());
        QVERIFY(!temp.workspace().isDemo());
    }

    void createRemovesTheDatabaseWhenFillingFails()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("demo"));
        const QString dbPath = QDir(folder).filePath(QStringLiteral("workspace.db"));
        // After the first batch, something else breaks the database for the next one: a trigger
        // that rejects every new product.
        bool sabotaged = false;
        StorageError error;
        const auto ws = DemoWorkspace::create(folder, 12'000, &error, [&](qint64, qint64) {
            if (!sabotaged) {
                RawConnection raw(dbPath);
                sabotaged = raw.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON products "
                                                    "BEGIN SELECT RAISE(ABORT, 'boom'); END"));
            }
            return true;
        });
        QVERIFY(sabotaged);
        QVERIFY(!ws);
        QVERIFY(error);
        QVERIFY2(error.detail().contains(u"boom"), qPrintable(error.detail()));
        // No half-made demo: no database, journal or lock left.
        QVERIFY(!Workspace::holdsWorkspace(folder));
        QCOMPARE(workspaceFiles(folder), QStringList());
        // And the folder can take a new demo.
        StorageError second;
        const auto retry = DemoWorkspace::create(folder, 10, &second);
        QVERIFY2(retry, qPrintable(second.detail()));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
