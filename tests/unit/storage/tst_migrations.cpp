#include <storage/Migrations.h>
#include <support/RawConnection.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ChoPhien;
using ChoPhien::Test::RawConnection;

namespace {

// Data written at one schema version, and the check that it survived later migrations. Entry v - 1
// belongs to version v. A new migration adds its entry here (the test below insists).
struct Seeder {
    std::function<bool(RawConnection&)> seed;
    std::function<void(RawConnection&)> verify;
};

const QString kClerk = QStringLiteral("7d3b8a4e-0000-4000-8000-000000000001");
const QString kProduct = QStringLiteral("7d3b8a4e-0000-4000-8000-0000000000a1");
const QString kLot = QStringLiteral("7d3b8a4e-0000-4000-8000-0000000000b1");
const QString kVariant = QStringLiteral("7d3b8a4e-0000-4000-8000-0000000000a2");

QList<Seeder> seeders()
{
    return {
        // 1: identity, clerks, audit trail
        {[](RawConnection& c) {
             return c.exec(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('id', 'ws-1'), "
                                          "('name', 'Hợp tác xã Xuân Phong')")) &&
                    c.exec(
                        QStringLiteral("INSERT INTO clerks (id, name, created_at) VALUES ('%1', 'Nguyễn Thị "
                                       "Hoa', '2026-01-02T03:04:05.000Z')")
                            .arg(kClerk)) &&
                    c.exec(QStringLiteral("INSERT INTO audit_log (at, clerk_id, action, entity) VALUES "
                                          "('2026-01-02T03:04:05.000Z', '%1', 'create', 'workspace')")
                               .arg(kClerk));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'name'")).toString(),
                 QStringLiteral("Hợp tác xã Xuân Phong"));
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT name FROM clerks WHERE id = '%1'").arg(kClerk)).toString(),
                 QStringLiteral("Nguyễn Thị Hoa"));
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE clerk_id = '%1'").arg(kClerk))
                     .toInt(),
                 1);
         }},
        // 2: catalogue and stock ledger
        {[](RawConnection& c) {
             return c.exec(QStringLiteral(
                               "INSERT INTO products (id, name, name_search, name_sort, sku, unit, "
                               "price_dong, created_at, created_by, updated_at, updated_by) VALUES "
                               "('%1', 'Chè Tân Cương', 'che tan cuong', 'x', 'CHE-TC', 'túi', 180000, "
                               "'2026-01-02T03:04:05.000Z', '%2', '2026-01-02T03:04:05.000Z', '%2')")
                               .arg(kProduct, kClerk)) &&
                    c.exec(QStringLiteral(
                               "INSERT INTO stock_movements (id, product_id, delta_milli, reason, at, "
                               "by_clerk) VALUES ('m1', '%1', 120000, 'received', "
                               "'2026-01-02T03:04:05.000Z', '%2')")
                               .arg(kProduct, kClerk));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT price_dong FROM products WHERE id = '%1'").arg(kProduct))
                     .toLongLong(),
                 180000);
             // The movement written at version 2 (later versions' seeders add others).
             QCOMPARE(
                 c.scalar(QStringLiteral(
                              "SELECT delta_milli FROM stock_movements WHERE id = 'm1' AND product_id = '%1'")
                              .arg(kProduct))
                     .toLongLong(),
                 120000);
         }},
        // 3: barcode, producer and tags; the search index (filled for existing products by the
        //    migration's own step, see searchMigrationIndexesExistingProducts; kept by every later write)
        {[](RawConnection& c) {
             // As the app at version 3 does on a product write, the product's index row is replaced,
             // with folded text ("Chè" -> "che").
             return c.exec(QStringLiteral("UPDATE products SET barcode = '8934563138165', producer = 'Hộ Lò "
                                          "Văn Páo', tags = 'quà Tết' WHERE id = '%1'")
                               .arg(kProduct)) &&
                    c.exec(QStringLiteral("DELETE FROM product_search WHERE rowid = (SELECT rowid FROM "
                                          "products WHERE id = '%1')")
                               .arg(kProduct)) &&
                    c.exec(QStringLiteral("INSERT INTO product_search (rowid, name, sku, barcode, producer, "
                                          "tags, description) SELECT rowid, 'che tan cuong', 'che-tc', "
                                          "'8934563138165', 'ho lo van pao', 'qua tet', '' FROM products "
                                          "WHERE id = '%1'")
                               .arg(kProduct));
         },
         [](RawConnection& c) {
             QCOMPARE(c.scalar(QStringLiteral("SELECT producer FROM products WHERE id = '%1'").arg(kProduct))
                          .toString(),
                      QStringLiteral("Hộ Lò Văn Páo"));
             // Still found by its folded name after the later migrations.
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT count(*) FROM product_search WHERE product_search MATCH "
                                         "'\"che\"* \"tan\"*'"))
                     .toInt(),
                 1);
         }},
        // 4: lots, and movements that belong to one
        {[](RawConnection& c) {
             return c.exec(QStringLiteral(
                               "INSERT INTO lots (id, product_id, code, harvested_on, expires_on, supplier, "
                               "received_at, created_by) VALUES ('%1', '%2', 'LÔ-2026-11', '2026-11-02', "
                               "'2027-05-02', 'Hộ Lò Văn Páo', '2026-11-03T03:04:05.000Z', '%3')")
                               .arg(kLot, kProduct, kClerk)) &&
                    c.exec(
                        QStringLiteral(
                            "INSERT INTO stock_movements (id, product_id, lot_id, delta_milli, reason, at, "
                            "by_clerk) VALUES ('m4', '%1', '%2', 2500, 'received', "
                            "'2026-11-03T03:04:05.000Z', '%3')")
                            .arg(kProduct, kLot, kClerk));
         },
         [](RawConnection& c) {
             QCOMPARE(c.scalar(QStringLiteral("SELECT code || ' ' || expires_on || ' ' || supplier FROM lots "
                                              "WHERE id = '%1'")
                                   .arg(kLot))
                          .toString(),
                      QStringLiteral("LÔ-2026-11 2027-05-02 Hộ Lò Văn Páo"));
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT sum(delta_milli) FROM stock_movements WHERE lot_id = '%1'")
                              .arg(kLot))
                     .toLongLong(),
                 2500);
             // Movements from before lots belong to none.
             QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE id = 'm1' AND "
                                              "lot_id IS NULL"))
                          .toInt(),
                      1);
             // Dates must be real calendar days.
             QVERIFY(!c.exec(
                 QStringLiteral("UPDATE lots SET expires_on = '2027-02-30' WHERE id = '%1'").arg(kLot)));
         }},
        // 5: the full product record and certifications
        {[](RawConnection& c) {
             return c.exec(QStringLiteral(
                               "UPDATE products SET product_group = 'beverage', sale_price_dong = 150000, "
                               "ocop_certificate = 'OCOP-TN-2024-3', ocop_decided_on = '2024-05-06' "
                               "WHERE id = '%1'")
                               .arg(kProduct)) &&
                    c.exec(
                        QStringLiteral("INSERT INTO product_certifications (id, product_id, position, kind, "
                                       "number) VALUES ('c1', '%1', 0, 'vietgap', 'VG-9')")
                            .arg(kProduct));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(
                      QStringLiteral("SELECT sale_price_dong FROM products WHERE id = '%1'").arg(kProduct))
                     .toLongLong(),
                 150000);
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT number FROM product_certifications WHERE product_id = '%1'")
                              .arg(kProduct))
                     .toString(),
                 QStringLiteral("VG-9"));
             // Products from before version 5 start at version 1, not archived.
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT version || '/' || coalesce(archived_at, '-') FROM products "
                                         "WHERE id = '%1'")
                              .arg(kProduct))
                     .toString(),
                 QStringLiteral("1/-"));
         }},
        // Version 6 (list orders) adds indexes only; the products written before are all still listed.
        {[](RawConnection&) { return true; },
         [](RawConnection& c) {
             QVERIFY2(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                              "('products_by_sku', 'products_by_price', 'products_by_ocop')"))
                              .toInt() == 3,
                      "the list-order indexes exist");
             QVERIFY(c.scalar(QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NULL "
                                             "ORDER BY upper(sku)"))
                         .toInt() >= 1);
         }},
        // Version 7: stock holds and low-stock thresholds.
        {[](RawConnection& c) {
             return c.exec(QStringLiteral("UPDATE products SET low_stock_milli = 5000 WHERE id = '%1'")
                               .arg(kProduct)) &&
                    c.exec(QStringLiteral(
                               "INSERT INTO stock_holds (id, product_id, lot_id, quantity_milli, reference, "
                               "created_at, created_by) VALUES ('h1', '%1', NULL, 1500, 'chị Lan, đơn Zalo', "
                               "'2026-11-04T03:04:05.000Z', '%2'), ('h2', '%1', NULL, 500, 'anh Tú', "
                               "'2026-11-04T03:04:06.000Z', '%2')")
                               .arg(kProduct, kClerk)) &&
                    c.exec(QStringLiteral("UPDATE stock_holds SET released_at = '2026-11-05T03:04:05.000Z', "
                                          "released_by = '%1', release_reason = 'cancelled' WHERE id = 'h2'")
                               .arg(kClerk));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(
                      QStringLiteral("SELECT low_stock_milli FROM products WHERE id = '%1'").arg(kProduct))
                     .toLongLong(),
                 5000);
             // Reserved: the open hold only.
             QCOMPARE(c.scalar(QStringLiteral("SELECT sum(quantity_milli) FROM stock_holds WHERE product_id "
                                              "= '%1' AND released_at IS NULL")
                                   .arg(kProduct))
                          .toLongLong(),
                      1500);
             // A hold holds something, and a released hold says why.
             QVERIFY(!c.exec(QStringLiteral("UPDATE stock_holds SET quantity_milli = 0 WHERE id = 'h1'")));
             QVERIFY(!c.exec(QStringLiteral(
                 "UPDATE stock_holds SET released_at = '2026-11-06T00:00:00.000Z' WHERE id = 'h1'")));
             QVERIFY(!c.exec(QStringLiteral("UPDATE products SET low_stock_milli = -1")));
         }},
        // Version 8: variants (a products row with a parent) and selling units
        {[](RawConnection& c) {
             return c.exec(QStringLiteral("UPDATE products SET option1_name = 'Loại' WHERE id = '%1'")
                               .arg(kProduct)) &&
                    c.exec(
                        QStringLiteral(
                            "INSERT INTO products (id, name, name_search, name_sort, sku, unit, price_dong, "
                            "created_at, created_by, updated_at, updated_by, parent_id, option1) VALUES "
                            "('%1', 'Chè Tân Cương – loại 1', 'che tan cuong loai 1', 'x', 'CHE-TC-L1', "
                            "'túi', 200000, '2026-12-01T03:04:05.000Z', '%2', '2026-12-01T03:04:05.000Z', "
                            "'%2', '%3', 'loại 1')")
                            .arg(kVariant, kClerk, kProduct)) &&
                    c.exec(
                        QStringLiteral("INSERT INTO product_units (product_id, unit, per_unit_in_base_milli, "
                                       "position) VALUES ('%1', 'thùng', 24000, 0)")
                            .arg(kProduct));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT parent_id || ' ' || option1 FROM products WHERE id = '%1'")
                              .arg(kVariant))
                     .toString(),
                 kProduct + QStringLiteral(" loại 1"));
             QCOMPARE(c.scalar(QStringLiteral("SELECT per_unit_in_base_milli FROM product_units WHERE "
                                              "product_id = '%1' AND unit = 'thùng'")
                                   .arg(kProduct))
                          .toLongLong(),
                      24000);
             // Products from before version 6 are neither parents nor variants.
             QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM products WHERE parent_id IS NULL AND "
                                              "option1 = '' AND id = '%1'")
                                   .arg(kProduct))
                          .toInt(),
                      1);
             // Each combination of options once per parent; a unit holds a positive amount.
             QVERIFY(
                 !c.exec(QStringLiteral(
                             "INSERT INTO products (id, name, name_search, name_sort, sku, unit, price_dong, "
                             "created_at, created_by, updated_at, updated_by, parent_id, option1) VALUES "
                             "('twin', 'x', 'x', 'x', 'CHE-TC-L1B', 'túi', 1, 'a', '%1', 'a', '%1', '%2', "
                             "'loại 1')")
                             .arg(kClerk, kProduct)));
             QVERIFY(!c.exec(QStringLiteral("UPDATE product_units SET per_unit_in_base_milli = 0")));
         }},
        // Version 9: the producer household's commune; products from before have none.
        {[](RawConnection& c) {
             return c.exec(
                 QStringLiteral("UPDATE products SET producer_commune_code = '10489' WHERE id = '%1'")
                     .arg(kProduct));
         },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(QStringLiteral("SELECT count(*) FROM products WHERE producer_commune_code NOT IN "
                                         "('', '10489')"))
                     .toInt(),
                 0);
             QVERIFY(!c.exec(QStringLiteral("UPDATE products SET producer_commune_code = NULL")));
         }},
        // Version 10 adds an index only; the seeded product is still on sale.
        {[](RawConnection&) { return true; },
         [](RawConnection& c) {
             QVERIFY(c.scalar(QStringLiteral(
                                  "SELECT count(*) FROM products WHERE deleted_at IS NULL AND parent_id "
                                  "IS NULL AND archived_at IS NULL"))
                         .toInt() >= 1);
             QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                              "'products_on_sale_by_name'"))
                          .toInt(),
                      1);
         }},
        // Version 11 replaces the category indexes with one holding every list filter: the seeded
        // product on sale is counted through it.
        {[](RawConnection&) { return true; },
         [](RawConnection& c) {
             QCOMPARE(
                 c.scalar(QStringLiteral(
                              "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE name IN "
                              "('products_on_sale_category', 'products_category', "
                              "'products_group', 'products_on_sale_filters', "
                              "'products_on_sale_by_group') ORDER BY name)"))
                     .toString(),
                 QStringLiteral("products_on_sale_by_group,products_on_sale_filters"));
             QVERIFY(c.scalar(QStringLiteral(
                                  "SELECT count(*) FROM products INDEXED BY products_on_sale_filters WHERE "
                                  "deleted_at IS NULL AND parent_id IS NULL AND archived_at IS NULL"))
                         .toInt() >= 1);
         }},
    };
}

QStringList schemaOf(RawConnection& c)
{
    QStringList rows;
    for (const QVariant& v : c.column(QStringLiteral(
             "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master "
             "ORDER BY type, name")))
        rows.append(v.toString());
    return rows;
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newDatabasePath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_serial)); }

    // Runs every statement on a fresh in-memory database; returns the connection's failures.
    static QString executeAll(RawConnection& c, const QStringList& statements)
    {
        for (const QString& statement : statements) {
            if (!c.exec(statement))
                return statement + QStringLiteral(" -> ") + c.lastError();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("count");
        QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n") << 2;
        QTest::newRow("comments only")
            << QStringLiteral("-- nothing here; really\n-- still nothing\n\n") << 0;
        QTest::newRow("comments around")
            << QStringLiteral(
                   "-- header; with a semicolon\nCREATE TABLE a (x); -- trailing; note\n-- footer\n")
            << 1;
        QTest::newRow("block comment") << QStringLiteral("/* a; b */\nCREATE TABLE a (x);\n") << 1;
        QTest::newRow("trailing block comment")
            << QStringLiteral("CREATE TABLE a (x);\n/* the end; */\n") << 1;
        QTest::newRow("semicolon in strings")
            << QStringLiteral("CREATE TABLE t (v TEXT DEFAULT ';');\nINSERT INTO t VALUES ('a;b');\n"
                              "INSERT INTO t VALUES ('c'';\nd');\n")
            << 3;
        QTest::newRow("comment inside a statement")
            << QStringLiteral("CREATE TABLE t (\n    a TEXT, -- first; column\n    b INTEGER\n);\n") << 1;
        QTest::newRow("trigger body")
            << QStringLiteral("CREATE TABLE t (a);\nCREATE TABLE log (a);\nCREATE TABLE c (n);\n"
                              "INSERT INTO c VALUES (0);\n"
                              "CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
                              "    INSERT INTO log VALUES (new.a);\n"
                              "    UPDATE c SET n = n + 1;\n"
                              "END;\n"
                              "INSERT INTO t VALUES ('x;y');\n")
            << 6;
        QTest::newRow("two on one line") << QStringLiteral("CREATE TABLE a (x); CREATE TABLE b (y);\n") << 2;
        QTest::newRow("no final semicolon") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)") << 2;
        QTest::newRow("windows line ends")
            << QStringLiteral("CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n") << 2;
    }
    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(int, count);
        const QStringList statements = Migrations::splitStatements(script);
        QCOMPARE(statements.size(), count);
        for (const QString& s : statements)
            QVERIFY2(!s.trimmed().isEmpty(), qPrintable(statements.join(u'|')));

        // What counts is that the pieces run, one statement each, on a real database.
        RawConnection db(QStringLiteral(":memory:"));
        QVERIFY(db.isOpen());
        const QString failure = executeAll(db, statements);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void splitStatementsKeepsStringsAndTriggersWhole()
    {
        RawConnection db(QStringLiteral(":memory:"));
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "CREATE TABLE t (a);\nCREATE TABLE log (a);\n"
            "CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n    INSERT INTO log VALUES (new.a || ';');\nEND;\n"
            "INSERT INTO t VALUES ('c'';\nd');\n"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements[2].startsWith(u"CREATE TRIGGER"));
        QVERIFY(statements[2].endsWith(u"END;"));
        QVERIFY(executeAll(db, statements).isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT a FROM t")).toString(), QStringLiteral("c';\nd"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT a FROM log")).toString(), QStringLiteral("c';\nd;"));
    }

    void scriptsAreNumberedContiguously()
    {
        const QStringList names = Migrations::scriptNames();
        QVERIFY(names.size() >= 2);
        QCOMPARE(Migrations::latestVersion(), int(names.size()));
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const auto match = pattern.match(names[i]);
            QVERIFY2(match.hasMatch(), qPrintable(names[i]));
            QCOMPARE(match.captured(1).toInt(), int(i + 1));
        }
    }

    void seedersCoverEveryVersion()
    {
        QVERIFY2(seeders().size() == Migrations::latestVersion(),
                 "a new migration needs its seeder in tst_migrations.cpp, so upgrades are tested with data");
    }

    void freshDatabaseMigratesToLatest()
    {
        RawConnection c(newDatabasePath());
        QCOMPARE(Migrations::currentVersion(c.db()), 0);
        QVERIFY(!Migrations::migrate(c.db()));
        QCOMPARE(Migrations::currentVersion(c.db()), Migrations::latestVersion());
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        for (const QString& table :
             {QStringLiteral("workspace_meta"), QStringLiteral("clerks"), QStringLiteral("audit_log"),
              QStringLiteral("products"), QStringLiteral("stock_movements")})
            QVERIFY2(c.scalar(QStringLiteral(
                                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                  .arg(table))
                             .toInt() == 1,
                     qPrintable(table));
        // Migrating again is a no-op.
        const QStringList schema = schemaOf(c);
        QVERIFY(!Migrations::migrate(c.db()));
        QCOMPARE(schemaOf(c), schema);
    }

    void migrateStopsAtTarget()
    {
        RawConnection c(newDatabasePath());
        QVERIFY(!Migrations::migrate(c.db(), 1));
        QCOMPARE(Migrations::currentVersion(c.db()), 1);
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'products'")).toInt(),
            0);
        // A target below the current version changes nothing.
        QVERIFY(!Migrations::migrate(c.db(), 0));
        QCOMPARE(Migrations::currentVersion(c.db()), 1);
    }

    void upgradeFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void upgradeFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QList<Seeder> all = seeders();
        QCOMPARE(all.size(), Migrations::latestVersion());

        const QString path = newDatabasePath();
        {
            RawConnection c(path);
            QVERIFY(c.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
            QVERIFY(!Migrations::migrate(c.db(), from));
            QCOMPARE(Migrations::currentVersion(c.db()), from);
            for (int v = 1; v <= from; ++v)
                QVERIFY2(all[v - 1].seed(c), qPrintable(c.lastError()));
        }
        // Reopened, as a user's older workspace would be.
        RawConnection c(path);
        QVERIFY(c.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
        const StorageError error = Migrations::migrate(c.db());
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(Migrations::currentVersion(c.db()), Migrations::latestVersion());
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        for (int v = 1; v <= from; ++v) {
            all[v - 1].verify(c);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(c.column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

        // The upgraded schema is exactly that of a new database.
        RawConnection fresh(newDatabasePath());
        QVERIFY(!Migrations::migrate(fresh.db()));
        QCOMPARE(schemaOf(c), schemaOf(fresh));

        // Data written at the latest version fits the upgraded schema too.
        for (int v = from + 1; v <= Migrations::latestVersion(); ++v)
            QVERIFY2(all[v - 1].seed(c), qPrintable(c.lastError()));
    }

    void searchMigrationIndexesExistingProducts()
    {
        RawConnection c(newDatabasePath());
        QVERIFY(!Migrations::migrate(c.db(), 2));
        QVERIFY(seeders()[0].seed(c));
        QVERIFY(seeders()[1].seed(c));
        QVERIFY(!Migrations::migrate(c.db(), 3));
        // Folded by the C++ step, which SQL alone could not do (đ, tones): "che tan" finds "Chè Tân Cương".
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM product_search WHERE product_search MATCH "
                                         "'\"che\"* \"tan\"* \"cuong\"*'"))
                     .toInt(),
                 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT rowid FROM product_search")).toLongLong(),
                 c.scalar(QStringLiteral("SELECT rowid FROM products WHERE id = '%1'").arg(kProduct))
                     .toLongLong());
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        const QString path = newDatabasePath();
        RawConnection c(path);
        QVERIFY(!Migrations::migrate(c.db(), 1));
        QVERIFY(seeders()[0].seed(c));
        // Something already holds the name of a table migration 2 creates after others.
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE stock_movements (mine TEXT)")));
        const QStringList before = schemaOf(c);

        const StorageError error = Migrations::migrate(c.db());
        QVERIFY(error);
        QCOMPARE(error.kind(), StorageError::Kind::Failed);
        QVERIFY2(error.detail().contains(u"stock_movements"), qPrintable(error.detail()));
        QCOMPARE(Migrations::currentVersion(c.db()), 1);
        // Nothing of the half-run script is left: no products table, no index.
        QCOMPARE(schemaOf(c), before);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'products%'"))
                     .toInt(),
                 0);
        seeders()[0].verify(c);
        // And the connection is not left inside a transaction.
        QVERIFY2(c.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(c.lastError()));
        QVERIFY(c.exec(QStringLiteral("ROLLBACK")));

        // With the obstacle gone, the same migration succeeds.
        QVERIFY(c.exec(QStringLiteral("DROP TABLE stock_movements")));
        QVERIFY(!Migrations::migrate(c.db()));
        QCOMPARE(Migrations::currentVersion(c.db()), Migrations::latestVersion());
    }

    void closedDatabaseIsRefused()
    {
        QSqlDatabase closed;
        QCOMPARE(Migrations::currentVersion(closed), -1);
        const StorageError error = Migrations::migrate(closed);
        QVERIFY(error);
        QCOMPARE(error.kind(), StorageError::Kind::Failed);
    }

    void eachScriptRunsStatementByStatement()
    {
        // The scripts as shipped: every piece is one statement SQLite accepts in order.
        RawConnection c(QStringLiteral(":memory:"));
        for (const QString& name : Migrations::scriptNames()) {
            QFile file(QStringLiteral(":/migrations/") + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QStringList statements = Migrations::splitStatements(QString::fromUtf8(file.readAll()));
            QVERIFY2(!statements.isEmpty(), qPrintable(name));
            const QString failure = executeAll(c, statements);
            QVERIFY2(failure.isEmpty(), qPrintable(name + u": " + failure));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
