#include <core/DemoCatalogue.h>
#include <core/Ids.h>
#include <storage/Backups.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceIntegrity.h>
#include <storage/WriteTransaction.h>
#include <support/CliProcess.h>
#include <support/FileSnapshot.h>
#include <support/RawConnection.h>
#include <support/WorkspaceDamage.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

// Damages workspace.db in the middle (never its header page).
bool damage(const QString& folder)
{
    const QString db = QDir(folder).filePath(QStringLiteral("workspace.db"));
    const qint64 size = QFileInfo(db).size();
    return size > 32 * 4096 && scribble(db, size / 2 / 4096 * 4096, 8 * 4096);
}

// Adds a product to the (closed) workspace in `folder` the way the app would; returns its id.
QString addProduct(const QString& folder, const QString& sku, const QString& name, const QString& unit)
{
    const auto opened = Workspace::open(folder);
    if (!opened.workspace)
        return {};
    QSqlDatabase db = opened.workspace->database();
    const QList<Clerk> clerks = ClerkRepository::active(db);
    if (clerks.isEmpty())
        return {};
    ProductSummary p;
    p.id = Ids::newId();
    p.sku = sku;
    p.name = name;
    p.unit = unit;
    p.price = 120000;
    WriteTransaction tx(db, Actor{clerks.first().id}, opened.workspace->clock());
    return ProductRepository::insert(tx, p) && tx.commit() ? p.id : QString();
}

// Adds a clerk to the (closed) workspace in `folder`; retired at once when `retired`.
bool addClerk(const QString& folder, const QString& name, bool retired = false)
{
    const auto opened = Workspace::open(folder);
    if (!opened.workspace)
        return false;
    QSqlDatabase db = opened.workspace->database();
    const Clerk clerk = Clerk::create(name, QString(), QDateTime::currentDateTimeUtc());
    WriteTransaction tx(db, Actor{ClerkRepository::active(db).first().id}, opened.workspace->clock());
    return ClerkRepository::add(tx, clerk) && (!retired || ClerkRepository::retire(tx, clerk.id)) &&
           tx.commit();
}

QStringList stock(const QString& folder, const QStringList& rest)
{
    return ws(folder, QStringList{QStringLiteral("stock")} + rest + QStringList{QStringLiteral("--json")});
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newFolder() { return m_dir.filePath(QStringLiteral("ws-%1").arg(++m_serial)); }
    // A folder that no command may create.
    QString never() const { return m_dir.filePath(QStringLiteral("never-made")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("no command") << ws(never(), {});
        QTest::newRow("no workspace") << QStringList{QStringLiteral("check")};
        QTest::newRow("two commands") << ws(never(), {QStringLiteral("check"), QStringLiteral("init")});
        QTest::newRow("unknown command") << ws(never(), {QStringLiteral("explode")});
        QTest::newRow("products not a number")
            << ws(never(), {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("abc")});
        QTest::newRow("products negative")
            << ws(never(), {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("-5")});
        QTest::newRow("products too many") << ws(
            never(), {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("10000001")});
        QTest::newRow("seed not a number")
            << ws(never(), {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")});
        QTest::newRow("seed negative")
            << ws(never(), {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("-1")});
        QTest::newRow("seed too large")
            << ws(never(), {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4294967296")});
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliResult plain = runCli(arguments);
        VERIFY_RUN(plain, 2);
        QVERIFY(plain.out.isEmpty());

        const CliResult json = runCli(arguments + QStringList{QStringLiteral("--json")});
        VERIFY_RUN(json, 2);
        QCOMPARE(json.json().value(u"ok").toBool(true), false);
        QCOMPARE(json.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("usage"));
        QVERIFY(!QFileInfo::exists(never())); // nothing was made
    }

    void initMakesAWorkspace()
    {
        const QString folder = newFolder();
        const CliResult r = runCli(ws(folder, {QStringLiteral("init"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"ok").toBool(), true);
        QCOMPARE(json.value(u"command").toString(), QStringLiteral("init"));
        QCOMPARE(json.value(u"schema_version").toInt(), Migrations::latestVersion());
        QCOMPARE(json.value(u"workspace").toString(), QDir::cleanPath(folder));
        QCOMPARE(r.out.trimmed().count('\n'), 0); // one JSON object on one line
        for (const QString& part : {QStringLiteral("workspace.db"), QStringLiteral("photos"),
                                    QStringLiteral("backups"), QStringLiteral("logs")})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(part)), qPrintable(part));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("workspace.lock"))));
    }

    void initNamesTheFirstClerk()
    {
        const QString folder = newFolder();
        const CliResult r = runCli(
            ws(folder, {QStringLiteral("init"), QStringLiteral("--clerk"), QStringLiteral("Trần Thị Lan")}));
        VERIFY_RUN(r, 0);
        QVERIFY(!r.out.isEmpty()); // a human-readable line
        const auto opened = Workspace::open(folder);
        QVERIFY(opened.workspace);
        const QList<Clerk> clerks = ClerkRepository::active(opened.workspace->database());
        QCOMPARE(clerks.size(), 1);
        QCOMPARE(clerks.first().name, QStringLiteral("Trần Thị Lan"));
    }

    void initWhereAWorkspaceIsFails()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const FileSnapshot before = FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db")));
        const CliResult r = runCli(ws(folder, {QStringLiteral("init"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 1);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("already_workspace"));
        QCOMPARE(FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db"))), before);
    }

    void checkReportsAHealthyWorkspace()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const CliResult r = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"ok").toBool(), true);
        QCOMPARE(json.value(u"healthy").toBool(), true);
        QCOMPARE(json.value(u"schema_version").toInt(), Migrations::latestVersion());
        QCOMPARE(json.value(u"products").toInt(), 0);
        QCOMPARE(json.value(u"clerks").toInt(), 1);
        QCOMPARE(json.value(u"audit_entries").toInt(), 2);
        QCOMPARE(json.value(u"problems").toArray().size(), 0);
        // It says it read the whole file, whatever its size.
        QCOMPARE(json.value(u"integrity_check").toString(), QStringLiteral("full"));
        QCOMPARE(json.value(u"database_bytes").toInteger(),
                 QFileInfo(QDir(folder).filePath(QStringLiteral("workspace.db"))).size());
        QVERIFY(json.value(u"elapsed_ms").toInteger() >= 0);
        const CliResult plain =
            runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en")}));
        VERIFY_RUN(plain, 0);
        QVERIFY2(plain.out.contains("Checked every page of the database file"), plain.out.constData());
        // Log messages go to the workspace's log file, not to stderr.
        QFile log(QDir(folder).filePath(QStringLiteral("logs/chophien.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("chophien.storage.workspace"));
    }

    void verboseAlsoPrintsLogMessages()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const CliResult r = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--verbose")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("opened workspace"), r.describe().constData());
    }

    void checkFailures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing folder") << QStringLiteral("missing") << QStringLiteral("folder_missing");
        QTest::newRow("empty folder") << QStringLiteral("empty") << QStringLiteral("not_a_workspace");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not_a_database");
    }
    void checkFailures()
    {
        QFETCH(QString, setup);
        QFETCH(QString, code);
        const QString folder = newFolder();
        if (setup != u"missing")
            QVERIFY(QDir().mkpath(folder));
        if (setup == u"text") {
            QFile file(QDir(folder).filePath(QStringLiteral("workspace.db")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database\n");
        }
        const CliResult plain = runCli(ws(folder, {QStringLiteral("check")}));
        VERIFY_RUN(plain, 1);
        QVERIFY(plain.out.isEmpty());
        const CliResult json = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(json, 1);
        QCOMPARE(json.json().value(u"error").toObject().value(u"code").toString(), code);
        QVERIFY(!json.json().value(u"error").toObject().value(u"message").toString().isEmpty());
        if (setup == u"missing")
            QVERIFY(!QFileInfo::exists(folder));
    }

    void messagesFollowTheLanguage()
    {
        const QString folder = newFolder(); // missing
        const CliResult english =
            runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en")}));
        VERIFY_RUN(english, 1);
        QVERIFY2(english.err.contains("does not exist"), english.err.constData());
        QVERIFY(english.err.contains(QDir::cleanPath(folder).toUtf8()));
        const CliResult vietnamese = runCli(ws(folder, {QStringLiteral("check")}));
        VERIFY_RUN(vietnamese, 1);
        if (vietnamese.err == english.err)
            QSKIP("the Vietnamese catalogue has no entry for this message yet");
        QVERIFY(vietnamese.err.contains(QDir::cleanPath(folder).toUtf8()));
    }

    void demoMakesAndReopensABenchmarkWorkspace()
    {
        const QString folder = newFolder();
        const CliResult made = runCli(ws(folder, {QStringLiteral("demo"), QStringLiteral("--products"),
                                                  QStringLiteral("500"), QStringLiteral("--json")}));
        VERIFY_RUN(made, 0);
        QCOMPARE(made.json().value(u"created").toBool(), true);
        QCOMPARE(made.json().value(u"products").toInt(), 500);
        // The time is told whole and in its parts: products, their stock, the commits (what is left is
        // making the workspace).
        const qint64 elapsed = made.json().value(u"elapsed_ms").toInteger(-1);
        const qint64 products = made.json().value(u"products_ms").toInteger(-1);
        const qint64 stock = made.json().value(u"stock_ms").toInteger(-1);
        const qint64 commits = made.json().value(u"commit_ms").toInteger(-1);
        QVERIFY(products >= 0 && stock >= 0 && commits >= 0);
        QVERIFY2(products + stock + commits <= elapsed,
                 qPrintable(
                     QStringLiteral("%1 + %2 + %3 > %4").arg(products).arg(stock).arg(commits).arg(elapsed)));

        const CliResult check = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(check, 0);
        QCOMPARE(check.json().value(u"healthy").toBool(), true);
        QCOMPARE(check.json().value(u"products").toInt(), 500);

        // Asking again opens the same demo: nothing is added.
        const CliResult again = runCli(ws(folder, {QStringLiteral("demo"), QStringLiteral("--products"),
                                                   QStringLiteral("900"), QStringLiteral("--json")}));
        VERIFY_RUN(again, 0);
        QCOMPARE(again.json().value(u"created").toBool(true), false);
        QCOMPARE(again.json().value(u"products").toInt(), 500);
    }

    void demoSeedGivesTheSameCatalogueAgain()
    {
        // What the catalogue holds, without the ids (new UUIDs in every workspace).
        const auto contents = [](const QString& folder) {
            RawConnection raw(QDir(folder).filePath(QStringLiteral("workspace.db")),
                              QStringLiteral("QSQLITE_OPEN_READONLY"));
            return raw.column(QStringLiteral(
                "SELECT p.sku || '|' || p.name || '|' || p.price_dong || '|' || p.barcode || '|' || "
                "p.origin_commune_code || '|' || p.on_hand_milli || '|' || p.low_stock_milli || '|' || "
                "(SELECT group_concat(l.code || ':' || ifnull(l.expires_on, '') || ':' || l.on_hand_milli, "
                "',') "
                "FROM lots l WHERE l.product_id = p.id) FROM products p ORDER BY p.sku"));
        };
        QStringList folders;
        for (const char* seed : {"7", "7", "8"}) {
            folders.append(newFolder());
            const CliResult made =
                runCli(ws(folders.last(),
                          {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("200"),
                           QStringLiteral("--seed"), QString::fromLatin1(seed), QStringLiteral("--json")}));
            VERIFY_RUN(made, 0);
            QCOMPARE(made.json().value(u"products").toInt(), 200);
            QCOMPARE(made.json().value(u"seed").toInteger(), QString::fromLatin1(seed).toLongLong());
        }
        const QVariantList first = contents(folders.at(0));
        QCOMPARE(first.size(), 200);
        QCOMPARE(contents(folders.at(1)), first);
        const QVariantList other = contents(folders.at(2));
        QCOMPARE(other.size(), 200);
        QVERIFY(other != first);
        // The default seed is said in the JSON too.
        const CliResult plain = runCli(ws(newFolder(), {QStringLiteral("demo"), QStringLiteral("--json")}));
        VERIFY_RUN(plain, 0);
        QCOMPARE(plain.json().value(u"seed").toInteger(), qint64(DemoCatalogue::kDefaultSeed));
    }

    void demoWithTheDefaultSize()
    {
        const QString folder = newFolder();
        const CliResult made = runCli(ws(folder, {QStringLiteral("demo"), QStringLiteral("--json")}));
        VERIFY_RUN(made, 0);
        QCOMPARE(made.json().value(u"products").toInteger(), DemoWorkspace::defaultProductCount());
    }

    void demoRefusesAnOrdinaryWorkspace()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const CliResult r = runCli(ws(folder, {QStringLiteral("demo"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 1);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("already_workspace"));
        const CliResult check = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        QCOMPARE(check.json().value(u"products").toInt(), 0);
    }

    void backupDamageRestoreCheck()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder,
                             {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("3000")})),
                   0);
        const CliResult backup = runCli(ws(folder, {QStringLiteral("backup"), QStringLiteral("--json")}));
        VERIFY_RUN(backup, 0);
        QCOMPARE(backup.json().value(u"integrity_check").toString(), QStringLiteral("quick"));
        const QString backupPath = backup.json().value(u"backup").toString();
        QVERIFY(QFileInfo(backupPath).isFile());
        QCOMPARE(QFileInfo(backupPath).absolutePath(), QDir(folder).filePath(QStringLiteral("backups")));
        QCOMPARE(Backups::latest(folder), backupPath);

        QVERIFY(damage(folder));
        const FileSnapshot damaged = FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db")));
        const CliResult broken = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(broken, 1);
        const QJsonObject brokenError = broken.json().value(u"error").toObject();
        QCOMPARE(brokenError.value(u"code").toString(), QStringLiteral("damaged"));
        // The whole file was checked, and what SQLite found is listed.
        QCOMPARE(brokenError.value(u"integrity_check").toString(), QStringLiteral("full"));
        QVERIFY(!brokenError.value(u"problems").toArray().isEmpty());
        QCOMPARE(FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db"))), damaged);

        const CliResult restore = runCli(ws(folder, {QStringLiteral("restore"), QStringLiteral("--json")}));
        VERIFY_RUN(restore, 0);
        QCOMPARE(restore.json().value(u"restored_from").toString(), backupPath);
        const QString keptAs = restore.json().value(u"previous_kept_as").toString();
        QVERIFY2(QFileInfo(keptAs).fileName().startsWith(u"workspace.db.damaged-"), qPrintable(keptAs));
        QCOMPARE(FileSnapshot::of(keptAs).bytes, damaged.bytes);

        const CliResult check = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(check, 0);
        QCOMPARE(check.json().value(u"healthy").toBool(), true);
        QCOMPARE(check.json().value(u"products").toInt(), 3000);
    }

    void largeWorkspaceIsCheckedByCheckAndBackupOnly()
    {
        // Larger than the bound for the check at open, with damage only the whole-file check finds.
        const QString folder = newFolder();
        VERIFY_RUN(
            runCli(ws(folder, {QStringLiteral("demo"), QStringLiteral("--products"), QStringLiteral("200")})),
            0);
        const QString db = QDir(folder).filePath(QStringLiteral("workspace.db"));
        QVERIFY(growPast(db, WorkspaceIntegrity::kCheckAtOpenLimit));
        QVERIFY(damageTable(db, QStringLiteral("audit_log")));
        const FileSnapshot damaged = FileSnapshot::of(db);

        // Everyday commands open it with header and schema read only, like the desktop app.
        const CliResult list =
            runCli(ws(folder, {QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--json")}));
        VERIFY_RUN(list, 0);
        QCOMPARE(list.json().value(u"products").toArray().size(), 1);

        // backup checks the whole file first, and makes no backup of a damaged one.
        const CliResult backup = runCli(ws(folder, {QStringLiteral("backup"), QStringLiteral("--json"),
                                                    QStringLiteral("--lang"), QStringLiteral("en")}));
        VERIFY_RUN(backup, 1);
        const QJsonObject backupError = backup.json().value(u"error").toObject();
        QCOMPARE(backupError.value(u"code").toString(), QStringLiteral("damaged"));
        QVERIFY2(backupError.value(u"message").toString().startsWith(u"No backup was made"),
                 backup.out.constData());
        QVERIFY(backup.err.contains(db.toUtf8()));
        QCOMPARE(Backups::list(folder), QStringList());

        // check reads every page whatever the size.
        const CliResult check = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(check, 1);
        const QJsonObject checkError = check.json().value(u"error").toObject();
        QCOMPARE(checkError.value(u"code").toString(), QStringLiteral("damaged"));
        QCOMPARE(checkError.value(u"integrity_check").toString(), QStringLiteral("full"));
        QVERIFY(checkError.value(u"database_bytes").toInteger() > WorkspaceIntegrity::kCheckAtOpenLimit);
        QVERIFY(!checkError.value(u"problems").toArray().isEmpty());
        QCOMPARE(FileSnapshot::of(db).bytes, damaged.bytes);
    }

    void restoreWithoutABackupFails()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const FileSnapshot before = FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db")));
        const CliResult r = runCli(ws(folder, {QStringLiteral("restore"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 1);
        QCOMPARE(FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db"))), before);
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("check")})), 0);
    }

    void backupOfAMissingWorkspaceFails()
    {
        const QString folder = newFolder();
        const CliResult r = runCli(ws(folder, {QStringLiteral("backup"), QStringLiteral("--json")}));
        VERIFY_RUN(r, 1);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("folder_missing"));
    }

    void stockReceiveSellCountShow()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init"), QStringLiteral("--clerk"),
                                      QStringLiteral("Trần Thị Lan")})),
                   0);
        const QString productId = addProduct(folder, QStringLiteral("GAO-ST25"),
                                             QStringLiteral("Gạo ST25 Sóc Trăng"), QStringLiteral("kg"));
        QVERIFY(!productId.isEmpty());

        // 2,5 kg arrive in a lot (the SKU in any case).
        const CliResult received = runCli(
            stock(folder,
                  {QStringLiteral("receive"), QStringLiteral("gao-st25"), QStringLiteral("2,5"),
                   QStringLiteral("--lot"), QStringLiteral("LÔ-2026-11"), QStringLiteral("--expires"),
                   QStringLiteral("2027-05-02"), QStringLiteral("--harvested"), QStringLiteral("2026-11-02"),
                   QStringLiteral("--supplier"), QStringLiteral("Hộ Lò Văn Páo")}));
        VERIFY_RUN(received, 0);
        QJsonObject json = received.json();
        QCOMPARE(json.value(u"ok").toBool(), true);
        QCOMPARE(json.value(u"command").toString(), QStringLiteral("stock"));
        QCOMPARE(json.value(u"action").toString(), QStringLiteral("receive"));
        QCOMPARE(json.value(u"product").toObject().value(u"id").toString(), productId);
        QCOMPARE(json.value(u"product").toObject().value(u"sku").toString(), QStringLiteral("GAO-ST25"));
        QCOMPARE(json.value(u"product").toObject().value(u"unit").toString(), QStringLiteral("kg"));
        QCOMPARE(json.value(u"quantity_milli").toInteger(), 2500);
        QCOMPARE(json.value(u"quantity").toString(), QStringLiteral("2,5"));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 2500);
        QCOMPARE(json.value(u"on_hand").toString(), QStringLiteral("2,5"));
        QCOMPARE(json.value(u"clerk").toObject().value(u"name").toString(), QStringLiteral("Trần Thị Lan"));
        const QJsonObject lot = json.value(u"lot").toObject();
        QCOMPARE(lot.value(u"code").toString(), QStringLiteral("LÔ-2026-11"));
        QCOMPARE(lot.value(u"expires_on").toString(), QStringLiteral("2027-05-02"));
        QCOMPARE(lot.value(u"harvested_on").toString(), QStringLiteral("2026-11-02"));
        QVERIFY(lot.value(u"produced_on").isNull());
        QCOMPARE(lot.value(u"supplier").toString(), QStringLiteral("Hộ Lò Văn Páo"));
        QCOMPARE(json.value(u"movements").toArray().size(), 1);

        // 1 kg sold at the market.
        const CliResult sold =
            runCli(stock(folder, {QStringLiteral("sell"), QStringLiteral("GAO-ST25"), QStringLiteral("1")}));
        VERIFY_RUN(sold, 0);
        json = sold.json();
        QCOMPARE(json.value(u"action").toString(), QStringLiteral("sell"));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 1500);
        const QJsonObject sale = json.value(u"movements").toArray().at(0).toObject();
        QCOMPARE(sale.value(u"reason").toString(), QStringLiteral("sold_offline"));
        QCOMPARE(sale.value(u"delta_milli").toInteger(), -1000);
        QCOMPARE(sale.value(u"lot_code").toString(), QStringLiteral("LÔ-2026-11"));

        // The count finds 1,2 kg: an adjustment of -0,3 kg.
        const CliResult counted = runCli(
            stock(folder, {QStringLiteral("count"), QStringLiteral("GAO-ST25"), QStringLiteral("1,2")}));
        VERIFY_RUN(counted, 0);
        json = counted.json();
        QCOMPARE(json.value(u"counted_milli").toInteger(), 1200);
        QCOMPARE(json.value(u"counted").toString(), QStringLiteral("1,2"));
        QCOMPARE(json.value(u"delta_milli").toInteger(), -300);
        QCOMPARE(json.value(u"delta").toString(), QStringLiteral("-0,3"));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 1200);

        // Counting the same again records nothing.
        const CliResult again = runCli(
            stock(folder, {QStringLiteral("count"), QStringLiteral("GAO-ST25"), QStringLiteral("1,2")}));
        VERIFY_RUN(again, 0);
        QCOMPARE(again.json().value(u"delta_milli").toInteger(-1), 0);
        QVERIFY(again.json().value(u"movements").toArray().isEmpty());

        const CliResult shown = runCli(stock(folder, {QStringLiteral("show"), QStringLiteral("GAO-ST25")}));
        VERIFY_RUN(shown, 0);
        json = shown.json();
        QCOMPARE(json.value(u"action").toString(), QStringLiteral("show"));
        QCOMPARE(json.value(u"on_hand_milli").toInteger(), 1200);
        QCOMPARE(json.value(u"on_hand").toString(), QStringLiteral("1,2"));
        QCOMPARE(json.value(u"in_no_lot_milli").toInteger(-1), 0);
        const QJsonArray lots = json.value(u"lots").toArray();
        QCOMPARE(lots.size(), 1);
        QCOMPARE(lots.at(0).toObject().value(u"code").toString(), QStringLiteral("LÔ-2026-11"));
        QCOMPARE(lots.at(0).toObject().value(u"expires_on").toString(), QStringLiteral("2027-05-02"));
        QCOMPARE(lots.at(0).toObject().value(u"on_hand_milli").toInteger(), 1200);
        QCOMPARE(lots.at(0).toObject().value(u"on_hand").toString(), QStringLiteral("1,2"));
        const QJsonArray movements = json.value(u"movements").toArray();
        QCOMPARE(movements.size(), 3);
        const QStringList reasons{QStringLiteral("adjustment"), QStringLiteral("sold_offline"),
                                  QStringLiteral("received")}; // newest first
        for (int i = 0; i < 3; ++i) {
            const QJsonObject m = movements.at(i).toObject();
            QCOMPARE(m.value(u"reason").toString(), reasons.at(i));
            QCOMPARE(m.value(u"clerk").toString(), QStringLiteral("Trần Thị Lan"));
            QVERIFY(!m.value(u"at").toString().isEmpty());
            QVERIFY(!m.value(u"id").toString().isEmpty());
            QCOMPARE(m.value(u"lot_code").toString(), QStringLiteral("LÔ-2026-11"));
        }
        QCOMPARE(movements.at(0).toObject().value(u"delta_milli").toInteger(), -300);

        // The human form says the same.
        const CliResult human =
            runCli(ws(folder, {QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("GAO-ST25"),
                               QStringLiteral("--lang"), QStringLiteral("en")}));
        VERIFY_RUN(human, 0);
        QVERIFY2(human.out.contains("1,2 kg on hand"), human.out.constData());
        QVERIFY2(human.out.contains("LÔ-2026-11  expires 2027-05-02  1,2 kg"), human.out.constData());
        QVERIFY2(human.out.contains("Trần Thị Lan"), human.out.constData());

        // Each write is on the audit trail; the workspace stays healthy.
        const CliResult check = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(check, 0);
        QCOMPARE(check.json().value(u"healthy").toBool(), true);
        QCOMPARE(check.json().value(u"audit_entries").toInt(), 2 + 3); // init's, then the three writes
    }

    void stockFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const auto row = [](const char* name, const QStringList& args, int exit, const char* code) {
            QTest::newRow(name) << args << exit << QString::fromLatin1(code);
        };
        const QString sku = QStringLiteral("GAO-ST25");
        row("quantity with a unit", {QStringLiteral("receive"), sku, QStringLiteral("2 kg")}, 1,
            "bad_quantity");
        row("quantity in words", {QStringLiteral("sell"), sku, QStringLiteral("một")}, 1, "bad_quantity");
        row("four decimals", {QStringLiteral("sell"), sku, QStringLiteral("0,1234")}, 1, "bad_quantity");
        row("zero sold", {QStringLiteral("sell"), sku, QStringLiteral("0")}, 1, "bad_quantity");
        row("negative sold", {QStringLiteral("sell"), sku, QStringLiteral("-1")}, 1, "bad_quantity");
        row("negative count", {QStringLiteral("count"), sku, QStringLiteral("-1")}, 1, "bad_quantity");
        row("no such day",
            {QStringLiteral("receive"), sku, QStringLiteral("1"), QStringLiteral("--expires"),
             QStringLiteral("2027-02-30")},
            1, "bad_date");
        row("day first",
            {QStringLiteral("receive"), sku, QStringLiteral("1"), QStringLiteral("--harvested"),
             QStringLiteral("02/11/2026")},
            1, "bad_date");
        row("expiry before harvest",
            {QStringLiteral("receive"), sku, QStringLiteral("1"), QStringLiteral("--harvested"),
             QStringLiteral("2026-11-02"), QStringLiteral("--expires"), QStringLiteral("2026-10-01")},
            1, "lot_dates");
        row("unknown SKU", {QStringLiteral("sell"), QStringLiteral("GAO-ST99"), QStringLiteral("1")}, 1,
            "unknown_product");
        row("unknown SKU shown", {QStringLiteral("show"), QStringLiteral("GAO-ST99")}, 1, "unknown_product");
        row("more than on hand", {QStringLiteral("sell"), sku, QStringLiteral("2,001")}, 1,
            "not_enough_stock");
        row("spoil more than on hand", {QStringLiteral("spoil"), sku, QStringLiteral("3")}, 1,
            "not_enough_stock");
        row("adjust below zero",
            {QStringLiteral("adjust"), sku, QStringLiteral("-2,5"), QStringLiteral("--note"),
             QStringLiteral("x")},
            1, "not_enough_stock");
        row("unknown lot",
            {QStringLiteral("sell"), sku, QStringLiteral("1"), QStringLiteral("--lot"),
             QStringLiteral("LÔ-9")},
            1, "unknown_lot");
        row("unknown clerk",
            {QStringLiteral("sell"), sku, QStringLiteral("1"), QStringLiteral("--clerk"),
             QStringLiteral("Ai đó")},
            1, "unknown_clerk");
        row("retired clerk",
            {QStringLiteral("sell"), sku, QStringLiteral("1"), QStringLiteral("--clerk"),
             QStringLiteral("Lò Thị Cũ")},
            1, "unknown_clerk");
        row("adjust without a note", {QStringLiteral("adjust"), sku, QStringLiteral("1")}, 2, "usage");
        row("unknown subcommand", {QStringLiteral("steal"), sku, QStringLiteral("1")}, 2, "usage");
        row("no subcommand", {}, 2, "usage");
        row("no quantity", {QStringLiteral("sell"), sku}, 2, "usage");
        row("one too many", {QStringLiteral("show"), sku, QStringLiteral("1")}, 2, "usage");
        row("lot details on a sale",
            {QStringLiteral("sell"), sku, QStringLiteral("1"), QStringLiteral("--expires"),
             QStringLiteral("2027-01-01")},
            2, "usage");
    }
    void stockFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        QVERIFY(
            !addProduct(folder, QStringLiteral("GAO-ST25"), QStringLiteral("Gạo ST25"), QStringLiteral("kg"))
                 .isEmpty());
        QVERIFY(addClerk(folder, QStringLiteral("Lò Thị Cũ"), true));
        VERIFY_RUN(runCli(stock(
                       folder, {QStringLiteral("receive"), QStringLiteral("GAO-ST25"), QStringLiteral("2")})),
                   0);

        const CliResult plain = runCli(ws(folder, QStringList{QStringLiteral("stock")} + arguments));
        VERIFY_RUN(plain, exitCode); // exits as it should, with one line on stderr: no crash
        QVERIFY(plain.out.isEmpty());
        const CliResult json = runCli(stock(folder, arguments));
        VERIFY_RUN(json, exitCode);
        QCOMPARE(json.json().value(u"ok").toBool(true), false);
        QCOMPARE(json.json().value(u"error").toObject().value(u"code").toString(), code);
        QVERIFY(!json.json().value(u"error").toObject().value(u"message").toString().isEmpty());

        // Nothing was recorded.
        const CliResult shown = runCli(stock(folder, {QStringLiteral("show"), QStringLiteral("GAO-ST25")}));
        VERIFY_RUN(shown, 0);
        QCOMPARE(shown.json().value(u"on_hand_milli").toInteger(), 2000);
        QCOMPARE(shown.json().value(u"movements").toArray().size(), 1);
    }

    void stockAdjustsWithANoteAsTheClerkNamed()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init"), QStringLiteral("--clerk"),
                                      QStringLiteral("Trần Thị Lan")})),
                   0);
        QVERIFY(!addProduct(folder, QStringLiteral("MO-UM"), QStringLiteral("Mật ong rừng"),
                            QStringLiteral("chai"))
                     .isEmpty());
        QVERIFY(addClerk(folder, QStringLiteral("Đặng Văn Đức")));
        VERIFY_RUN(
            runCli(stock(folder, {QStringLiteral("receive"), QStringLiteral("MO-UM"), QStringLiteral("10")})),
            0);

        // A negative delta is written as it is; the clerk may be named without diacritics.
        const CliResult taken =
            runCli(stock(folder, {QStringLiteral("adjust"), QStringLiteral("MO-UM"), QStringLiteral("-0,5"),
                                  QStringLiteral("--note"), QStringLiteral("vỡ chai"),
                                  QStringLiteral("--clerk"), QStringLiteral("dang van duc")}));
        VERIFY_RUN(taken, 0);
        QCOMPARE(taken.json().value(u"delta_milli").toInteger(), -500);
        QCOMPARE(taken.json().value(u"on_hand_milli").toInteger(), 9500);
        QCOMPARE(taken.json().value(u"clerk").toObject().value(u"name").toString(),
                 QStringLiteral("Đặng Văn Đức"));
        const CliResult added =
            runCli(stock(folder, {QStringLiteral("adjust"), QStringLiteral("MO-UM"), QStringLiteral("+1"),
                                  QStringLiteral("--note"), QStringLiteral("tìm thấy")}));
        VERIFY_RUN(added, 0);
        QCOMPARE(added.json().value(u"on_hand_milli").toInteger(), 10500);

        const QJsonArray movements = runCli(stock(folder, {QStringLiteral("show"), QStringLiteral("MO-UM")}))
                                         .json()
                                         .value(u"movements")
                                         .toArray();
        QCOMPARE(movements.size(), 3);
        QCOMPARE(movements.at(0).toObject().value(u"note").toString(), QStringLiteral("tìm thấy"));
        QCOMPARE(movements.at(0).toObject().value(u"clerk").toString(),
                 QStringLiteral("Trần Thị Lan"));                      // the first
        QVERIFY(movements.at(0).toObject().value(u"lot_id").isNull()); // found stock is in no lot
        QCOMPARE(movements.at(1).toObject().value(u"note").toString(), QStringLiteral("vỡ chai"));
        QCOMPARE(movements.at(1).toObject().value(u"clerk").toString(), QStringLiteral("Đặng Văn Đức"));
    }

    void productAddEditShowListArchive()
    {
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        auto product = [&](const QStringList& rest) {
            return runCli(ws(folder, QStringList{QStringLiteral("product")} + rest +
                                         QStringList{QStringLiteral("--json")}));
        };

        // Vietnamese prices; no --sku: one is suggested from the name.
        CliResult added =
            product({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Mật ong rừng U Minh"),
                     QStringLiteral("--price"), QStringLiteral("250k"), QStringLiteral("--unit"),
                     QStringLiteral("chai"), QStringLiteral("--group"), QStringLiteral("food"),
                     QStringLiteral("--barcode"), QStringLiteral("8934563138165"), QStringLiteral("--tags"),
                     QStringLiteral("quà Tết, OCOP")});
        VERIFY_RUN(added, 0);
        QJsonObject p = added.json().value(u"product").toObject();
        QCOMPARE(p.value(u"sku").toString(), QStringLiteral("MORUM"));
        QCOMPARE(p.value(u"price_dong").toInteger(), 250000);
        QCOMPARE(p.value(u"tags").toArray().size(), 2);
        QVERIFY(p.value(u"sale_price_dong").isNull());

        // Only the fields given change, and the answer names them.
        CliResult edited =
            product({QStringLiteral("edit"), QStringLiteral("morum"), QStringLiteral("--price"),
                     QStringLiteral("1,2 triệu"), QStringLiteral("--sale-price"), QStringLiteral("990.000")});
        VERIFY_RUN(edited, 0);
        QCOMPARE(edited.json().value(u"changed").toArray(),
                 (QJsonArray{QStringLiteral("price_dong"), QStringLiteral("sale_price_dong")}));
        CliResult shown = product({QStringLiteral("show"), QStringLiteral("MORUM")});
        VERIFY_RUN(shown, 0);
        p = shown.json().value(u"product").toObject();
        QCOMPARE(p.value(u"price_dong").toInteger(), 1200000);
        QCOMPARE(p.value(u"sale_price_dong").toInteger(), 990000);
        QCOMPARE(p.value(u"group").toString(), QStringLiteral("food"));

        // Found by search without diacritics.
        CliResult found = runCli(
            ws(folder, {QStringLiteral("search"), QStringLiteral("mat ong"), QStringLiteral("--json")}));
        VERIFY_RUN(found, 0);
        QCOMPARE(found.json().value(u"count").toInt(), 1);

        VERIFY_RUN(product({QStringLiteral("archive"), QStringLiteral("MORUM")}), 0);
        // An archived product leaves the list but not the workspace.
        CliResult listed = product({QStringLiteral("list")});
        VERIFY_RUN(listed, 0);
        QCOMPARE(listed.json().value(u"total").toInt(), 0);
        listed = product({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("all")});
        VERIFY_RUN(listed, 0);
        QCOMPARE(listed.json().value(u"total").toInt(), 1);
        QCOMPARE(listed.json().value(u"products").toArray().at(0).toObject().value(u"status").toString(),
                 QStringLiteral("archived"));
        CliResult afterArchive = product({QStringLiteral("show"), QStringLiteral("MORUM")});
        QVERIFY(afterArchive.json().value(u"product").toObject().value(u"archived").toBool());
    }

    void productFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QStringList base{QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Gạo"),
                               QStringLiteral("--unit"), QStringLiteral("kg")};
        QTest::newRow("bad price") << base + QStringList{QStringLiteral("--price"), QStringLiteral("abc")}
                                   << 1 << QStringLiteral("bad_price");
        QTest::newRow("bad barcode") << base + QStringList{QStringLiteral("--price"), QStringLiteral("10k"),
                                                           QStringLiteral("--barcode"),
                                                           QStringLiteral("8934563138166")}
                                     << 1 << QStringLiteral("invalid_barcode");
        QTest::newRow("bad group") << base + QStringList{QStringLiteral("--price"), QStringLiteral("10k"),
                                                         QStringLiteral("--group"), QStringLiteral("rocket")}
                                   << 1 << QStringLiteral("bad_group");
        QTest::newRow("sale above price")
            << base + QStringList{QStringLiteral("--price"), QStringLiteral("10k"),
                                  QStringLiteral("--sale-price"), QStringLiteral("20k")}
            << 1 << QStringLiteral("invalid_sale_price");
        QTest::newRow("missing price") << base << 2 << QStringLiteral("usage");
        QTest::newRow("unknown product") << QStringList{QStringLiteral("show"), QStringLiteral("NOPE")} << 1
                                         << QStringLiteral("unknown_product");
        QTest::newRow("edit without fields")
            << QStringList{QStringLiteral("edit"), QStringLiteral("X")} << 2 << QStringLiteral("usage");
        QTest::newRow("fields on show") << QStringList{QStringLiteral("show"), QStringLiteral("X"),
                                                       QStringLiteral("--price"), QStringLiteral("1")}
                                        << 2 << QStringLiteral("usage");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("frob"), QStringLiteral("X")} << 2 << QStringLiteral("usage");
    }
    void productFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const QString folder = newFolder();
        VERIFY_RUN(runCli(ws(folder, {QStringLiteral("init")})), 0);
        const CliResult run = runCli(ws(folder, QStringList{QStringLiteral("product")} + arguments +
                                                    QStringList{QStringLiteral("--json")}));
        VERIFY_RUN(run, exitCode);
        QCOMPARE(run.json().value(u"error").toObject().value(u"code").toString(), code);
        // Nothing was added by a refused command.
        const CliResult listed =
            runCli(ws(folder, {QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(listed.json().value(u"total").toInt(), 0);
    }

    void helpAndVersion()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "check", "demo", "backup", "restore", "stock receive",
                                    "stock sell", "stock adjust", "stock count", "stock show", "--clerk"})
            QVERIFY2(help.out.contains(command), command);
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(!version.out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
