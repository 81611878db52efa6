#include <core/DecimalNumber.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

class TestDecimalNumber final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("negative");
        QTest::addColumn<quint64>("digits");
        QTest::addColumn<int>("scale");
        QTest::newRow("integer") << QStringLiteral("1500") << false << quint64(1500) << 0;
        QTest::newRow("decimal comma") << QStringLiteral("2,5") << false << quint64(25) << 1;
        QTest::newRow("grouped with comma") << QStringLiteral("1.500,5") << false << quint64(15005) << 1;
        QTest::newRow("single dot before three digits")
            << QStringLiteral("1.500") << false << quint64(1500) << 0;
        QTest::newRow("single dot before one digit") << QStringLiteral("2.5") << false << quint64(25) << 1;
        QTest::newRow("single dot before two digits") << QStringLiteral("2.50") << false << quint64(25) << 1;
        QTest::newRow("leading zero makes dot decimal")
            << QStringLiteral("0.125") << false << quint64(125) << 3;
        QTest::newRow("four digits before dot")
            << QStringLiteral("1234.567") << false << quint64(1234567) << 3;
        QTest::newRow("several dots") << QStringLiteral("1.500.000") << false << quint64(1500000) << 0;
        QTest::newRow("trailing fraction zeros dropped")
            << QStringLiteral("2,5000") << false << quint64(25) << 1;
        QTest::newRow("inner fraction zeros kept") << QStringLiteral("0,105") << false << quint64(105) << 3;
        QTest::newRow("negative") << QStringLiteral("-3") << true << quint64(3) << 0;
        QTest::newRow("minus sign U+2212") << QStringLiteral("\u22122,5") << true << quint64(25) << 1;
        QTest::newRow("surrounding spaces") << QStringLiteral("  2,5\t") << false << quint64(25) << 1;
        QTest::newRow("leading zeros") << QStringLiteral("007") << false << quint64(7) << 0;
        QTest::newRow("max quint64") << QStringLiteral("18446744073709551615") << false
                                     << std::numeric_limits<quint64>::max() << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, negative);
        QFETCH(quint64, digits);
        QFETCH(int, scale);
        const std::optional<DecimalNumber> number = DecimalNumber::parse(text);
        QVERIFY(number);
        QCOMPARE(number->negative, negative);
        QCOMPARE(number->digits, digits);
        QCOMPARE(number->scale, scale);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("sign only") << QStringLiteral("-");
        QTest::newRow("double sign") << QStringLiteral("--3");
        QTest::newRow("plus") << QStringLiteral("+3");
        QTest::newRow("two commas") << QStringLiteral("1,5,0");
        QTest::newRow("English order") << QStringLiteral("1,500.5");
        QTest::newRow("leading comma") << QStringLiteral(",5");
        QTest::newRow("trailing comma") << QStringLiteral("5,");
        QTest::newRow("trailing dot") << QStringLiteral("5.");
        QTest::newRow("leading dot") << QStringLiteral(".5");
        QTest::newRow("double dot") << QStringLiteral("1..5");
        QTest::newRow("bad group") << QStringLiteral("1.50.000");
        QTest::newRow("long first group") << QStringLiteral("1500.000.000");
        QTest::newRow("zero first group") << QStringLiteral("0.500.000");
        QTest::newRow("bad group before comma") << QStringLiteral("15.00,5");
        QTest::newRow("inner space") << QStringLiteral("1 500");
        QTest::newRow("unit") << QStringLiteral("2 kg");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("fullwidth") << QStringLiteral("２,５");
        QTest::newRow("too many digits") << QStringLiteral("18446744073709551616");
        QTest::newRow("too many significant decimals") << QStringLiteral("0,18446744073709551616");
    }
    void refused()
    {
        QFETCH(QString, text);
        QVERIFY(!DecimalNumber::parse(text));
    }

    void scaled_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("exact");
        QTest::newRow("2,5 in thousandths") << QStringLiteral("2,5") << 3 << qint64(2500) << true;
        QTest::newRow("2,5 whole") << QStringLiteral("2,5") << 0 << qint64(0) << false;
        QTest::newRow("0,125 in hundredths") << QStringLiteral("0,125") << 2 << qint64(0) << false;
        QTest::newRow("negative") << QStringLiteral("-1,5") << 3 << qint64(-1500) << true;
        QTest::newRow("negative zero") << QStringLiteral("-0") << 3 << qint64(0) << true;
        QTest::newRow("zero with decimals") << QStringLiteral("0,000") << 0 << qint64(0) << true;
        QTest::newRow("max") << QStringLiteral("9223372036854775807") << 0
                             << std::numeric_limits<qint64>::max() << true;
        QTest::newRow("max + 1") << QStringLiteral("9223372036854775808") << 0 << qint64(0) << false;
        QTest::newRow("min") << QStringLiteral("-9223372036854775808") << 0
                             << std::numeric_limits<qint64>::min() << true;
        QTest::newRow("min - 1") << QStringLiteral("-9223372036854775809") << 0 << qint64(0) << false;
        QTest::newRow("tiny fraction is not thousandths")
            << QStringLiteral("0,00000000000000000000001") << 3 << qint64(0) << false;
        QTest::newRow("scaling overflows") << QStringLiteral("10000000000000000") << 3 << qint64(0) << false;
    }
    void scaled()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, value);
        QFETCH(bool, exact);
        const std::optional<DecimalNumber> number = DecimalNumber::parse(text);
        QVERIFY(number);
        const std::optional<qint64> result = number->scaled(decimals);
        QCOMPARE(result.has_value(), exact);
        if (exact)
            QCOMPARE(*result, value);
    }
};

QTEST_GUILESS_MAIN(TestDecimalNumber)
#include "tst_decimalnumber.moc"
