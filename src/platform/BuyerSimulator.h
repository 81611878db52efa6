#pragma once

#include "OrderBook.h"
#include "Router.h"

#include <core/Clock.h>

#include <QJsonArray>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace ChoPhien {

// The sandbox's buyers (ADR 0016): orders for approved listings with stock, made by
// POST /admin/orders or on their own (`--orders-per-minute`), and buyers' own moves (a shipped
// order delivered, a new one cancelled). Every choice is drawn from one generator seeded by the
// server's seed, so the same seed and the same calls make the same orders.
class BuyerSimulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyerSimulator)

public:
    BuyerSimulator(PlatformStore& store, ProductRecords& products, OrderBook& orders, const Clock& clock,
                   quint32 seed, QObject* parent = nullptr);

    void addRoutes(Router& router);
    // Makes about this many orders a minute from now on (0 stops).
    void setOrdersPerMinute(int perMinute);

    // SimulatedOrderRequest: everything optional, what is left out drawn at random.
    struct Wish {
        QString username;
        QString productId;
        qint64 quantityMilli = 0; // 0: one to three whole units, as stock allows
        QString paymentMethod;
    };
    struct Result {
        enum class Outcome { Placed, NothingToOrder, TooMuch, Failed };
        Outcome outcome = Outcome::Failed;
        QJsonObject order;    // Placed: the Order
        qint64 mostMilli = 0; // TooMuch: the largest quantity whose total stays within 10^12 đồng
    };
    // One order, in its own transaction.
    Result order(const Wish& wish);

    // Which listings may be drawn.
    struct Filter {
        qint64 leastMilli = 0; // on hand at least
        QString username;      // empty: any seller
        QString sellerId;      // empty: any seller
        QString productId;     // empty: any product
    };

private:
    struct Candidate {
        ProductRow product;
        QJsonArray paymentMethods; // the seller's policies.payment_methods
    };
    // A random listing that passes the filter; nullopt when there is none (`ok` false on an error).
    std::optional<Candidate> pick(const Filter& filter, bool& ok);
    // One to three whole units, as the product's stock allows.
    qint64 someUnits(const ProductRow& product);
    HttpResponse simulate(const ApiRequest& request);
    void tick();
    // A buyer's own move on a random order in `from` (deliver, cancel), in its own transaction.
    void buyerMoves(const QString& from, const QString& to, const QString& reason);
    Result place(const Wish& wish);

    PlatformStore& m_store;
    ProductRecords& m_products;
    OrderBook& m_orders;
    const Clock& m_clock;
    QRandomGenerator m_random;
    QTimer m_timer;
    QSqlQuery m_count;
    QSqlQuery m_nth;
};

} // namespace ChoPhien
