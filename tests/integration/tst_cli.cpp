#include <storage/Backups.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/Workspace.h>
#include <support/CliProcess.h>
#include <support/FileSnapshot.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {

QStringList ws(const QString& folder, const QStringList& rest)
{
    return QStringList{QStringLiteral("--workspace"), folder} + rest;
}

// Damages workspace.db in the middle (never its header page).
bool damage(const QString& folder)
{
    const QString db = QDir(folder).filePath(QStringLiteral("workspace.db"));
    const qint64 size = QFileInfo(db).size();
    return size > 32 * 4096 && scribble(db, size / 2 / 4096 * 4096, 8 * 4096);
}

} // namespace

// Checks the CLI's contract for one run: how it ended, and that a failure says so on exactly one line.
#define VERIFY_RUN(result, code)                                                                             \
    do {                                                                                                     \
        const CliResult& run_ = (result);                                                                    \
        QVERIFY2(run_.finished&& run_.exitStatus == QProcess::NormalExit, run_.describe().constData());      \
        QVERIFY2(run_.exitCode == (code), run_.describe().constData());                                      \
        if ((code) == 0)                                                                                     \
            QVERIFY2(run_.err.isEmpty(), run_.describe().constData());                                       \
        else                                                                                                 \
            QVERIFY2(run_.errLines().size() == 1 && run_.err.startsWith("chophien-cli: "),                   \
                     run_.describe().constData());                                                           \
    } while (false)

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
        QVERIFY(made.json().value(u"elapsed_ms").toInteger(-1) >= 0);

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
        const QString backupPath = backup.json().value(u"backup").toString();
        QVERIFY(QFileInfo(backupPath).isFile());
        QCOMPARE(QFileInfo(backupPath).absolutePath(), QDir(folder).filePath(QStringLiteral("backups")));
        QCOMPARE(Backups::latest(folder), backupPath);

        QVERIFY(damage(folder));
        const FileSnapshot damaged = FileSnapshot::of(QDir(folder).filePath(QStringLiteral("workspace.db")));
        const CliResult broken = runCli(ws(folder, {QStringLiteral("check"), QStringLiteral("--json")}));
        VERIFY_RUN(broken, 1);
        QCOMPARE(broken.json().value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("damaged"));
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

    void helpAndVersion()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "check", "demo", "backup", "restore"})
            QVERIFY2(help.out.contains(command), command);
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(!version.out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
