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

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("amount");
        // Plain amounts: thousands grouped by '.' or ',', never a decimal part.
        QTest::newRow("dots") << QStringLiteral("25.000") << Dong(25000);
        QTest::newRow("commas") << QStringLiteral("25,000") << Dong(25000);
        QTest::newRow("digits") << QStringLiteral("25000") << Dong(25000);
        QTest::newRow("millions with dots") << QStringLiteral("1.250.000") << Dong(1250000);
        QTest::newRow("millions with commas") << QStringLiteral("1,250,000") << Dong(1250000);
        QTest::newRow("small") << QStringLiteral("500") << Dong(500);
        QTest::newRow("zero") << QStringLiteral("0") << Dong(0);
        QTest::newRow("trimmed") << QStringLiteral("  25.000\t") << Dong(25000);
        // Currency signs and words at the end.
        QTest::newRow("space đ") << QStringLiteral("25.000 đ") << Dong(25000);
        QTest::newRow("đ") << QStringLiteral("25.000đ") << Dong(25000);
        QTest::newRow("Đ") << QStringLiteral("25.000Đ") << Dong(25000);
        QTest::newRow("₫") << QStringLiteral("25.000 ₫") << Dong(25000);
        QTest::newRow("₫ no space") << QStringLiteral("25.000₫") << Dong(25000);
        QTest::newRow("no-break space ₫") << QStringLiteral("25.000\u00a0₫") << Dong(25000);
        QTest::newRow("VND") << QStringLiteral("25.000 VND") << Dong(25000);
        QTest::newRow("vnd") << QStringLiteral("25000vnd") << Dong(25000);
        QTest::newRow("VNĐ") << QStringLiteral("25.000 VNĐ") << Dong(25000);
        QTest::newRow("đồng") << QStringLiteral("25.000 đồng") << Dong(25000);
        QTest::newRow("d without diacritics") << QStringLiteral("25000d") << Dong(25000);
        QTest::newRow("dong without diacritics") << QStringLiteral("25000 dong") << Dong(25000);
        // Multipliers.
        QTest::newRow("k") << QStringLiteral("25k") << Dong(25000);
        QTest::newRow("K") << QStringLiteral("25K") << Dong(25000);
        QTest::newRow("k with space") << QStringLiteral("25 k") << Dong(25000);
        QTest::newRow("k then đ") << QStringLiteral("25kđ") << Dong(25000);
        QTest::newRow("decimal k") << QStringLiteral("2,5k") << Dong(2500);
        QTest::newRow("nghìn") << QStringLiteral("25 nghìn") << Dong(25000);
        QTest::newRow("ngàn") << QStringLiteral("25 ngàn đồng") << Dong(25000);
        QTest::newRow("nghin") << QStringLiteral("25 nghin") << Dong(25000);
        QTest::newRow("triệu with comma") << QStringLiteral("1,2 triệu") << Dong(1200000);
        QTest::newRow("triệu with dot") << QStringLiteral("1.2 triệu") << Dong(1200000);
        QTest::newRow("whole triệu") << QStringLiteral("2 triệu") << Dong(2000000);
        QTest::newRow("TRIỆU") << QStringLiteral("2 TRIỆU") << Dong(2000000);
        QTest::newRow("trieu") << QStringLiteral("2 trieu") << Dong(2000000);
        QTest::newRow("tr") << QStringLiteral("1,5tr") << Dong(1500000);
        QTest::newRow("tr with dot") << QStringLiteral("1.5tr") << Dong(1500000);
        QTest::newRow("six decimals of triệu") << QStringLiteral("1,234567 triệu") << Dong(1234567);
        QTest::newRow("tỷ") << QStringLiteral("1,5 tỷ") << Dong(1500000000);
        QTest::newRow("tỉ") << QStringLiteral("2 tỉ") << Dong(2000000000);
        QTest::newRow("thousands before multiplier") << QStringLiteral("1.500 tỷ") << Dong(1500000000000);
        QTest::newRow("triệu đồng") << QStringLiteral("2 triệu đồng") << Dong(2000000);
        // Spoken shorthand.
        QTest::newRow("1tr2") << QStringLiteral("1tr2") << Dong(1200000);
        QTest::newRow("1tr25") << QStringLiteral("1tr25") << Dong(1250000);
        QTest::newRow("1tr250") << QStringLiteral("1tr250") << Dong(1250000);
        QTest::newRow("1tr05") << QStringLiteral("1tr05") << Dong(1050000);
        QTest::newRow("2k5") << QStringLiteral("2k5") << Dong(2500);
        QTest::newRow("1 triệu 2") << QStringLiteral("1 triệu 2") << Dong(1200000);
        QTest::newRow("1 tỷ 2") << QStringLiteral("1 tỷ 2") << Dong(1200000000);
        QTest::newRow("1TR2 đ") << QStringLiteral("1TR2 đ") << Dong(1200000);
        // Compound amounts.
        QTest::newRow("1tr200k") << QStringLiteral("1tr200k") << Dong(1200000);
        QTest::newRow("1 tỷ 250 triệu") << QStringLiteral("1 tỷ 250 triệu") << Dong(1250000000);
        QTest::newRow("1 triệu 500 nghìn đồng") << QStringLiteral("1 triệu 500 nghìn đồng") << Dong(1500000);
        QTest::newRow("1tr200k5") << QStringLiteral("1tr200k5") << Dong(1200500);
        // NFC and NFD spell the words the same.
        QTest::newRow("NFD triệu") << QStringLiteral("1,2 trie\u0302\u0323u") << Dong(1200000);
        QTest::newRow("NFD nghìn") << QStringLiteral("25 nghi\u0300n") << Dong(25000);
        QTest::newRow("NFD đồng") << QStringLiteral("25.000 đo\u0302\u0300ng") << Dong(25000);
        QTest::newRow("NFD tỷ") << QStringLiteral("3 ty\u0309") << Dong(3000000000);
        // Limits.
        QTest::newRow("max") << QStringLiteral("9.223.372.036.854.775.807")
                             << std::numeric_limits<Dong>::max();
        QTest::newRow("max in tỷ") << QStringLiteral("9223372036,854775807 tỷ")
                                   << std::numeric_limits<Dong>::max();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, amount);
        const std::optional<Dong> parsed = Money::parse(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, amount);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("currency only") << QStringLiteral("đ");
        QTest::newRow("multiplier only") << QStringLiteral("triệu");
        QTest::newRow("negative") << QStringLiteral("-25.000");
        QTest::newRow("negative k") << QStringLiteral("-25k");
        QTest::newRow("minus sign") << QStringLiteral("\u221225000");
        QTest::newRow("plus") << QStringLiteral("+25000");
        QTest::newRow("decimals of đồng") << QStringLiteral("25.000,5");
        QTest::newRow("zero decimals of đồng") << QStringLiteral("25.000,00");
        QTest::newRow("English decimals") << QStringLiteral("25,000.50");
        QTest::newRow("decimal without multiplier") << QStringLiteral("25,5");
        QTest::newRow("dot decimal without multiplier") << QStringLiteral("1.5");
        QTest::newRow("bad grouping") << QStringLiteral("25.00");
        QTest::newRow("mixed separators") << QStringLiteral("1.250,000");
        QTest::newRow("leading zero group") << QStringLiteral("0.500");
        QTest::newRow("trailing separator") << QStringLiteral("25.");
        QTest::newRow("leading separator") << QStringLiteral(".500");
        QTest::newRow("inner space") << QStringLiteral("25 000");
        QTest::newRow("fraction of a đồng via k") << QStringLiteral("1,2345k");
        QTest::newRow("trăm") << QStringLiteral("5 trăm");
        QTest::newRow("trăm nghìn") << QStringLiteral("2 trăm nghìn");
        QTest::newRow("unknown word") << QStringLiteral("25 đô");
        QTest::newRow("USD") << QStringLiteral("25 USD");
        QTest::newRow("currency in front") << QStringLiteral("₫25.000");
        QTest::newRow("VND in front") << QStringLiteral("VND 25000");
        QTest::newRow("two currency signs") << QStringLiteral("25.000 đ đ");
        QTest::newRow("currency in the middle") << QStringLiteral("25đ000");
        QTest::newRow("shorthand after decimal") << QStringLiteral("1,5tr2");
        QTest::newRow("shorthand too long") << QStringLiteral("1tr2505");
        QTest::newRow("shorthand with separator") << QStringLiteral("1tr2,5");
        QTest::newRow("increasing multipliers") << QStringLiteral("200k 1tr");
        QTest::newRow("same multiplier twice") << QStringLiteral("1tr 2tr");
        QTest::newRow("part not smaller") << QStringLiteral("1tr 2000k");
        QTest::newRow("two numbers") << QStringLiteral("25 000 đ");
        QTest::newRow("fullwidth digits") << QStringLiteral("２５０００");
        QTest::newRow("overflow") << QStringLiteral("9.223.372.036.854.775.808");
        QTest::newRow("overflow digits") << QStringLiteral("99999999999999999999");
        QTest::newRow("overflow with multiplier") << QStringLiteral("9223372037 tỷ");
        QTest::newRow("overflow in a sum") << QStringLiteral("9223372036 tỷ 855 triệu");
        QTest::newRow("garbage") << QStringLiteral("hai mươi lăm nghìn");
    }
    void parseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY2(!Money::parse(text), qPrintable(text));
    }

    void formatParsesBack()
    {
        const Dong samples[] = {
            0, 1, 999, 1000, 25000, 1250000, 9'007'199'254'740'993, std::numeric_limits<Dong>::max()};
        for (const Dong amount : samples) {
            const QString text = Money::format(amount);
            const std::optional<Dong> back = Money::parse(text);
            QVERIFY2(back, qPrintable(text));
            QCOMPARE(*back, amount);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
