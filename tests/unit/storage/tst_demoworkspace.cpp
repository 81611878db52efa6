#include <core/DemoCatalogue.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/ProductList.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/StockHolds.h>
#include <storage/StockLedger.h>
#include <storage/StockOverview.h>
#include <storage/StockThresholds.h>
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

QDate today()
{
    return kAt.toLocalTime().date();
}

// Every field of a product that the store keeps, as one comparable text.
QString recordText(const Product& p)
{
    QStringList parts{p.id,
                      p.name,
                      p.sku,
                      p.barcode,
                      p.category,
                      p.group,
                      p.unit,
                      QString::number(p.netQuantity),
                      p.netQuantityUnit,
                      QString::number(p.price),
                      p.salePrice ? QString::number(*p.salePrice) : QStringLiteral("-"),
                      p.producer,
                      p.producerPhone,
                      p.originCommuneCode,
                      p.originProvinceCode,
                      QString::number(p.ocop.stars),
                      p.ocop.certificate,
                      p.ocop.decidedOn.toString(Qt::ISODate),
                      p.storage,
                      QString::number(p.shelfLifeDays),
                      p.description,
                      p.tags.join(u',')};
    for (const Certification& c : p.certifications)
        parts << c.kind << c.number << c.issuer << c.expiresOn.toString(Qt::ISODate);
    return parts.join(u'|');
}

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

    void fillWritesCompleteProductsThroughTheDomainLayer()
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

        // Every product as the catalogue describes it, a complete and valid record, with its lots.
        for (qint64 i = 0; i < 40; ++i) {
            const DemoProduct demo = catalogue->product(i, DemoCatalogue::kDefaultSeed, today());
            const auto stored = ProductStore::find(db, demo.product.sku);
            QVERIFY2(stored, qPrintable(demo.product.sku));
            QVERIFY2(ProductValidator::check(*stored).isEmpty(), qPrintable(stored->sku));
            Product expected = demo.product;
            expected.id = stored->id;
            QCOMPARE(recordText(*stored), recordText(expected));
            QVERIFY(!stored->category.isEmpty() && !stored->group.isEmpty() &&
                    !stored->originCommuneCode.isEmpty());
            QCOMPARE(StockLedger::onHand(db, stored->id), demo.onHand());
            QCOMPARE(StockLedger::lots(db, stored->id, true).size(), demo.lots.size());
            QCOMPARE(StockThresholds::get(db, stored->id), demo.threshold);
            QCOMPARE(StockHolds::reserved(db, stored->id), demo.held);
        }
        // Each product is in the search index and the audit trail, written in the first clerk's name.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM product_search")), 40);
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'product'")),
            40);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM products WHERE created_by <> '%1'")
                                .arg(temp.clerkId())),
                 0);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM audit_log WHERE action = 'demo_fill' AND detail = "
                                "'40 products, seed %1'")
                                .arg(DemoCatalogue::kDefaultSeed)),
                 1);
        const WorkspaceCheckReport report = WorkspaceCheck::run(db);
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    }

    void theStockPageHasSomethingToShow()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), DemoWorkspace::defaultProductCount()));
        QSqlDatabase db = temp.workspace().database();
        // Lots with their dates and households; some expiring within 30 days, a few already expired.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM lots")) >
                DemoWorkspace::defaultProductCount());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM lots WHERE supplier = '' OR "
                                           "(harvested_on IS NULL AND produced_on IS NULL)")),
                 0);
        const StockAlertCounts alerts = StockOverview::counts(db, today().addDays(30));
        QVERIFY2(alerts.expiringLots >= 3, qPrintable(QString::number(alerts.expiringLots)));
        QVERIFY(alerts.lowStock >= 2);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM lots WHERE expires_on < '%1'")
                               .arg(today().toString(Qt::ISODate))) >= 2);
        // Sales at the market, open holds for buyers, thresholds that are not (yet) reached.
        QVERIFY(scalar(db, QStringLiteral(
                               "SELECT count(*) FROM stock_movements WHERE reason = 'sold_offline'")) >= 3);
        QVERIFY(StockHolds::list(db).size() >= 2);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM products WHERE low_stock_milli > 0")) >
                alerts.lowStock);
        // Every lot holds stock again only as the ledger says: nothing negative, nothing held beyond it.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT lot_id FROM stock_movements GROUP BY "
                                      "lot_id HAVING sum(delta_milli) < 0)")),
            0);
    }

    void sameSeedSameCatalogueOtherSeedOtherMix()
    {
        const auto dump = [this](quint32 seed) {
            TempWorkspace temp(m_clock);
            if (!temp.isValid() || DemoWorkspace::fill(temp.workspace(), 150, seed))
                return QStringList{QStringLiteral("failed")};
            QSqlDatabase db = temp.workspace().database();
            QStringList lines;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, sku FROM products ORDER BY sku"));
            while (q.next()) {
                const Product p = *ProductStore::get(db, q.value(0).toString());
                QString line = recordText(p).section(u'|', 1); // all but the id
                for (const Lot& lot : StockLedger::lots(db, p.id, true))
                    line += u'|' + lot.code + u'|' + lot.expiresOn.toString(Qt::ISODate) + u'|' +
                            lot.supplier + u'|' + QString::number(lot.onHand);
                line += u'|' + QString::number(StockThresholds::get(db, p.id)) + u'|' +
                        QString::number(StockHolds::reserved(db, p.id));
                lines.append(line);
            }
            return lines;
        };
        const QStringList first = dump(11);
        QCOMPARE(first.size(), 150);
        QCOMPARE(dump(11), first);
        const QStringList other = dump(12);
        QCOMPARE(other.size(), 150);
        int same = 0;
        for (qsizetype i = 0; i < first.size(); ++i)
            same += first.at(i) == other.at(i) ? 1 : 0;
        QVERIFY2(same < 10, qPrintable(QString::number(same)));
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
        QCOMPARE(DemoWorkspace::kBatch, 5000);
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
