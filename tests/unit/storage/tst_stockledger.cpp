#include <core/Ids.h>
#include <storage/AuditTrail.h>
#include <storage/ProductRepository.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <limits>

using namespace ChoPhien;
using namespace ChoPhien::Test;

Q_DECLARE_METATYPE(ChoPhien::StockLedger::Reason)

namespace {
const QDateTime kAt(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 movementCount(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements"));
}

qint64 auditCount(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

LotDetails lotDetails(const QString& code, const QDate& expires = {}, const QString& supplier = {})
{
    LotDetails d;
    d.code = code;
    d.expiresOn = expires;
    d.supplier = supplier;
    return d;
}
} // namespace

class TestStockLedger final : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kAt};

    // A workspace with one product; returns its id.
    static QString addProduct(TempWorkspace& temp, const Clock& clock,
                              const QString& sku = QStringLiteral("MO"))
    {
        ProductSummary p;
        p.id = Ids::newId();
        p.name = QStringLiteral("Mật ong rừng");
        p.sku = sku;
        p.unit = QStringLiteral("chai");
        p.price = 250000;
        WriteTransaction tx(temp.workspace().database(), temp.actor(), clock);
        return ProductRepository::insert(tx, p) && tx.commit() ? p.id : QString();
    }

    // Runs one ledger write in its own transaction; returns the lot received into (receive only).
    template <typename Write>
    static bool write(TempWorkspace& temp, const Clock& clock, Write&& w, StorageError* error = nullptr)
    {
        WriteTransaction tx(temp.workspace().database(), temp.actor(), clock);
        const bool ok = w(tx) && tx.commit();
        if (error)
            *error = tx.error();
        return ok;
    }

    QString receiveLot(TempWorkspace& temp, const QString& productId, MilliQuantity quantity,
                       const LotDetails& details)
    {
        Lot lot;
        const bool ok = write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::receive(tx, productId, quantity, details, nullptr, &lot);
        });
        return ok ? lot.id : QString();
    }

private Q_SLOTS:
    void reasonCodes_data()
    {
        QTest::addColumn<StockLedger::Reason>("reason");
        QTest::addColumn<QString>("code");
        QTest::newRow("received") << StockLedger::Reason::Received << QStringLiteral("received");
        QTest::newRow("sold online") << StockLedger::Reason::SoldOnline << QStringLiteral("sold_online");
        QTest::newRow("sold offline") << StockLedger::Reason::SoldOffline << QStringLiteral("sold_offline");
        QTest::newRow("spoiled") << StockLedger::Reason::Spoiled << QStringLiteral("spoiled");
        QTest::newRow("returned") << StockLedger::Reason::Returned << QStringLiteral("returned");
        QTest::newRow("adjustment") << StockLedger::Reason::Adjustment << QStringLiteral("adjustment");
    }
    void reasonCodes()
    {
        QFETCH(StockLedger::Reason, reason);
        QFETCH(QString, code);
        QCOMPARE(StockLedger::reasonCode(reason), code);
        // Every code is one the schema accepts.
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        QVERIFY(!id.isEmpty());
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY2(StockLedger::record(tx, id, 1000, reason), qPrintable(tx.error().detail()));
        QVERIFY(tx.commit());
    }

    void recordIsAttributedAndTimed()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        m_clock.advanceSecs(60);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, id, -2500, StockLedger::Reason::Spoiled,
                                        QStringLiteral(" Vo\u031B\u0303 chai ")));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(temp.workspace().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, product_id, delta_milli, reason, at, by_clerk, note FROM "
                                      "stock_movements")));
        QVERIFY(q.next());
        QVERIFY(Ids::isValid(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), id);
        QCOMPARE(q.value(2).toLongLong(), -2500);
        QCOMPARE(q.value(3).toString(), QStringLiteral("spoiled"));
        QCOMPARE(q.value(4).toString(), toStoredTime(m_clock.now()));
        QCOMPARE(q.value(5).toString(), temp.clerkId());
        QCOMPARE(q.value(6).toString(), QStringLiteral("Vỡ chai"));
        QVERIFY(!q.next());
    }

    void onHandSumsEveryMovement()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString honey = addProduct(temp, m_clock, QStringLiteral("MO"));
        const QString other = addProduct(temp, m_clock, QStringLiteral("OTHER"));
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), 0);
        const QList<std::pair<MilliQuantity, StockLedger::Reason>> moves = {
            {60'000, StockLedger::Reason::Received},    {-3'000, StockLedger::Reason::SoldOnline},
            {-1'000, StockLedger::Reason::SoldOffline}, {1'000, StockLedger::Reason::Returned},
            {-250, StockLedger::Reason::Spoiled},       {-750, StockLedger::Reason::Adjustment},
        };
        MilliQuantity expected = 0;
        for (const auto& [delta, reason] : moves) {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, honey, delta, reason));
            QVERIFY(StockLedger::record(tx, other, 7, StockLedger::Reason::Received));
            QVERIFY(tx.commit());
            expected += delta;
            QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), expected);
        }
        QCOMPARE(expected, MilliQuantity(56'000));
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), other), MilliQuantity(7 * moves.size()));
        // Large quantities stay exact (no floating point anywhere).
        WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
        QVERIFY(StockLedger::record(tx, honey, 9'007'199'254'740'993LL, StockLedger::Reason::Received));
        QVERIFY(tx.commit());
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), honey), 9'007'199'254'740'993LL + 56'000);
    }

    void rolledBackMovementsDoNotCount()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(StockLedger::record(tx, id, 5000, StockLedger::Reason::Received));
        }
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), id), 0);
    }

    void invalidMovementsAreRejected()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        const QString id = addProduct(temp, m_clock);
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(!StockLedger::record(tx, id, 0, StockLedger::Reason::Adjustment)); // a zero movement
            QVERIFY(tx.error());
            QVERIFY(!tx.commit());
        }
        {
            WriteTransaction tx(temp.workspace().database(), temp.actor(), m_clock);
            QVERIFY(!StockLedger::record(tx, Ids::newId(), 1000,
                                         StockLedger::Reason::Received)); // no such product
            QVERIFY(!tx.commit());
        }
        {
            WriteTransaction tx(temp.workspace().database(), Actor{Ids::newId()}, m_clock);
            QVERIFY(!StockLedger::record(tx, id, 1000, StockLedger::Reason::Received)); // no such clerk
            QVERIFY(!tx.commit());
        }
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), id), 0);
        QCOMPARE(StockLedger::onHand(temp.workspace().database(), Ids::newId()), 0);
    }

    void reasonCodesRoundTrip()
    {
        for (auto reason : {StockLedger::Reason::Received, StockLedger::Reason::SoldOnline,
                            StockLedger::Reason::SoldOffline, StockLedger::Reason::Spoiled,
                            StockLedger::Reason::Returned, StockLedger::Reason::Adjustment}) {
            QCOMPARE(StockLedger::reasonFromCode(StockLedger::reasonCode(reason)), reason);
            QVERIFY(!StockLedger::reasonLabel(reason).isEmpty());
        }
        QVERIFY(!StockLedger::reasonFromCode(QStringLiteral("stolen")));
    }

    void receiveMakesALotAndAMovement()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        LotDetails details = lotDetails(QStringLiteral("LO\u0302-2026-11"), QDate(2027, 5, 2),
                                        QStringLiteral(" Hộ Lò Văn Páo "));
        details.harvestedOn = QDate(2026, 11, 2);
        const qint64 auditBefore = auditCount(db);
        QList<StockLedger::Movement> recorded;
        Lot lot;
        {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(StockLedger::receive(tx, id, 2500, details, &recorded, &lot));
            QVERIFY(tx.commit());
        }
        QCOMPARE(lot.code, QStringLiteral("LÔ-2026-11")); // NFC
        QCOMPARE(lot.onHand, 2500);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].delta, 2500);
        QCOMPARE(recorded[0].reason, StockLedger::Reason::Received);
        QCOMPARE(recorded[0].lotId, lot.id);
        QCOMPARE(recorded[0].lotCode, lot.code);

        const QList<Lot> lots = StockLedger::lots(db, id);
        QCOMPARE(lots.size(), 1);
        QCOMPARE(lots[0].id, lot.id);
        QCOMPARE(lots[0].productId, id);
        QCOMPARE(lots[0].harvestedOn, QDate(2026, 11, 2));
        QVERIFY(!lots[0].producedOn.isValid());
        QCOMPARE(lots[0].expiresOn, QDate(2027, 5, 2));
        QCOMPARE(lots[0].supplier, QStringLiteral("Hộ Lò Văn Páo"));
        QCOMPARE(lots[0].receivedAt, toStoredTime(m_clock.now()));
        QCOMPARE(lots[0].onHand, 2500);
        QCOMPARE(StockLedger::onHand(db, id), 2500);
        QCOMPARE(StockLedger::onHandInLot(db, lot.id), 2500);
        QCOMPARE(StockLedger::onHandInNoLot(db, id), 0);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM lots WHERE created_by = '%1'").arg(temp.clerkId())),
            1);

        // One audit line: who received how much of what, into which lot.
        QCOMPARE(auditCount(db), auditBefore + 1);
        const AuditEntry entry = AuditTrail::recent(db, 1).constFirst();
        QCOMPARE(entry.action, QStringLiteral("receive"));
        QCOMPARE(entry.entity, QStringLiteral("stock"));
        QCOMPARE(entry.entityId, id);
        QCOMPARE(entry.clerkId, temp.clerkId());
        QCOMPARE(entry.at, toStoredTime(m_clock.now()));
        QVERIFY2(entry.detail.contains(u"+2,5") && entry.detail.contains(u"LÔ-2026-11"),
                 qPrintable(entry.detail));

        // The lot is found by its code, also typed without diacritics, and by its id.
        QCOMPARE(StockLedger::findLot(db, id, QStringLiteral("LÔ-2026-11")).value_or(Lot{}).id, lot.id);
        QCOMPARE(StockLedger::findLot(db, id, QStringLiteral("lo-2026-11")).value_or(Lot{}).id, lot.id);
        QCOMPARE(StockLedger::findLot(db, id, lot.id).value_or(Lot{}).id, lot.id);
        QVERIFY(!StockLedger::findLot(db, id, QStringLiteral("LÔ-2026-12")));
        QVERIFY(!StockLedger::findLot(db, addProduct(temp, m_clock, QStringLiteral("B")), lot.id));
    }

    void receiveWithoutACodeNamesTheLot()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        QVERIFY(!receiveLot(temp, id, 1000, {}).isEmpty());
        QVERIFY(!receiveLot(temp, id, 2000, {}).isEmpty());
        const QList<Lot> lots = StockLedger::lots(db, id);
        QCOMPARE(lots.size(), 2);
        QCOMPARE(lots[0].code, QStringLiteral("LÔ-20261123-1"));
        QCOMPARE(lots[1].code, QStringLiteral("LÔ-20261123-2"));
        QCOMPARE(StockLedger::onHand(db, id), 3000);
    }

    void aLotCodeAgainAddsToThatLot()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        const QString first = receiveLot(
            temp, id, 1000, lotDetails(QStringLiteral("A"), QDate(2027, 1, 1), QStringLiteral("Hộ A")));
        QVERIFY(!first.isEmpty());
        // The same lot without details, or with the same ones: one lot, two movements.
        QCOMPARE(receiveLot(temp, id, 500, lotDetails(QStringLiteral("A"))), first);
        QCOMPARE(receiveLot(temp, id, 500, lotDetails(QStringLiteral("a"), QDate(2027, 1, 1))), first);
        QCOMPARE(StockLedger::onHandInLot(db, first), 2000); // "a" is lot A typed loosely
        QCOMPARE(StockLedger::lots(db, id, true).size(), 1);

        // Different details for the same code are refused, as is an expiry before the harvest.
        const qint64 movements = movementCount(db);
        StorageError error;
        QVERIFY(!write(
            temp, m_clock,
            [&](WriteTransaction& tx) {
                return StockLedger::receive(tx, id, 500, lotDetails(QStringLiteral("A"), QDate(2027, 2, 1)));
            },
            &error));
        QCOMPARE(error.kind(), StorageError::Kind::Refused);
        QCOMPARE(error.code(), QStringLiteral("lot_details_differ"));
        QVERIFY(error.message().contains(u"A"));
        LotDetails backwards = lotDetails(QStringLiteral("B"), QDate(2026, 10, 1));
        backwards.harvestedOn = QDate(2026, 11, 1);
        QVERIFY(!write(
            temp, m_clock, [&](WriteTransaction& tx) { return StockLedger::receive(tx, id, 500, backwards); },
            &error));
        QCOMPARE(error.code(), QStringLiteral("lot_dates"));
        QCOMPARE(movementCount(db), movements);
        QCOMPARE(StockLedger::lots(db, id, true).size(), 1); // no lot B half-made
    }

    void onHandIsDerivedPerProductAndPerLot()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        const QString lot = receiveLot(temp, id, 5000, lotDetails(QStringLiteral("A")));
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::sellAtMarket(tx, id, 1500) && StockLedger::spoil(tx, id, 500, lot) &&
                   StockLedger::returned(tx, id, 200, lot) && StockLedger::returned(tx, id, 100) &&
                   StockLedger::adjust(tx, id, -300, QStringLiteral("cân lại")) &&
                   StockLedger::adjust(tx, id, 50, QStringLiteral("tìm thấy")); // found: in no lot
        }));
        QCOMPARE(StockLedger::onHand(db, id), 5000 - 1500 - 500 + 200 + 100 - 300 + 50);
        QCOMPARE(StockLedger::onHandInNoLot(db, id), 100 - 100 + 50); // the return was taken first
        QCOMPARE(StockLedger::onHandInLot(db, lot), 5000 - 1500 - 500 + 200 - 200);
        QCOMPARE(StockLedger::onHand(db, id),
                 StockLedger::onHandInLot(db, lot) + StockLedger::onHandInNoLot(db, id));
        const QStringList reasons = [&] {
            QStringList r;
            for (const auto& m : StockLedger::movements(db, id, 100))
                r.prepend(StockLedger::reasonCode(m.reason));
            return r;
        }();
        QCOMPARE(reasons, (QStringList{QStringLiteral("received"), QStringLiteral("sold_offline"),
                                       QStringLiteral("spoiled"), QStringLiteral("returned"),
                                       QStringLiteral("returned"), QStringLiteral("adjustment"),
                                       QStringLiteral("adjustment"), QStringLiteral("adjustment")}));
    }

    void stockNeverGoesBelowZero()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        const QString lotA = receiveLot(temp, id, 1000, lotDetails(QStringLiteral("A")));
        const QString lotB = receiveLot(temp, id, 500, lotDetails(QStringLiteral("B")));
        const qint64 movements = movementCount(db);
        const qint64 audit = auditCount(db);
        const QList<std::pair<const char*, std::function<bool(WriteTransaction&)>>> tooMuch = {
            {"not_enough_stock",
             [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 1501); }},
            {"not_enough_stock", [&](WriteTransaction& tx) { return StockLedger::spoil(tx, id, 2000); }},
            {"not_enough_stock",
             [&](WriteTransaction& tx) { return StockLedger::adjust(tx, id, -1600, QStringLiteral("x")); }},
            {"not_enough_in_lot",
             [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 501, lotB); }},
            {"not_enough_in_lot",
             [&](WriteTransaction& tx) { return StockLedger::spoil(tx, id, 1001, lotA); }},
            {"bad_quantity", [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 0); }},
            {"bad_quantity", [&](WriteTransaction& tx) { return StockLedger::spoil(tx, id, -5); }},
            {"bad_quantity", [&](WriteTransaction& tx) { return StockLedger::receive(tx, id, 0); }},
            {"bad_quantity", [&](WriteTransaction& tx) { return StockLedger::returned(tx, id, -1); }},
            {"bad_quantity", [&](WriteTransaction& tx) { return StockLedger::count(tx, id, -1); }},
            {"bad_quantity",
             [&](WriteTransaction& tx) { return StockLedger::adjust(tx, id, 0, QStringLiteral("x")); }},
            {"note_required",
             [&](WriteTransaction& tx) { return StockLedger::adjust(tx, id, 10, QStringLiteral(" ")); }},
            {"unknown_product",
             [&](WriteTransaction& tx) { return StockLedger::receive(tx, Ids::newId(), 10); }},
            {"unknown_lot",
             [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 1, Ids::newId()); }},
            {"too_much",
             [&](WriteTransaction& tx) {
                 return StockLedger::receive(tx, id, std::numeric_limits<MilliQuantity>::max() - 100);
             }},
        };
        for (const auto& [code, w] : tooMuch) {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY2(!w(tx), code);
            QCOMPARE(tx.error().kind(), StorageError::Kind::Refused);
            QCOMPARE(tx.error().code(), QString::fromLatin1(code));
            QVERIFY2(!tx.error().message().isEmpty() && !tx.error().message().contains(u"%"),
                     qPrintable(tx.error().message()));
            QVERIFY(!tx.commit()); // a refused change cannot be committed by mistake
        }
        QCOMPARE(movementCount(db), movements);
        QCOMPARE(auditCount(db), audit);
        QCOMPARE(StockLedger::onHand(db, id), 1500);

        // The message says how much there is, in the product's unit.
        {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(!StockLedger::sellAtMarket(tx, id, 2500));
            QVERIFY2(tx.error().message().contains(u"1,5 chai"), qPrintable(tx.error().message()));
            QVERIFY2(tx.error().message().contains(u"2,5 chai"), qPrintable(tx.error().message()));
        }

        // Exactly what is there can be taken.
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& w) { return StockLedger::sellAtMarket(w, id, 1500); }));
        QCOMPARE(StockLedger::onHand(db, id), 0);
    }

    void countRecordsTheDifference()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        const QString lot = receiveLot(temp, id, 2500, lotDetails(QStringLiteral("A")));
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 1000); }));

        QList<StockLedger::Movement> recorded;
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::count(tx, id, 1200, {}, &recorded); }));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].delta, -300);
        QCOMPARE(recorded[0].reason, StockLedger::Reason::Adjustment);
        QCOMPARE(recorded[0].lotId, lot); // the shortfall comes out of the lot
        QCOMPARE(StockLedger::onHand(db, id), 1200);
        QCOMPARE(AuditTrail::recent(db, 1).constFirst().action, QStringLiteral("count"));

        // A count that agrees with the ledger records nothing at all.
        const qint64 movements = movementCount(db);
        const qint64 audit = auditCount(db);
        recorded.clear();
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::count(tx, id, 1200, {}, &recorded); }));
        QVERIFY(recorded.isEmpty());
        QCOMPARE(movementCount(db), movements);
        QCOMPARE(auditCount(db), audit);

        // Found more than the ledger knows: the surplus belongs to no lot.
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::count(tx, id, 2000, {}, &recorded); }));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].delta, 800);
        QVERIFY(recorded[0].lotId.isEmpty());
        QCOMPARE(StockLedger::onHandInNoLot(db, id), 800);

        // Counting one lot compares with that lot only.
        recorded.clear();
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::count(tx, id, 1000, lot, &recorded);
        }));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].delta, -200);
        QCOMPARE(recorded[0].lotId, lot);
        QCOMPARE(StockLedger::onHandInLot(db, lot), 1000);
        QCOMPARE(StockLedger::onHand(db, id), 1800);

        // Zero counted empties everything, from every lot.
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) { return StockLedger::count(tx, id, 0); }));
        QCOMPARE(StockLedger::onHand(db, id), 0);
        QCOMPARE(StockLedger::onHandInLot(db, lot), 0);
        QCOMPARE(StockLedger::onHandInNoLot(db, id), 0);
        QVERIFY(StockLedger::lots(db, id).isEmpty());
        QCOMPARE(StockLedger::lots(db, id, true).size(), 1);
    }

    void suggestionTakesTheEarliestExpiryFirst()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        // Stock from before lots were kept: it never expires, and is the oldest of what never expires.
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::record(tx, id, 500, StockLedger::Reason::Received);
        }));
        const QString never = receiveLot(temp, id, 3000, lotDetails(QStringLiteral("NEVER")));
        m_clock.advanceSecs(60);
        const QString late =
            receiveLot(temp, id, 2000, lotDetails(QStringLiteral("LATE"), QDate(2027, 1, 10)));
        const QString soon =
            receiveLot(temp, id, 1000, lotDetails(QStringLiteral("SOON"), QDate(2026, 12, 1)));
        const QString empty =
            receiveLot(temp, id, 100, lotDetails(QStringLiteral("EMPTY"), QDate(2026, 11, 30)));
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::spoil(tx, id, 100, empty); }));

        const QList<Lot> lots = StockLedger::lots(db, id);
        QCOMPARE(lots.size(), 3);
        QCOMPARE(lots[0].id, soon);
        QCOMPARE(lots[1].id, late);
        QCOMPARE(lots[2].id, never);

        LotSuggestion s = StockLedger::suggestLots(db, id, 4500);
        QVERIFY(s.isComplete());
        QCOMPARE(s.picks.size(), 4);
        QCOMPARE(s.picks[0].lotId, soon);
        QCOMPARE(s.picks[0].quantity, 1000);
        QCOMPARE(s.picks[0].expiresOn, QDate(2026, 12, 1));
        QCOMPARE(s.picks[1].lotId, late);
        QCOMPARE(s.picks[1].quantity, 2000);
        QVERIFY(s.picks[2].lotId.isEmpty()); // in no lot
        QCOMPARE(s.picks[2].quantity, 500);
        QCOMPARE(s.picks[3].lotId, never);
        QCOMPARE(s.picks[3].code, QStringLiteral("NEVER"));
        QCOMPARE(s.picks[3].quantity, 1000);

        s = StockLedger::suggestLots(db, id, 700);
        QCOMPARE(s.picks.size(), 1);
        QCOMPARE(s.picks[0].lotId, soon);
        QCOMPARE(s.picks[0].quantity, 700);

        s = StockLedger::suggestLots(db, id, 10'000);
        QVERIFY(!s.isComplete());
        QCOMPARE(s.missing, 10'000 - 6500);
        QVERIFY(StockLedger::suggestLots(db, id, 0).picks.isEmpty());

        // A sale without a lot follows the suggestion, one movement per lot.
        QList<StockLedger::Movement> recorded;
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::sellAtMarket(tx, id, 1500, {}, {}, &recorded);
        }));
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded[0].lotId, soon);
        QCOMPARE(recorded[0].delta, -1000);
        QCOMPARE(recorded[1].lotId, late);
        QCOMPARE(recorded[1].delta, -500);
        QCOMPARE(StockLedger::onHandInLot(db, soon), 0);
        QCOMPARE(StockLedger::onHandInLot(db, late), 1500);
        QCOMPARE(AuditTrail::recent(db, 1).constFirst().action, QStringLiteral("sell"));
    }

    void expiredLotsAreNotSold()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        const QString old = receiveLot(temp, id, 1000, lotDetails(QStringLiteral("OLD"), QDate(2026, 11, 1)));
        const QString fresh =
            receiveLot(temp, id, 500, lotDetails(QStringLiteral("FRESH"), QDate(2027, 3, 1)));

        // Selling skips the expired lot (suggestions for a sale leave it out too).
        const LotSuggestion forSale = StockLedger::suggestLots(db, id, 500, kAt.date());
        QCOMPARE(forSale.picks.size(), 1);
        QCOMPARE(forSale.picks[0].lotId, fresh);
        StorageError error;
        QVERIFY(!write(
            temp, m_clock, [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 1000); },
            &error));
        QCOMPARE(error.code(), QStringLiteral("not_enough_stock"));
        QVERIFY2(error.message().contains(u"0,5 chai"), qPrintable(error.message()));
        QVERIFY(!write(
            temp, m_clock, [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 1, old); },
            &error));
        QCOMPARE(error.code(), QStringLiteral("lot_expired"));
        QVERIFY(write(temp, m_clock,
                      [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, id, 500); }));
        QCOMPARE(StockLedger::onHandInLot(db, fresh), 0);

        // Spoiling takes the expired lot first.
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) { return StockLedger::spoil(tx, id, 1000); }));
        QCOMPARE(StockLedger::onHandInLot(db, old), 0);
    }

    void aLotOnlyServesItsOwnProduct()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString honey = addProduct(temp, m_clock, QStringLiteral("MO"));
        const QString tea = addProduct(temp, m_clock, QStringLiteral("CHE"));
        const QString honeyLot = receiveLot(temp, honey, 1000, lotDetails(QStringLiteral("A")));
        QVERIFY(
            !receiveLot(temp, tea, 1000, lotDetails(QStringLiteral("A"))).isEmpty()); // codes are per product
        const qint64 movements = movementCount(db);
        const QList<std::function<bool(WriteTransaction&)>> mismatched = {
            [&](WriteTransaction& tx) { return StockLedger::sellAtMarket(tx, tea, 100, honeyLot); },
            [&](WriteTransaction& tx) { return StockLedger::spoil(tx, tea, 100, honeyLot); },
            [&](WriteTransaction& tx) { return StockLedger::returned(tx, tea, 100, honeyLot); },
            [&](WriteTransaction& tx) {
                return StockLedger::adjust(tx, tea, 100, QStringLiteral("x"), honeyLot);
            },
            [&](WriteTransaction& tx) { return StockLedger::count(tx, tea, 100, honeyLot); },
        };
        for (const auto& w : mismatched) {
            WriteTransaction tx(db, temp.actor(), m_clock);
            QVERIFY(!w(tx));
            QCOMPARE(tx.error().code(), QStringLiteral("lot_of_another_product"));
            QVERIFY(tx.error().message().contains(u"Mật ong rừng"));
        }
        QCOMPARE(movementCount(db), movements);
        QCOMPARE(StockLedger::onHandInLot(db, honeyLot), 1000);
        QCOMPARE(StockLedger::onHand(db, tea), 1000);
        // Every lotted movement in the workspace is on its lot's product.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements m JOIN lots l ON l.id = m.lot_id "
                                      "WHERE l.product_id <> m.product_id")),
            0);
    }

    void movementsAreNewestFirstWithWhoWhenWhy()
    {
        TempWorkspace temp(m_clock);
        QVERIFY(temp.isValid());
        QSqlDatabase db = temp.workspace().database();
        const QString id = addProduct(temp, m_clock);
        receiveLot(temp, id, 2500, lotDetails(QStringLiteral("A")));
        m_clock.advanceSecs(60);
        QVERIFY(write(temp, m_clock, [&](WriteTransaction& tx) {
            return StockLedger::adjust(tx, id, -500, QStringLiteral("chuột cắn"));
        }));
        const QList<StockLedger::Movement> list = StockLedger::movements(db, id, 20);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].delta, -500);
        QCOMPARE(list[0].reason, StockLedger::Reason::Adjustment);
        QCOMPARE(list[0].note, QStringLiteral("chuột cắn"));
        QCOMPARE(list[0].at, toStoredTime(m_clock.now()));
        QCOMPARE(list[0].clerkId, temp.clerkId());
        QCOMPARE(list[0].clerkName, QStringLiteral("Người kiểm thử"));
        QCOMPARE(list[0].lotCode, QStringLiteral("A"));
        QCOMPARE(list[1].reason, StockLedger::Reason::Received);
        QCOMPARE(StockLedger::movements(db, id, 1).size(), 1);
        QVERIFY(StockLedger::movements(db, id, 0).isEmpty());
        const AuditEntry adjust = AuditTrail::recent(db, 1).constFirst();
        QCOMPARE(adjust.action, QStringLiteral("adjust"));
        QVERIFY2(adjust.detail.contains(u"-0,5") && adjust.detail.contains(u"chuột cắn"),
                 qPrintable(adjust.detail));
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
