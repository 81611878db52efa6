#pragma once

#include <core/ProductSummary.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// What a receipt says about the batch the goods came in. Empty fields are unknown.
struct LotDetails {
    QString code; // "LÔ-2026-11"; empty: StockLedger makes one up ("LÔ-20261123-1")
    QDate harvestedOn;
    QDate producedOn;
    QDate expiresOn;  // none: the goods do not expire
    QString supplier; // the member household that supplied the lot
};

// A lot of one product and what of it is still on hand.
struct Lot {
    QString id;
    QString productId;
    QString code;
    QDate harvestedOn;
    QDate producedOn;
    QDate expiresOn;
    QString supplier;
    QString receivedAt; // stored time (UTC ISO 8601)
    MilliQuantity onHand = 0;
};

// One line of a picking suggestion: take `quantity` from this lot. An empty lotId means stock that
// belongs to no lot (received before lots were kept, or found at a count).
struct LotPick {
    QString lotId;
    QString code;
    QDate expiresOn;
    MilliQuantity quantity = 0;
};

struct LotSuggestion {
    QList<LotPick> picks;
    MilliQuantity missing = 0; // how much of the asked quantity no lot can give
    bool isComplete() const { return missing == 0; }
};

// Stock is a ledger of movements; on-hand is their sum, never an edited number. Every movement may
// belong to a lot of its own product; a product's on-hand is the sum over all its movements, a lot's
// the sum over the lot's.
//
// The write functions below (all but record(), which stays the raw primitive) check the workspace's
// rules before writing: a product sold in variants keeps no stock itself (each variant does), no lot
// or product goes below zero, a lot is only used for its own product,
// expired lots are not sold. A broken rule is refused through the transaction (StorageError::Kind::
// Refused, with a machine code and a sentence for the user); they return false and nothing is written.
// Taking stock out without naming a lot takes it lot by lot in suggestLots() order, one movement per
// lot. Each write adds one line to the audit trail. `recorded`, when given, receives the movements
// written (several when a quantity was taken from several lots; none when a count matched).
class StockLedger final {
    Q_DECLARE_TR_FUNCTIONS(StockLedger)

public:
    enum class Reason { Received, SoldOnline, SoldOffline, Spoiled, Returned, Adjustment };
    static QString reasonCode(Reason reason);
    static std::optional<Reason> reasonFromCode(const QString& code);
    // Short, translated: "received", "sold at the market", …
    static QString reasonLabel(Reason reason);

    struct Movement {
        QString id;
        QString productId;
        QString lotId; // empty: in no lot
        QString lotCode;
        MilliQuantity delta = 0;
        Reason reason = Reason::Adjustment;
        QString at; // stored time (UTC ISO 8601)
        QString clerkId;
        QString clerkName;
        QString note;
    };

    // Writes one movement as given, without checks beyond the schema's (demo data, imports).
    static bool record(WriteTransaction& tx, const QString& productId, MilliQuantity delta, Reason reason,
                       const QString& note = {});

    // Goods arrive: a movement into the lot `lot.code` names, made now when the product has no lot of
    // that code (a repeated code adds to the same lot, provided the details given agree with it).
    static bool receive(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                        const LotDetails& lot = {}, QList<Movement>* recorded = nullptr,
                        Lot* receivedInto = nullptr);
    // Sold at the market stall (sold_offline); expired lots are never sold, nor goods held for a buyer
    // (StockHolds::checkSale).
    static bool sellAtMarket(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                             const QString& lotId = {}, const QString& note = {},
                             QList<Movement>* recorded = nullptr);
    static bool spoil(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                      const QString& lotId = {}, const QString& note = {},
                      QList<Movement>* recorded = nullptr);
    // A buyer brought goods back: into `lotId`, or into no lot.
    static bool returned(WriteTransaction& tx, const QString& productId, MilliQuantity quantity,
                         const QString& lotId = {}, const QString& note = {},
                         QList<Movement>* recorded = nullptr);
    // A correction with a reason written down: `delta` added (taken when negative).
    static bool adjust(WriteTransaction& tx, const QString& productId, MilliQuantity delta,
                       const QString& note, const QString& lotId = {}, QList<Movement>* recorded = nullptr);
    // A stock count: records an adjustment of (counted − on hand) for the product, or for one lot when
    // `lotId` is given; records nothing at all when they are equal. Stock found beyond the ledger goes
    // into the lot counted, or into no lot.
    static bool count(WriteTransaction& tx, const QString& productId, MilliQuantity counted,
                      const QString& lotId = {}, QList<Movement>* recorded = nullptr);

    static MilliQuantity onHand(QSqlDatabase db, const QString& productId);
    static MilliQuantity onHandInLot(QSqlDatabase db, const QString& lotId);
    // The product's stock that belongs to no lot.
    static MilliQuantity onHandInNoLot(QSqlDatabase db, const QString& productId);

    // The product's lots in picking order (earliest expiry first, lots that never expire last, then
    // oldest first); lots with nothing left only when `includeEmpty`.
    static QList<Lot> lots(QSqlDatabase db, const QString& productId, bool includeEmpty = false);
    // The product's lot named by its id or code (exact, else the only one that matches ignoring case
    // and diacritics: "lo-2026-11" finds "LÔ-2026-11").
    static std::optional<Lot> findLot(QSqlDatabase db, const QString& productId, const QString& idOrCode);

    // Which lots to take `quantity` from: earliest expiry first, lots without expiry (and stock in no
    // lot) last. With `sellableOn`, lots that expired before that day are left out.
    static LotSuggestion suggestLots(QSqlDatabase db, const QString& productId, MilliQuantity quantity,
                                     const QDate& sellableOn = {});

    // The product's movements, newest first.
    static QList<Movement> movements(QSqlDatabase db, const QString& productId, int limit);
};

} // namespace ChoPhien
