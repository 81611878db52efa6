#include <core/Money.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

class TestMoney final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("text");
        QTest::newRow("typical price") << Dong(1250000) << QStringLiteral("1.250.000\u00a0₫");
        QTest::newRow("zero") << Dong(0) << QStringLiteral("0\u00a0₫");
        QTest::newRow("below a thousand") << Dong(999) << QStringLiteral("999\u00a0₫");
        QTest::newRow("exactly a thousand") << Dong(1000) << QStringLiteral("1.000\u00a0₫");
        QTest::newRow("negative") << Dong(-1250000) << QStringLiteral("-1.250.000\u00a0₫");
        QTest::newRow("small negative") << Dong(-5) << QStringLiteral("-5\u00a0₫");
        QTest::newRow("9e15 exact") << Dong(9'000'000'000'000'000)
                                    << QStringLiteral("9.000.000.000.000.000\u00a0₫");
        // 2^53 + 1 has no exact double: only an all-integer path prints its last digit right.
        QTest::newRow("2^53 + 1") << Dong(9'007'199'254'740'993)
                                  << QStringLiteral("9.007.199.254.740.993\u00a0₫");
        QTest::newRow("max") << std::numeric_limits<Dong>::max()
                             << QStringLiteral("9.223.372.036.854.775.807\u00a0₫");
        QTest::newRow("min") << std::numeric_limits<Dong>::min()
                             << QStringLiteral("-9.223.372.036.854.775.808\u00a0₫");
    }
    void format()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, text);
        QCOMPARE(Money::format(amount), text);
    }

    void formatIgnoresTheDefaultLocale()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = Money::format(1250000);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = Money::format(1250000);
        QLocale::setDefault(previous);
        QCOMPARE(text, QStringLiteral("1.250.000\u00a0₫"));
        QCOMPARE(german, text);
    }

    void signIsSeparatedByANoBreakSpace()
    {
        const QString text = Money::format(42);
        QVERIFY(text.endsWith(u"\u00a0₫"));
        QVERIFY(!text.contains(u' '));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
