// A large workspace opens without its whole-file check; the desktop app makes the check on a worker
// thread, and only then the daily backup. Damage found that way is told in words and the latest backup
// offered; closing or switching workspace while the check runs is safe (docs/adr/0011).
#include <core/DateText.h>
#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceIntegrity.h>
#include <support/WorkspaceDamage.h>
#include <ui/DesktopApp.h>
#include <ui/Dialogs.h>
#include <ui/MainWindow.h>
#include <ui/ProductListModel.h>
#include <ui/ProductsPage.h>
#include <ui/WorkspaceSession.h>

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

namespace {
constexpr int kProducts = 120;

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QString dbIn(const QString& folder)
{
    return QDir(folder).filePath(Workspace::databaseFileName());
}
} // namespace

class TestDamageFoundLater final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QStringList m_dialogs;
    bool m_answer = false;
    int m_made = 0;

    DesktopOptions options() const
    {
        return DesktopOptions{QString(), false, m_home.filePath(QStringLiteral("settings.ini"))};
    }

    // A closed demo workspace larger than the bound for the check at open; `backupDaysAgo` > 0 gives
    // it a daily backup made that long ago (so today's is due); `damaged` damages its audit trail.
    QString makeLarge(int backupDaysAgo, bool damaged)
    {
        const QString folder = m_dir.filePath(QStringLiteral("ws%1").arg(++m_made));
        {
            StorageError error;
            auto workspace = DemoWorkspace::create(folder, kProducts, &error);
            if (!workspace)
                return {};
            if (backupDaysAgo > 0) {
                const FixedClock past(QDateTime::currentDateTimeUtc().addDays(-backupDaysAgo));
                if (Backups::create(folder, past, QStringLiteral("daily")).isEmpty())
                    return {};
            }
        }
        if (!Test::growPast(dbIn(folder), WorkspaceIntegrity::kCheckAtOpenLimit))
            return {};
        if (damaged && !Test::damageTable(dbIn(folder), QStringLiteral("audit_log")))
            return {};
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestHandler([this](Dialogs::Kind, const QString& title, const QString& text) {
            m_dialogs.append(title + u": " + text);
            return m_answer;
        });
    }

    void init()
    {
        m_dialogs.clear();
        m_answer = false;
    }

    void damageIsToldAndNoBackupIsMade()
    {
        const QString folder = makeLarge(2, true);
        QVERIFY(!folder.isEmpty());
        const QStringList backupsBefore = Backups::list(folder);
        QCOMPARE(backupsBefore.size(), 1);

        DesktopApp app(options());
        QVERIFY(app.openFolder(folder)); // opens: only header and schema were read
        QVERIFY(!app.session()->workspace()->isCheckedWhole());
        QVERIFY(m_dialogs.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.size(), 1, 10000);
        // Vietnamese title; the text names the damaged file and when the offered backup was made.
        QVERIFY2(m_dialogs.first().startsWith(u"Dữ liệu làm việc bị hỏng"), qPrintable(m_dialogs.first()));
        QVERIFY2(m_dialogs.first().contains(dbIn(folder)), qPrintable(m_dialogs.first()));
        QVERIFY2(m_dialogs.first().contains(DateText::dateTime(Backups::madeAt(backupsBefore.first()))),
                 qPrintable(m_dialogs.first()));
        // No daily backup of the damaged file, though one was due: the good one is all there is.
        QCOMPARE(Backups::list(folder), backupsBefore);
        // "No": the workspace stays open as it was, nothing renamed.
        QVERIFY(app.session()->isOpen());
        QVERIFY(QDir(folder).entryList({QStringLiteral("workspace.db.damaged-*")}).isEmpty());
    }

    void restoringTheOfferedBackupReopensTheWorkspace()
    {
        const QString folder = makeLarge(2, true);
        QVERIFY(!folder.isEmpty());
        m_answer = true; // "Restore the latest backup"
        DesktopApp app(options());
        QVERIFY(app.openFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.size(), 1, 10000);
        // The restore runs off the GUI thread; then the restored workspace is open again.
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->isOpen() && app.window()->isEnabled(), 10000);
        QCOMPARE(app.window()->productsPage()->model()->totalCount(), kProducts);
        QVERIFY(app.session()->workspace()->isCheckedWhole()); // the backup is small
        QCOMPARE(QDir(folder).entryList({QStringLiteral("workspace.db.damaged-*")}).size(), 1);
        QCOMPARE(m_dialogs.size(), 1);
    }

    void damageWithoutABackupIsToldPlainly()
    {
        const QString folder = makeLarge(0, true);
        QVERIFY(!folder.isEmpty());
        m_answer = true;
        DesktopApp app(options());
        QVERIFY(app.openFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.size(), 1, 10000);
        QVERIFY2(m_dialogs.first().contains(folder), qPrintable(m_dialogs.first()));
        QCOMPARE(Backups::list(folder), QStringList());
        QVERIFY(app.session()->isOpen());
    }

    void healthyLargeWorkspaceIsCheckedThenBackedUp()
    {
        const QString folder = makeLarge(2, false);
        QVERIFY(!folder.isEmpty());
        DesktopApp app(options());
        QVERIFY(app.openFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(Backups::list(folder).size(), 2, 10000);
        QVERIFY(Backups::latest(folder).endsWith(u"-daily.db"));
        QVERIFY(m_dialogs.isEmpty());
    }

    void closingWhileTheCheckRunsLeavesNothingHalfMade()
    {
        const QString folder = makeLarge(2, false);
        QVERIFY(!folder.isEmpty());
        {
            DesktopApp app(options());
            QVERIFY(app.openFolder(folder));
        } // gone at once: the check (or the backup after it) is stopped and waited for
        // Whatever was made is whole: the old one, and a new one only if it was finished.
        const QStringList backups = Backups::list(folder);
        QVERIFY(backups.size() == 1 || backups.size() == 2);
        QCOMPARE(QDir(QDir(folder).filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(),
                 backups.size());
        for (const QString& backup : backups)
            QVERIFY2(!WorkspaceIntegrity::check(backup), qPrintable(backup));
        QVERIFY(m_dialogs.isEmpty());
    }

    void switchingWorkspaceForgetsTheFirstOnesCheck()
    {
        const QString damaged = makeLarge(2, true);
        const QString other = makeLarge(0, false);
        QVERIFY(!damaged.isEmpty() && !other.isEmpty());
        DesktopApp app(options());
        QVERIFY(app.openFolder(damaged));
        QVERIFY(app.openFolder(other)); // the first workspace's check is stopped, or its word ignored
        QTRY_COMPARE_WITH_TIMEOUT(Backups::list(other).size(), 1, 10000);
        QTest::qWait(50);
        QVERIFY2(m_dialogs.isEmpty(), qPrintable(m_dialogs.join(u'\n')));
        QCOMPARE(app.session()->workspace()->folder(), other);
        QCOMPARE(Backups::list(damaged).size(), 1);
    }

    void messageScreenshot()
    {
        // The question as the real dialog shows it (the test handler stands in for it above).
        const QString folder = makeLarge(2, true);
        QVERIFY(!folder.isEmpty());
        DesktopApp app(options());
        QVERIFY(app.openFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.size(), 1, 10000);
        const qsizetype split = m_dialogs.first().indexOf(u": ");
        QMessageBox box(QMessageBox::Question, m_dialogs.first().left(split),
                        m_dialogs.first().mid(split + 2), QMessageBox::NoButton, app.window());
        box.addButton(QStringLiteral("Khôi phục bản sao lưu gần nhất"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::tr("Cancel"), QMessageBox::RejectRole);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QVERIFY(box.grab().save(screenshotPath(QStringLiteral("damage-found-later.png"))));
    }
};

QTEST_MAIN(TestDamageFoundLater)
#include "tst_damagefoundlater.moc"
