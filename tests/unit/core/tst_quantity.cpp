#include <core/Quantity.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

class TestQuantity final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << MilliQuantity(3000) << QStringLiteral("3");
        QTest::newRow("half") << MilliQuantity(2500) << QStringLiteral("2,5");
        QTest::newRow("grouped") << MilliQuantity(1500500) << QStringLiteral("1.500,5");
        QTest::newRow("thousandths") << MilliQuantity(125) << QStringLiteral("0,125");
        QTest::newRow("negative") << MilliQuantity(-3000) << QStringLiteral("-3");
        QTest::newRow("min") << std::numeric_limits<MilliQuantity>::min()
                             << QStringLiteral("-9.223.372.036.854.775,808");
    }
    void format()
    {
        QFETCH(qint64, milli);
        QFETCH(QString, text);
        QCOMPARE(Quantity::format(milli), text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::newRow("decimal comma") << QStringLiteral("2,5") << MilliQuantity(2500);
        QTest::newRow("grouped with decimals") << QStringLiteral("1.500,5") << MilliQuantity(1500500);
        QTest::newRow("plain") << QStringLiteral("1500") << MilliQuantity(1500000);
        QTest::newRow("thousandths") << QStringLiteral("0,125") << MilliQuantity(125);
        QTest::newRow("one thousandth") << QStringLiteral("0,001") << MilliQuantity(1);
        QTest::newRow("negative") << QStringLiteral("-3") << MilliQuantity(-3000);
        QTest::newRow("negative decimal") << QStringLiteral("-0,5") << MilliQuantity(-500);
        QTest::newRow("zero") << QStringLiteral("0") << MilliQuantity(0);
        QTest::newRow("dot as thousands") << QStringLiteral("1.500") << MilliQuantity(1500000);
        QTest::newRow("dots as thousands") << QStringLiteral("1.500.000") << MilliQuantity(1500000000);
        QTest::newRow("dot as decimal point") << QStringLiteral("2.5") << MilliQuantity(2500);
        QTest::newRow("dot before two digits") << QStringLiteral("2.25") << MilliQuantity(2250);
        QTest::newRow("dot after 0") << QStringLiteral("0.125") << MilliQuantity(125);
        QTest::newRow("dot after four digits") << QStringLiteral("1234.567") << MilliQuantity(1234567);
        QTest::newRow("exact extra zeros") << QStringLiteral("2,5000") << MilliQuantity(2500);
        QTest::newRow("trimmed") << QStringLiteral(" 2,5 ") << MilliQuantity(2500);
        QTest::newRow("max") << QStringLiteral("9.223.372.036.854.775,807")
                             << std::numeric_limits<MilliQuantity>::max();
        QTest::newRow("min") << QStringLiteral("-9.223.372.036.854.775,808")
                             << std::numeric_limits<MilliQuantity>::min();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        const std::optional<MilliQuantity> parsed = Quantity::parse(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, milli);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" ");
        QTest::newRow("four decimals") << QStringLiteral("0,1234");
        QTest::newRow("four decimals after dot") << QStringLiteral("2.1234");
        QTest::newRow("garbage") << QStringLiteral("hai");
        QTest::newRow("unit") << QStringLiteral("2,5 kg");
        QTest::newRow("inner space") << QStringLiteral("1 500");
        QTest::newRow("English grouping") << QStringLiteral("1,500.5");
        QTest::newRow("two commas") << QStringLiteral("1,500,000");
        QTest::newRow("bad grouping") << QStringLiteral("1.50.000");
        QTest::newRow("fullwidth") << QStringLiteral("２");
        QTest::newRow("overflow") << QStringLiteral("9.223.372.036.854.776");
        QTest::newRow("max + 0,001") << QStringLiteral("9.223.372.036.854.775,808");
        QTest::newRow("min - 0,001") << QStringLiteral("-9.223.372.036.854.775,809");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY(!Quantity::parse(text));
    }

    void formatParsesBack()
    {
        const MilliQuantity samples[] = {
            0,
            1,
            10,
            100,
            999,
            1000,
            1001,
            1500,
            2500,
            125,
            999999,
            1000000,
            1500500,
            12345678,
            -1,
            -999,
            -1500500,
            1000001,
            100000000,
            123456789,
            500000000,
            999000,
            1000999000,
            std::numeric_limits<MilliQuantity>::max(),
            std::numeric_limits<MilliQuantity>::min(),
        };
        for (const MilliQuantity milli : samples) {
            const QString text = Quantity::format(milli);
            const std::optional<MilliQuantity> back = Quantity::parse(text);
            QVERIFY2(back, qPrintable(text));
            QCOMPARE(*back, milli);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
