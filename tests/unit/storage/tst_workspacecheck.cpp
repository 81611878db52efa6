#include <core/Ids.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/WorkspaceCheck.h>
#include <support/FileSnapshot.h>
#include <support/RawConnection.h>
#include <support/TempWorkspace.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;
using namespace ChoPhien::Test;

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

class TestWorkspaceCheck final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

private Q_SLOTS:
    void healthyWorkspace()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 40));
        const WorkspaceCheckReport report = WorkspaceCheck::run(temp.workspace().database());
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.schemaVersion, Migrations::latestVersion());
        QCOMPARE(report.latestSchemaVersion, Migrations::latestVersion());
        QCOMPARE(report.products, 40);
        QVERIFY(report.clerks >= 2);
        QVERIFY(report.auditEntries >= 3);
    }

    void foreignKeyViolationIsReported()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 5));
        {
            // Another program, with foreign keys off, records stock for a product that does not exist.
            RawConnection raw(temp.workspace().databasePath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(raw.exec(QStringLiteral(
                                  "INSERT INTO stock_movements (id, product_id, delta_milli, reason, at, "
                                  "by_clerk) VALUES ('%1', 'ghost-product', 1000, 'received', 'x', '%2')")
                                  .arg(Ids::newId(), temp.clerkId())),
                     qPrintable(raw.lastError()));
        }
        const WorkspaceCheckReport report = WorkspaceCheck::run(temp.workspace().database());
        QVERIFY(!report.ok);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(u"stock_movements"), qPrintable(report.problems.first()));
        QVERIFY2(report.problems.first().contains(u"products"), qPrintable(report.problems.first()));
        QCOMPARE(report.products, 5); // the counts are still reported
    }

    void olderSchemaIsReported()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("old.db")));
        QVERIFY(!Migrations::migrate(raw.db(), 1));
        const WorkspaceCheckReport report = WorkspaceCheck::run(raw.db());
        QVERIFY(!report.ok);
        QCOMPARE(report.schemaVersion, 1);
        QVERIFY2(report.problems.join(u'\n').contains(
                     QStringLiteral("schema version 1, expected %1").arg(Migrations::latestVersion())),
                 qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.products, -1); // no products table at version 1
        QCOMPARE(report.clerks, 0);
    }

    void corruptionIsReported()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QVERIFY(!DemoWorkspace::fill(temp.workspace(), 2000));
        const QString path = temp.workspace().databasePath();
        temp.close();
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 64 * 4096);
        QVERIFY(scribble(path, size / 2 / 4096 * 4096, 4 * 4096));
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const WorkspaceCheckReport report = WorkspaceCheck::run(raw.db());
        QVERIFY(!report.ok);
        QVERIFY(!report.problems.isEmpty());
    }

    void closedDatabaseIsNotHealthy()
    {
        QSqlDatabase closed;
        const WorkspaceCheckReport report = WorkspaceCheck::run(closed);
        QVERIFY(!report.ok);
        QCOMPARE(report.schemaVersion, -1);
        QVERIFY(!report.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCheck)
#include "tst_workspacecheck.moc"
