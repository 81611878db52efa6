// The origin picker as a clerk drives it from the keyboard, offscreen: unaccented text finds 2025
// communes, arrows and Enter pick, an old address is offered as the commune it became, a split old
// commune lists its new communes and asks, and the product editor saves the choice and guards it.
#include <core/OriginResolver.h>
#include <core/Translations.h>
#include <storage/ClerkRepository.h>
#include <storage/ProductStore.h>
#include <support/TempWorkspace.h>
#include <ui/Dialogs.h>
#include <ui/OriginPicker.h>
#include <ui/ProductEditorDialog.h>
#include <ui/WorkspaceSession.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace ChoPhien;

class TestOriginPicker final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    OriginPicker* m_picker = nullptr;

    QAbstractItemView* popup() const { return m_picker->completer()->popup(); }
    QStringList rows() const
    {
        QStringList out;
        const QAbstractItemModel* model = m_picker->completer()->model();
        for (int i = 0; i < model->rowCount(); ++i)
            out.append(model->index(i, 0).data().toString());
        return out;
    }
    void type(const QString& asciiText)
    {
        QLineEdit* edit = m_picker->lineEdit();
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClicks(edit, asciiText);
        QTRY_VERIFY(popup()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        OriginResolver::preload();
        QTRY_VERIFY_WITH_TIMEOUT(OriginResolver::isReady(), 5000); // off the GUI thread
    }

    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_picker = new OriginPicker(m_window.get());
        layout->addWidget(m_picker);
        layout->addWidget(new QLineEdit(m_window.get())); // somewhere for Tab to go
        m_window->resize(520, 160);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void unaccentedTextPickedWithTheKeyboard()
    {
        QSignalSpy changed(m_picker, &OriginPicker::changed);
        type(QStringLiteral("tan lap, lam dong"));
        QCOMPARE(rows(), QStringList{QStringLiteral("Xã Tân Lập, Tỉnh Lâm Đồng")});
        QTest::keyClick(popup(), Qt::Key_Return);
        QCOMPARE(m_picker->communeCode(), QStringLiteral("23134"));
        QCOMPARE(m_picker->provinceCode(), QStringLiteral("68"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("Xã Tân Lập, Tỉnh Lâm Đồng"));
        QVERIFY(m_picker->statusText().contains(QStringLiteral("Xã Tân Lập, Tỉnh Lâm Đồng")));

        // Several fit: the arrow keys choose among them.
        type(QStringLiteral("ba dinh"));
        QVERIFY(rows().size() >= 2);
        const QString second = rows().at(1);
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Return);
        QCOMPARE(m_picker->lineEdit()->text(), second);
        QCOMPARE(changed.size(), 2);
    }

    void oldAddressIsOfferedAsItsNewCommune()
    {
        type(QStringLiteral("phuong truc bach, ba dinh, ha noi"));
        QCOMPARE(rows().size(), 1);
        QCOMPARE(rows().first(),
                 QStringLiteral("Before 7/2025: Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội → "
                                "now Phường Ba Đình, Thành phố Hà Nội"));
        QTest::keyClick(popup(), Qt::Key_Return);
        QCOMPARE(m_picker->communeCode(), QStringLiteral("00004"));
        QCOMPARE(m_picker->provinceCode(), QStringLiteral("01"));
        QCOMPARE(m_picker->lineEdit()->text(), QStringLiteral("Phường Ba Đình, Thành phố Hà Nội"));
        QVERIFY(m_picker->statusText().contains(QStringLiteral("Phường Trúc Bạch")));
    }

    void splitOldCommuneAsksWhichOne()
    {
        QSignalSpy changed(m_picker, &OriginPicker::changed);
        type(QStringLiteral("phuong dien bien, ba dinh, ha noi"));
        QCOMPARE(rows().size(), 5); // a heading, then the four wards it went into
        QVERIFY(rows().first().contains(QStringLiteral("split")));
        QCOMPARE(popup()->currentIndex().row(), 1);
        QTest::keyClick(popup(), Qt::Key_Up); // the heading cannot be chosen
        QTest::keyClick(popup(), Qt::Key_Return);
        QVERIFY(m_picker->communeCode().isEmpty());
        QTRY_VERIFY(popup()->isVisible());
        QVERIFY(m_picker->hintText().contains(QStringLiteral("Phường Điện Biên, Quận Ba Đình")));
        QVERIFY(m_picker->hintText().contains(QStringLiteral("split")));
        // Leaving the field without choosing settles nothing: the clerk must choose.
        QTest::keyClick(popup(), Qt::Key_Escape);
        QTest::keyClick(m_picker->lineEdit(), Qt::Key_Tab);
        QVERIFY(m_picker->communeCode().isEmpty());
        QVERIFY(m_picker->hintText().contains(QStringLiteral("choose"), Qt::CaseInsensitive));
        QCOMPARE(changed.size(), 0);

        type(QStringLiteral("phuong dien bien, ba dinh, ha noi"));
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Return);
        QCOMPARE(m_picker->communeCode(), QStringLiteral("00190")); // Phường Ô Chợ Dừa
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_picker->hintText().isEmpty());
    }

    void typedCodeSettlesOnTabAndClearEmpties()
    {
        QSignalSpy changed(m_picker, &OriginPicker::changed);
        type(QStringLiteral("00004"));
        QTest::keyClick(popup(), Qt::Key_Escape);
        QTest::keyClick(m_picker->lineEdit(), Qt::Key_Tab);
        QCOMPARE(m_picker->communeCode(), QStringLiteral("00004"));
        QCOMPARE(changed.size(), 1);
        auto* clear = m_picker->findChild<QAbstractButton*>(QStringLiteral("originClear"));
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QVERIFY(m_picker->communeCode().isEmpty());
        QVERIFY(m_picker->provinceCode().isEmpty());
        QVERIFY(m_picker->lineEdit()->text().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void unknownTextSaysSo()
    {
        QLineEdit* edit = m_picker->lineEdit();
        edit->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(edit, QStringLiteral("qqqq"));
        QVERIFY(!popup()->isVisible());
        QVERIFY(m_picker->hintText().contains(QStringLiteral("qqqq")));
        QVERIFY(m_picker->communeCode().isEmpty());
    }

    void editorSavesTheOriginAndGuardsIt()
    {
        Test::TempWorkspace temp;
        QVERIFY(temp.isValid());
        temp.close();
        auto opened = Workspace::open(temp.folder());
        QVERIFY(opened.workspace);
        WorkspaceSession session;
        session.setWorkspace(std::move(opened.workspace));
        session.setClerk(*ClerkRepository::find(session.workspace()->database(), temp.clerkId()));
        QStringList questions;
        Dialogs::setTestHandler([&](Dialogs::Kind, const QString& title, const QString&) {
            questions.append(title);
            return false; // keep editing
        });

        ProductEditorDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Chè Shan tuyết"));
        dialog.findChild<QLineEdit*>(QStringLiteral("price"))->setText(QStringLiteral("120.000"));
        dialog.findChild<QComboBox*>(QStringLiteral("unit"))->setCurrentText(QStringLiteral("hộp"));
        auto* picker = dialog.findChild<OriginPicker*>();
        QVERIFY(picker);
        m_picker = picker;
        type(QStringLiteral("xa truc bach, ha noi")); // not a place of 2025
        QTest::keyClick(popup(), Qt::Key_Escape);
        type(QStringLiteral("tan lap, lam dong"));
        QTest::keyClick(popup(), Qt::Key_Return);
        QVERIFY(dialog.hasUnsavedChanges());
        dialog.reject(); // Escape asks first, and the answer "keep editing" keeps the dialog
        QCOMPARE(questions.size(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.save());
        const auto saved = ProductStore::find(session.workspace()->database(), dialog.productId());
        QVERIFY(saved);
        QCOMPARE(saved->originCommuneCode, QStringLiteral("23134"));
        QCOMPARE(saved->originProvinceCode, QStringLiteral("68"));
        Dialogs::setTestHandler(nullptr);
    }

    void screenshot()
    {
        Translations vietnamese; // as a clerk sees it
        QVERIFY(vietnamese.apply(QStringLiteral("vi")));
        QWidget frame;
        auto* layout = new QVBoxLayout(&frame);
        m_picker = new OriginPicker(&frame);
        layout->addWidget(m_picker);
        layout->addStretch();
        frame.resize(600, 360);
        frame.show();
        frame.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&frame));
        type(QStringLiteral("phuong dien bien, ba dinh, ha noi"));
        // The popup is its own window: paint it where it shows, over the form.
        QPixmap shot = frame.grab();
        const QPixmap list = popup()->grab();
        const QPoint at = frame.mapFromGlobal(popup()->mapToGlobal(QPoint(0, 0)));
        QPixmap canvas(qMax(shot.width(), at.x() + list.width()),
                       qMax(shot.height(), at.y() + list.height()));
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        painter.drawPixmap(0, 0, shot);
        painter.drawPixmap(at, list);
        painter.end();
        const QString dir = qEnvironmentVariable("CHOPHIEN_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(canvas.save(QDir(dir).filePath(QStringLiteral("origin-picker-split.png"))));
    }
};

QTEST_MAIN(TestOriginPicker)
#include "tst_originpicker.moc"
