#include <core/AdminUnitName.h>
#include <core/AdminUnits.h>

#include <QElapsedTimer>
#include <QTest>

using namespace ChoPhien;

namespace {
QStringList codes(const QList<AdminUnit>& units)
{
    QStringList out;
    for (const AdminUnit& u : units)
        out.append(u.code);
    return out;
}
} // namespace

class TestAdminUnits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsTheWholeResource()
    {
        const AdminUnits& units = AdminUnits::instance();
        QCOMPARE(units.provinces().size(), 34);
        QCOMPARE(units.communeCount(), 3321);
        QCOMPARE(units.communesOf(QStringLiteral("01")).size(), 126); // Hà Nội: 51 wards, 75 communes
        QCOMPARE(units.communesOf(QStringLiteral("1")).size(), 126);
    }

    void looksUpByCode()
    {
        const AdminUnits& units = AdminUnits::instance();
        QCOMPARE(units.commune(QStringLiteral("4"))->name, QStringLiteral("Phường Ba Đình"));
        QCOMPARE(units.commune(QStringLiteral("00004"))->provinceCode, QStringLiteral("01"));
        QCOMPARE(units.province(QStringLiteral("68"))->name, QStringLiteral("Tỉnh Lâm Đồng"));
        QVERIFY(!units.commune(QStringLiteral("99999")));
        QVERIFY(!units.commune(QStringLiteral("abc")));
        QCOMPARE(units.fullName(QStringLiteral("00004")), QStringLiteral("Phường Ba Đình, Thành phố Hà Nội"));
        QCOMPARE(units.fullName(QStringLiteral("01")), QStringLiteral("Thành phố Hà Nội"));
        QCOMPARE(units.fullName(QStringLiteral("123456")), QString());
    }

    void findsWithoutDiacriticsOrTypeWord()
    {
        const AdminUnits& units = AdminUnits::instance();
        QCOMPARE(units.search(QStringLiteral("ba dinh")).first().code, QStringLiteral("00004"));
        QCOMPARE(units.search(QStringLiteral("phuong ba dinh")).first().code, QStringLiteral("00004"));
        QCOMPARE(units.search(QStringLiteral("PHƯỜNG BA ĐÌNH")).first().code, QStringLiteral("00004"));
        // Decomposed (NFD) input, as some keyboards and old files give it.
        const QString nfd = QStringLiteral("Phường Ba Đình").normalized(QString::NormalizationForm_D);
        QCOMPARE(units.search(nfd).first().code, QStringLiteral("00004"));
        QCOMPARE(units.search(QStringLiteral("00004")).first().name, QStringLiteral("Phường Ba Đình"));
    }

    void ranksExactBeforePrefixBeforeContains()
    {
        const AdminUnits& units = AdminUnits::instance();
        const QList<AdminUnit> hits = units.search(QStringLiteral("xa tan lap"), 50);
        QVERIFY(hits.size() >= 3);
        // Every exact "Xã Tân Lập" first (communes before the ward of the same name), then longer names.
        QCOMPARE(hits.at(0).name, QStringLiteral("Xã Tân Lập"));
        QCOMPARE(hits.at(1).name, QStringLiteral("Xã Tân Lập"));
        QCOMPARE(hits.at(2).name, QStringLiteral("Xã Tân Lập"));
        QCOMPARE(hits.at(3).name, QStringLiteral("Phường Tân Lập"));
        // A partial word finds names starting with it; a word inside a name comes after.
        const QList<AdminUnit> partial = units.search(QStringLiteral("long"), 500);
        QVERIFY(!partial.isEmpty());
        bool pastPrefixes = false; // names starting with "long" first, then names containing it
        for (const AdminUnit& u : partial) {
            const QString bare = AdminUnitName::withoutType(AdminUnitName::key(u.name));
            QVERIFY2(bare.contains(QStringLiteral("long")), qPrintable(u.name));
            if (!bare.startsWith(QStringLiteral("long")))
                pastPrefixes = true;
            else
                QVERIFY2(!pastPrefixes, qPrintable(u.name));
        }
        QVERIFY(pastPrefixes); // "Xã Tân Long" and the like come last
        const QList<AdminUnit> inside = units.search(QStringLiteral("ba dinh"), 50);
        QVERIFY(inside.size() >= 1);
        for (const AdminUnit& u : inside)
            QVERIFY2(AdminUnitName::key(u.name).contains(QStringLiteral("ba dinh")), qPrintable(u.name));
    }

    void narrowsByProvince()
    {
        const AdminUnits& units = AdminUnits::instance();
        const QList<AdminUnit> inLamDong = units.search(QStringLiteral("Tân Lập, Lâm Đồng"));
        QCOMPARE(codes(inLamDong), QStringList{QStringLiteral("23134")});
        QCOMPARE(units.search(QStringLiteral("tan lap, tinh lam dong")).first().code,
                 QStringLiteral("23134"));
        QCOMPARE(units.search(QStringLiteral("tan lap lam dong")).first().code, QStringLiteral("23134"));
        QVERIFY(units.search(QStringLiteral("Tân Lập, Hà Nội")).isEmpty());
    }

    void unknownTextFindsNothing()
    {
        const AdminUnits& units = AdminUnits::instance();
        QVERIFY(units.search(QStringLiteral("zzzz qqq")).isEmpty());
        QVERIFY(units.search(QStringLiteral("   ")).isEmpty());
        QVERIFY(units.search(QStringLiteral(",,,")).isEmpty());
        QVERIFY(units.search(QString(5000, u'a')).isEmpty());
        QCOMPARE(units.search(QStringLiteral("xa"), 5).size(), 5); // a bare type word is a prefix
    }

    // Measurement for the report: first load and one keystroke's search (both stay well under 50 ms).
    void isFastEnoughForTyping()
    {
        QElapsedTimer timer;
        timer.start();
        const AdminUnits copy = AdminUnits::fromTsv([] {
            QFile f(QStringLiteral(":/admin-units/units-2025.tsv"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(copy.communeCount(), 3321);
        timer.restart();
        const QStringList typed = {QStringLiteral("x"),         QStringLiteral("xa"),
                                   QStringLiteral("xa t"),      QStringLiteral("xa ta"),
                                   QStringLiteral("xa tan"),    QStringLiteral("xa tan l"),
                                   QStringLiteral("xa tan la"), QStringLiteral("xa tan lap")};
        for (const QString& t : typed)
            copy.search(t);
        const double perKey = double(timer.nsecsElapsed()) / 1e6 / double(typed.size());
        qInfo("AdminUnits: load %lld ms, search %.2f ms per keystroke", loadMs, perKey);
        QVERIFY2(loadMs < 200, "loading the 2025 units is far too slow");
        QVERIFY2(perKey < 25.0, "search per keystroke is too slow for the GUI thread");
    }
};

QTEST_GUILESS_MAIN(TestAdminUnits)
#include "tst_adminunits.moc"
