#include <core/DateText.h>

#include <QLocale>
#include <QTest>

using namespace ChoPhien;

class TestDateText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vietnameseOrderWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // an "English OS"
        QCOMPARE(DateText::date(QDate(2026, 12, 3)), QStringLiteral("03/12/2026"));
        QCOMPARE(DateText::date(QDate()), QString());
        const QDateTime at(QDate(2026, 11, 23), QTime(8, 5), Qt::LocalTime);
        QCOMPARE(DateText::dateTime(at), QStringLiteral("23/11/2026 08:05"));
        QCOMPARE(DateText::storedDateTime(at.toUTC().toString(Qt::ISODateWithMs)),
                 QStringLiteral("23/11/2026 08:05"));
        QCOMPARE(DateText::storedDateTime(QStringLiteral("not a time")), QString());
    }
};

QTEST_APPLESS_MAIN(TestDateText)
#include "tst_datetext.moc"
