// Clerk profile dialogs as a user drives them: validation of name and PIN, and the PIN check when
// choosing who is working.
#include <core/Clerk.h>
#include <ui/AddClerkDialog.h>
#include <ui/ClerkPickerDialog.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ChoPhien;

namespace {
QPushButton* buttonWithText(QWidget* root, const QString& text)
{
    for (QPushButton* b : root->findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestClerkDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addClerkValidatesNameAndPin()
    {
        AddClerkDialog dialog;
        const auto edits = dialog.findChildren<QLineEdit*>();
        QCOMPARE(edits.size(), 3);
        QPushButton* save = buttonWithText(&dialog, QStringLiteral("Save"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());                     // no name yet
        edits[0]->setText(QStringLiteral("Lò Thị Mai")); // keyClicks types ASCII only
        QVERIFY(save->isEnabled());                      // a PIN is optional
        QTest::keyClicks(edits[1], QStringLiteral("12a34"));
        QCOMPARE(edits[1]->text(), QStringLiteral("1234")); // letters never get in
        QVERIFY(!save->isEnabled());                        // not confirmed yet
        QTest::keyClicks(edits[2], QStringLiteral("1235"));
        QVERIFY(!save->isEnabled());
        edits[2]->clear();
        QTest::keyClicks(edits[2], QStringLiteral("1234"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.name(), QStringLiteral("Lò Thị Mai"));
        QCOMPARE(dialog.pin(), QStringLiteral("1234"));
    }

    void pickerChecksPin()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const QList<Clerk> clerks = {Clerk::create(QStringLiteral("Hoa"), QString(), at),
                                     Clerk::create(QStringLiteral("Minh"), QStringLiteral("4321"), at)};
        ClerkPickerDialog picker(clerks, clerks[1].id);
        QCOMPARE(picker.chosen().id, clerks[1].id);
        picker.choose(1, QStringLiteral("0000"));
        picker.accept();
        QCOMPARE(picker.result(), int(QDialog::Rejected)); // wrong PIN: still open
        QVERIFY(!picker.findChildren<QLabel*>().isEmpty());
        picker.choose(1, QStringLiteral("4321"));
        picker.accept();
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.chosen().name, QStringLiteral("Minh"));

        ClerkPickerDialog noPin(clerks, QString());
        noPin.choose(0, QString());
        noPin.accept();
        QCOMPARE(noPin.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestClerkDialogs)
#include "tst_clerkdialogs.moc"
