// The first-start screens: the welcome chooser's three ways in, the new-workspace form (name, clerk,
// folder made from the name), and the demo workspace made on first use.
#include <storage/DemoWorkspace.h>
#include <storage/Workspace.h>
#include <ui/DesktopApp.h>
#include <ui/Dialogs.h>
#include <ui/MainWindow.h>
#include <ui/NewWorkspaceDialog.h>
#include <ui/ProductListModel.h>
#include <ui/ProductsPage.h>
#include <ui/WorkspaceChooserDialog.h>
#include <ui/WorkspaceSession.h>

#include <QCommandLinkButton>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

class TestWorkspaceDialogs final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestHandler([](Dialogs::Kind, const QString&, const QString&) { return false; });
    }

    void chooserOffersThreeWaysIn()
    {
        WorkspaceChooserDialog chooser({QStringLiteral("/tmp/htx-a")});
        const auto buttons = chooser.findChildren<QCommandLinkButton*>();
        QCOMPARE(buttons.size(), 3);
        QCOMPARE(buttons[0]->text(), QStringLiteral("Start a new workspace")); // no translator in this test
        buttons[1]->click();
        QCOMPARE(chooser.choice(), WorkspaceChooserDialog::Choice::OpenDemo);
        QCOMPARE(chooser.result(), int(QDialog::Accepted));
        WorkspaceChooserDialog again({});
        again.findChildren<QCommandLinkButton*>().at(0)->click();
        QCOMPARE(again.choice(), WorkspaceChooserDialog::Choice::CreateNew);
    }

    void newWorkspaceFormMakesTheFolderFromTheName()
    {
        QTemporaryDir base;
        NewWorkspaceDialog dialog(base.path());
        const auto edits = dialog.findChildren<QLineEdit*>();
        QCOMPARE(edits.size(), 3);
        QPushButton* create = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->text() == u"Create")
                create = b;
        }
        QVERIFY(create);
        QVERIFY(!create->isEnabled());
        edits[0]->setText(QStringLiteral("HTX Đặc sản Xuân Phong"));
        QCOMPARE(dialog.folder(), QDir(base.path()).filePath(QStringLiteral("htx-dac-san-xuan-phong")));
        QVERIFY(!create->isEnabled()); // still needs the clerk's name
        edits[1]->setText(QStringLiteral("Hà Thị Lan"));
        QVERIFY(create->isEnabled());
        QCOMPARE(dialog.workspaceName(), QStringLiteral("HTX Đặc sản Xuân Phong"));
    }

    void createdWorkspaceOpensWithItsName()
    {
        QTemporaryDir base;
        const QString folder = base.filePath(QStringLiteral("htx"));
        DesktopApp app({QString(), false, m_home.filePath(QStringLiteral("a.ini"))});
        QVERIFY(app.createWorkspace(folder, QStringLiteral("HTX Xuân Phong"), QStringLiteral("Hà Thị Lan")));
        QVERIFY(app.session()->isOpen());
        QCOMPARE(app.session()->workspace()->name(), QStringLiteral("HTX Xuân Phong"));
        QCOMPARE(app.session()->clerk()->name, QStringLiteral("Hà Thị Lan"));
        QVERIFY(!app.createWorkspace(folder, QStringLiteral("again"), QStringLiteral("x"))); // never over one
    }

    void demoWorkspaceIsMadeOnFirstUse()
    {
        QDir(DesktopApp::demoFolder()).removeRecursively();
        DesktopApp app({QString(), true, m_home.filePath(QStringLiteral("b.ini"))});
        QVERIFY(app.start());
        QVERIFY(Workspace::holdsWorkspace(DesktopApp::demoFolder()));
        QVERIFY(app.session()->workspace()->isDemo());
        QCOMPARE(app.window()->productsPage()->model()->totalCount(), DemoWorkspace::defaultProductCount());
        QDir(DesktopApp::demoFolder()).removeRecursively();
    }
};

QTEST_MAIN(TestWorkspaceDialogs)
#include "tst_workspacedialogs.moc"
