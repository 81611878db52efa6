// The desktop app as a user meets it, offscreen: opens in Vietnamese on a demo workspace, switches
// language without a restart, refuses a locked workspace with a Vietnamese message, shows empty states.
#include <core/SettingKeys.h>
#include <storage/AuditTrail.h>
#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <support/ModelTester.h>
#include <support/TempWorkspace.h>
#include <ui/DesktopApp.h>
#include <ui/Dialogs.h>
#include <ui/MainWindow.h>
#include <ui/ProductEditorDialog.h>
#include <ui/ProductListModel.h>
#include <ui/ProductsPage.h>
#include <ui/SettingsPage.h>
#include <ui/StatusPanel.h>
#include <ui/WorkspaceSession.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

namespace {
QStringList navigationTexts(MainWindow* window)
{
    QStringList texts;
    for (int i = 0; i < window->navigation()->count(); ++i)
        texts.append(window->navigation()->item(i)->text());
    return texts;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root))
            texts.append(label->text());
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(root))
            texts.append(button->text());
    }
    return texts;
}

// Qt posts LanguageChange (and the re-layouts it causes); an event loop would deliver them at once.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}
} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QStringList m_dialogs;
    bool m_answer = false; // what the "user" answers to questions

    DesktopOptions options(const QString& workspace) const
    {
        return DesktopOptions{workspace, false, m_home.filePath(QStringLiteral("settings.ini"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // an "English OS"
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

    void opensInVietnameseOnDemoWorkspace()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(DemoWorkspace::create(dir.filePath(QStringLiteral("demo")), 40, &error) != nullptr);

        DesktopApp app(options(dir.filePath(QStringLiteral("demo"))));
        QVERIFY(app.start());
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QCOMPARE(app.language(), QStringLiteral("vi"));
        QCOMPARE(
            navigationTexts(app.window()),
            (QStringList{QStringLiteral("Sản phẩm"), QStringLiteral("Tồn kho"), QStringLiteral("Đơn hàng"),
                         QStringLiteral("Đồng bộ"), QStringLiteral("Tập huấn"), QStringLiteral("Cài đặt")}));
        // A clerk is on duty and named in the status bar.
        QVERIFY(app.session()->clerk().has_value());
        QVERIFY(app.window()->statusPanel()->clerkText().contains(app.session()->clerk()->name));

        ProductListModel* model = app.window()->productsPage()->model();
        auto tester = Test::attachModelTester(model);
        QCOMPARE(model->totalCount(), 40);
        QCOMPARE(model->rowCount(), 40);
        QCOMPARE(model->headerData(ProductListModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Sản phẩm"));
        // Vietnamese order: "Bánh…" sorts before "Bưởi…", and "Đ…" after every "D…".
        const QString first = model->index(0, 0).data().toString();
        QVERIFY2(first.startsWith(u"Bánh"), qPrintable(first));

        const QImage shot = app.window()->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(screenshotPath(QStringLiteral("mainwindow-vi.png"))));
    }

    void searchFromAnywhereWithCtrlF()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(DemoWorkspace::create(dir.filePath(QStringLiteral("demo")), 400, &error) != nullptr);
        DesktopApp app(options(dir.filePath(QStringLiteral("demo"))));
        QVERIFY(app.start());
        QVERIFY(QTest::qWaitForWindowActive(app.window()));
        app.window()->showPage(MainWindow::Settings);

        QTest::keyClick(app.window(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(app.window()->currentPage(), MainWindow::Products);
        ProductsPage* page = app.window()->productsPage();
        QVERIFY(page->searchBox()->hasFocus());

        // Typed without diacritics, as on a keyboard with no Vietnamese input method.
        QTest::keyClicks(page->searchBox(), QStringLiteral("mat ong rung"));
        ProductListModel* model = page->model();
        auto tester = Test::attachModelTester(model);
        QVERIFY(model->isSearching());
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, 0).data().toString().startsWith(u"Mật ong rừng U Minh"));
        QVERIFY(app.window()->grab().toImage().save(screenshotPath(QStringLiteral("search-vi.png"))));

        // Qt 6.4's tester calls fetchMore() from its modelReset handler before it stops counting the
        // reset as in flight, and so reports the paging model's first fetch as a nested change: it
        // checks the search results only.
        tester.reset();

        // A barcode scanner types a code and Enter: the product is selected.
        page->searchBox()->clear();
        QTest::keyClicks(page->searchBox(), QStringLiteral("GAO-ST25"));
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        const QModelIndexList selected = page->table()->selectionModel()->selectedRows(ProductListModel::Sku);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("GAO-ST25"));

        // Clearing the box brings back the whole catalogue.
        page->searchBox()->clear();
        QVERIFY(!model->isSearching());
        QCOMPARE(model->totalCount(), 400);
    }

    void newProductFromAnywhereWithCtrlN()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(DemoWorkspace::create(dir.filePath(QStringLiteral("demo")), 40, &error) != nullptr);
        DesktopApp app(options(dir.filePath(QStringLiteral("demo"))));
        QVERIFY(app.start());
        QVERIFY(QTest::qWaitForWindowActive(app.window()));
        app.window()->showPage(MainWindow::Stock);
        QPointer<ProductEditorDialog> opened;
        connect(app.window()->productsPage(), &ProductsPage::editorOpened, this,
                [&opened](ProductEditorDialog* d) { opened = d; });

        QTest::keyClick(app.window(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(app.window()->currentPage(), MainWindow::Products);
        QVERIFY(opened);
        QVERIFY(opened->isNew());
        opened->reject(); // nothing typed: closes without asking
        QTRY_VERIFY(!opened);
        QVERIFY(m_dialogs.isEmpty());
    }

    void switchesLanguageWithoutRestart()
    {
        Test::TempWorkspace temp;
        QVERIFY(temp.isValid());
        const QString folder = temp.folder();
        temp.close();

        DesktopApp app(options(folder));
        QVERIFY(app.start());
        QComboBox* language = app.window()->settingsPage()->languageBox();
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        deliverLanguageChange();
        QCOMPARE(app.language(), QStringLiteral("en"));
        QCOMPARE(navigationTexts(app.window()).first(), QStringLiteral("Products"));
        QCOMPARE(app.window()
                     ->productsPage()
                     ->model()
                     ->headerData(ProductListModel::Price, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Price"));
        QVERIFY(visibleTexts(app.window()).contains(QStringLiteral("No products yet")));
        app.window()->showPage(MainWindow::Settings);
        QVERIFY(app.window()->grab().toImage().save(screenshotPath(QStringLiteral("settings-en.png"))));

        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        deliverLanguageChange();
        QCOMPARE(navigationTexts(app.window()).first(), QStringLiteral("Sản phẩm"));
        app.window()->showPage(MainWindow::Products);
        QVERIFY(visibleTexts(app.window()).contains(QStringLiteral("Chưa có sản phẩm nào")));
        // The choice is remembered for the next start.
        QCOMPARE(app.settings().value(SettingKeys::language), QStringLiteral("vi"));
    }

    void emptyWorkspaceShowsWhatToDo()
    {
        Test::TempWorkspace temp;
        const QString folder = temp.folder();
        temp.close();
        DesktopApp app(options(folder));
        QVERIFY(app.start());
        app.window()->showPage(MainWindow::Products);
        const QStringList texts = visibleTexts(app.window()->productsPage());
        QVERIFY(texts.contains(QStringLiteral("Chưa có sản phẩm nào")));
        QVERIFY(texts.contains(QStringLiteral("Mở dữ liệu mẫu")));
        QVERIFY(app.window()->grab().toImage().save(screenshotPath(QStringLiteral("empty-products-vi.png"))));
        // Every page has something to say to a first-time user.
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            app.window()->showPage(MainWindow::Page(page));
            QWidget* current = app.window()->findChild<QStackedWidget*>()->currentWidget();
            QVERIFY2(!visibleTexts(current).join(QString()).isEmpty(), qPrintable(QString::number(page)));
        }
    }

    void lockedWorkspaceIsRefusedInVietnamese()
    {
        Test::TempWorkspace temp; // holds the lock, as another Chợ Phiên window would
        QVERIFY(temp.isValid());
        DesktopApp second(options(temp.folder()));
        QVERIFY(!second.openFolder(temp.folder()));
        QCOMPARE(m_dialogs.size(), 1);
        QVERIFY2(m_dialogs.first().contains(u"đang được mở trong một cửa sổ Chợ Phiên khác"),
                 qPrintable(m_dialogs.first()));
        QVERIFY(!second.session()->isOpen());
    }

    void damagedWorkspaceOffersTheLatestBackup()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("damaged"));
        {
            StorageError error;
            auto workspace = DemoWorkspace::create(folder, 300, &error);
            QVERIFY(workspace);
            QVERIFY(!Backups::create(*workspace, QStringLiteral("daily")).isEmpty());
        }
        QFile db(QDir(folder).filePath(QStringLiteral("workspace.db")));
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.size() > 8 * 4096);
        db.seek(4 * 4096);
        db.write(QByteArray(4096, '\x5a'));
        db.close();

        m_answer = false; // "no": nothing is touched
        DesktopApp refused(options(folder));
        QVERIFY(!refused.openFolder(folder));
        QVERIFY2(m_dialogs.first().contains(u"bị hỏng"), qPrintable(m_dialogs.first()));
        QVERIFY(QDir(folder).entryList({QStringLiteral("workspace.db.damaged-*")}).isEmpty());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("workspace.db*")}),
                 QStringList{QStringLiteral("workspace.db")});

        m_dialogs.clear();
        m_answer = true; // "Restore the latest backup"
        DesktopApp restored(options(folder));
        QVERIFY(restored.openFolder(folder));
        QCOMPARE(restored.window()->productsPage()->model()->totalCount(), 300);
        // The damaged file is kept (with any -wal/-shm beside it), never overwritten.
        const QStringList kept = QDir(folder).entryList({QStringLiteral("workspace.db.damaged-*")});
        QCOMPARE(kept.filter(QRegularExpression(QStringLiteral("damaged-[0-9-]+$"))).size(), 1);
    }

    void lastWorkspaceReopens()
    {
        Test::TempWorkspace temp;
        const QString folder = temp.folder();
        temp.close();
        {
            DesktopApp first(options(folder));
            QVERIFY(first.start());
        }
        DesktopApp again(options(QString()));
        QVERIFY(again.start());
        QCOMPARE(again.session()->workspace()->folder(), folder);
    }

    void writesRecordTheClerkOnDuty()
    {
        Test::TempWorkspace temp;
        const QString folder = temp.folder();
        temp.close();
        DesktopApp app(options(folder));
        QVERIFY(app.start());
        const QString clerkId = app.session()->clerk()->id;
        QVERIFY(
            app.window()->settingsPage()->addClerk(QStringLiteral("Trần Văn Minh"), QStringLiteral("1234")));
        const auto entries = AuditTrail::recent(app.session()->workspace()->database(), 5);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().action, QStringLiteral("create"));
        QCOMPARE(entries.first().entity, QStringLiteral("clerk"));
        QCOMPARE(entries.first().clerkId, clerkId);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
