#include <core/PriceChange.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

class TestPriceChange final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromPercent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("basisPoints");
        QTest::newRow("5") << u"5"_qs << true << qint64(500);
        QTest::newRow("+5 %") << u"+5 %"_qs << true << qint64(500);
        QTest::newRow("-10") << u"-10"_qs << true << qint64(-1000);
        QTest::newRow("2,5 decimal comma") << u"2,5"_qs << true << qint64(250);
        QTest::newRow("2.5 decimal point") << u"2.5"_qs << true << qint64(250);
        QTest::newRow("0,01") << u"0,01"_qs << true << qint64(1);
        QTest::newRow("1000 % is the most") << u"1000"_qs << true << qint64(100000);
        QTest::newRow("more than 1000 %") << u"1000,01"_qs << false << qint64(0);
        QTest::newRow("-100 % would give everything away") << u"-100"_qs << false << qint64(0);
        QTest::newRow("three decimals") << u"2,555"_qs << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("words") << u"năm"_qs << false << qint64(0);
        QTest::newRow("two signs") << u"+-5"_qs << false << qint64(0);
    }
    void fromPercent()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, basisPoints);
        const auto change = PriceChange::fromPercent(text);
        QCOMPARE(change.has_value(), valid);
        if (valid)
            QCOMPARE(change->basisPoints, basisPoints);
    }

    void apply_data()
    {
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<qint64>("roundTo");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("+5 % of 120.000") << qint64(500) << qint64(1000) << qint64(120000) << qint64(126000);
        QTest::newRow("+5 % of 85.000 rounds 89.250 down")
            << qint64(500) << qint64(1000) << qint64(85000) << qint64(89000);
        QTest::newRow("+10 % of 45.000 rounds 49.500 up (halves up)")
            << qint64(1000) << qint64(1000) << qint64(45000) << qint64(50000);
        QTest::newRow("-10 % of 35.000 to the đồng")
            << qint64(-1000) << qint64(1) << qint64(35000) << qint64(31500);
        QTest::newRow("+2,5 % of 99.999 to the đồng")
            << qint64(250) << qint64(1) << qint64(99999) << qint64(102499);
        QTest::newRow("to 500 đ") << qint64(300) << qint64(500) << qint64(10000) << qint64(10500);
        QTest::newRow("zero stays zero") << qint64(5000) << qint64(1000) << qint64(0) << qint64(0);
        QTest::newRow("-99,99 % of a small price") << qint64(-9999) << qint64(1) << qint64(5000) << qint64(1);
    }
    void apply()
    {
        QFETCH(qint64, basisPoints);
        QFETCH(qint64, roundTo);
        QFETCH(qint64, price);
        QFETCH(qint64, expected);
        const PriceChange change{basisPoints, roundTo};
        QCOMPARE(change.apply(price), std::optional<Dong>(expected));
    }

    void overflowIsRefused()
    {
        const PriceChange change{500, 1000};
        QCOMPARE(change.apply(std::numeric_limits<qint64>::max() / 2), std::nullopt);
        QCOMPARE(change.apply(-1), std::nullopt);
        QCOMPARE((PriceChange{500, 0}).apply(1000), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestPriceChange)
#include "tst_pricechange.moc"
