#include <core/UnitConversion.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestUnitConversion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toBase_data()
    {
        QTest::addColumn<qint64>("perUnit");
        QTest::addColumn<qint64>("qtyInUnit");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<qint64>("qtyInBase");
        QTest::newRow("1 bao = 50 kg") << qint64(50000) << qint64(1000) << true << qint64(50000);
        QTest::newRow("0,5 bao") << qint64(50000) << qint64(500) << true << qint64(25000);
        QTest::newRow("0,001 bao = 50 g") << qint64(50000) << qint64(1) << true << qint64(50);
        QTest::newRow("2 thùng of 24 chai") << qint64(24000) << qint64(2000) << true << qint64(48000);
        QTest::newRow("negative (a return)") << qint64(50000) << qint64(-1500) << true << qint64(-75000);
        QTest::newRow("zero") << qint64(50000) << qint64(0) << true << qint64(0);
        QTest::newRow("identity") << qint64(1000) << qint64(1234) << true << qint64(1234);
        QTest::newRow("gói of 0,5 kg, 2 thousandths") << qint64(500) << qint64(2) << true << qint64(1);
        QTest::newRow("gói of 0,5 kg, 1 thousandth is inexact")
            << qint64(500) << qint64(1) << false << qint64(0);
        QTest::newRow("0,333 kg unit, inexact") << qint64(333) << qint64(1) << false << qint64(0);
        QTest::newRow("0,333 kg unit, 3 units") << qint64(333) << qint64(3000) << true << qint64(999);
        QTest::newRow("largest that fits") << qint64(50000) << kMax / 50 << true << (kMax / 50) * 50;
        QTest::newRow("overflow") << qint64(50000) << kMax / 50 + 1 << false << qint64(0);
        QTest::newRow("negative overflow") << qint64(50000) << kMin / 50 - 1 << false << qint64(0);
        // The product qty × perUnit would overflow although the result fits: still exact.
        QTest::newRow("no spurious overflow") << qint64(2000) << kMax / 2 - 1 << true << kMax - 3;
        QTest::newRow("min identity") << qint64(1000) << kMin << true << kMin;
    }
    void toBase()
    {
        QFETCH(qint64, perUnit);
        QFETCH(qint64, qtyInUnit);
        QFETCH(bool, exact);
        QFETCH(qint64, qtyInBase);
        const UnitConversion conversion{QStringLiteral("bao"), perUnit};
        const std::optional<MilliQuantity> result = conversion.toBase(qtyInUnit);
        QCOMPARE(result.has_value(), exact);
        if (exact)
            QCOMPARE(*result, qtyInBase);
    }

    void fromBase_data()
    {
        QTest::addColumn<qint64>("perUnit");
        QTest::addColumn<qint64>("qtyInBase");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<qint64>("qtyInUnit");
        QTest::newRow("50 kg = 1 bao") << qint64(50000) << qint64(50000) << true << qint64(1000);
        QTest::newRow("25 kg = 0,5 bao") << qint64(50000) << qint64(25000) << true << qint64(500);
        QTest::newRow("1 kg = 0,02 bao") << qint64(50000) << qint64(1000) << true << qint64(20);
        QTest::newRow("1 g of a bao is inexact") << qint64(50000) << qint64(1) << false << qint64(0);
        QTest::newRow("1 chai of a 24-chai thùng is inexact")
            << qint64(24000) << qint64(1000) << false << qint64(0);
        QTest::newRow("6 chai = 0,25 thùng") << qint64(24000) << qint64(6000) << true << qint64(250);
        QTest::newRow("negative") << qint64(50000) << qint64(-25000) << true << qint64(-500);
        QTest::newRow("0,5 kg gói") << qint64(500) << qint64(1) << true << qint64(2);
        QTest::newRow("0,5 kg gói overflow") << qint64(500) << kMax / 2 + 1 << false << qint64(0);
        QTest::newRow("largest for 0,5 kg gói") << qint64(500) << kMax / 2 << true << (kMax / 2) * 2;
        // qtyInBase × 1000 would overflow although the result fits: still exact.
        QTest::newRow("no spurious overflow") << qint64(50000) << (kMax / 50) * 50 << true << kMax / 50;
        QTest::newRow("min identity") << qint64(1000) << kMin << true << kMin;
    }
    void fromBase()
    {
        QFETCH(qint64, perUnit);
        QFETCH(qint64, qtyInBase);
        QFETCH(bool, exact);
        QFETCH(qint64, qtyInUnit);
        const UnitConversion conversion{QStringLiteral("bao"), perUnit};
        const std::optional<MilliQuantity> result = conversion.fromBase(qtyInBase);
        QCOMPARE(result.has_value(), exact);
        if (exact)
            QCOMPARE(*result, qtyInUnit);
    }

    void roundTrips()
    {
        const qint64 perUnits[] = {1, 7, 125, 333, 500, 1000, 1500, 24000, 50000, 1000000};
        for (const qint64 perUnit : perUnits) {
            const UnitConversion conversion{QStringLiteral("đơn vị"), perUnit};
            for (qint64 qty = -3000; qty <= 3000; qty += 7) {
                if (const std::optional<MilliQuantity> base = conversion.toBase(qty)) {
                    const std::optional<MilliQuantity> back = conversion.fromBase(*base);
                    QVERIFY(back);
                    QCOMPARE(*back, qty);
                }
                if (const std::optional<MilliQuantity> unit = conversion.fromBase(qty)) {
                    const std::optional<MilliQuantity> back = conversion.toBase(*unit);
                    QVERIFY(back);
                    QCOMPARE(*back, qty);
                }
            }
        }
    }

    void exactnessMatchesArithmetic()
    {
        // toBase succeeds exactly when qty × perUnit is a multiple of 1000 (small values cannot overflow).
        const qint64 perUnits[] = {1, 7, 125, 333, 500, 1000, 1500, 24000, 50000};
        for (const qint64 perUnit : perUnits) {
            const UnitConversion conversion{QStringLiteral("x"), perUnit};
            for (qint64 qty = -2000; qty <= 2000; ++qty) {
                const std::optional<MilliQuantity> base = conversion.toBase(qty);
                QCOMPARE(base.has_value(), (qty * perUnit) % 1000 == 0);
                if (base)
                    QCOMPARE(*base, qty * perUnit / 1000);
                const std::optional<MilliQuantity> unit = conversion.fromBase(qty);
                QCOMPARE(unit.has_value(), (qty * 1000) % perUnit == 0);
                if (unit)
                    QCOMPARE(*unit, qty * 1000 / perUnit);
            }
        }
    }

    void invalidConversionsRefuse_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("perUnit");
        QTest::newRow("zero per unit") << QStringLiteral("bao") << qint64(0);
        QTest::newRow("negative per unit") << QStringLiteral("bao") << qint64(-50000);
        QTest::newRow("no unit name") << QString() << qint64(50000);
    }
    void invalidConversionsRefuse()
    {
        QFETCH(QString, unit);
        QFETCH(qint64, perUnit);
        const UnitConversion conversion{unit, perUnit};
        QVERIFY(!conversion.isValid());
        QVERIFY(!conversion.toBase(1000));
        QVERIFY(!conversion.fromBase(1000));
    }

    void defaultIsOneToOne()
    {
        UnitConversion conversion;
        QVERIFY(!conversion.isValid()); // no unit name yet
        conversion.unit = QStringLiteral("kg");
        QVERIFY(conversion.isValid());
        QCOMPARE(conversion.toBase(2500), MilliQuantity(2500));
        QVERIFY(conversion == (UnitConversion{QStringLiteral("kg"), kMilliPerUnit}));
    }
};

QTEST_GUILESS_MAIN(TestUnitConversion)
#include "tst_unitconversion.moc"
