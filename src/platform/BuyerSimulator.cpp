#include "BuyerSimulator.h"

#include "ApiDispatcher.h"
#include "BuyerProfiles.h"
#include "FieldErrors.h"
#include "OrderStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcBuyers, "chophien.platform.buyers")

constexpr qint64 kUnit = 1000;
constexpr qint64 kShippingFees[] = {0, 15000, 20000, 25000, 30000, 35000};
// What a line may come to, so that the order's total with any fee stays within 10^12 đồng.
constexpr qint64 kMostLineTotal = OrderBook::kMaxTotal - 35000;

// Approved listings with at least `?` on hand (optionally of one seller, by username or id, or one
// product), that are not parents with variants, by id.
const QString kCandidates =
    QStringLiteral(" FROM products p JOIN sellers s ON s.id = p.seller_id"
                   " WHERE p.deleted = 0 AND json_extract(p.listing, '$.status') = 'approved'"
                   " AND p.stock_on_hand_milli >= ? AND (? = '' OR s.username = ?) AND (? = '' OR s.id = ?)"
                   " AND (? = '' OR p.id = ?)"
                   " AND NOT EXISTS (SELECT 1 FROM products v WHERE v.parent_id = p.id AND v.deleted = 0)");

const JsonRule& wishRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("username"), JsonRule::text(1, 100).optional()},
        {QStringLiteral("product_id"), JsonRule::uuid().optional()},
        {QStringLiteral("quantity_milli"), JsonRule::integer(1, 1000000000000LL).optional()},
        {QStringLiteral("payment_method"),
         JsonRule::oneOf({QStringLiteral("cod"), QStringLiteral("bank_transfer"), QStringLiteral("e_wallet")})
             .optional()},
    });
    return rule;
}

void bindCandidates(QSqlQuery& q, const BuyerSimulator::Filter& filter)
{
    q.bindValue(0, filter.leastMilli);
    int i = 1;
    for (const QString* value : {&filter.username, &filter.sellerId, &filter.productId}) {
        q.bindValue(i++, value->isNull() ? QStringLiteral("") : *value); // a null QString binds NULL
        q.bindValue(i++, *value);
    }
}

} // namespace

BuyerSimulator::BuyerSimulator(PlatformStore& store, ProductRecords& products, OrderBook& orders,
                               const Clock& clock, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_products(products)
    , m_orders(orders)
    , m_clock(clock)
    , m_random(seed)
    , m_count(store.prepare(QStringLiteral("SELECT count(*)") + kCandidates))
    , m_nth(
          store.prepare(QStringLiteral("SELECT p.id, json_extract(s.fields, '$.policies.payment_methods')") +
                        kCandidates + QStringLiteral(" ORDER BY p.id LIMIT 1 OFFSET ?")))
{
    connect(&m_timer, &QTimer::timeout, this, &BuyerSimulator::tick);
}

void BuyerSimulator::addRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/admin/orders"),
               {[this](ApiRequest& r) { return simulate(r); }, false, false, false});
}

void BuyerSimulator::setOrdersPerMinute(int perMinute)
{
    if (perMinute <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(qMax(1, 60000 / perMinute));
}

BuyerSimulator::Result BuyerSimulator::order(const Wish& wish)
{
    if (!m_store.begin())
        return {};
    Result result = place(wish);
    if (result.outcome != Result::Outcome::Placed)
        m_store.rollback();
    else if (!m_store.commit())
        result = {};
    return result;
}

std::optional<BuyerSimulator::Candidate> BuyerSimulator::pick(const Filter& filter, bool& ok)
{
    bindCandidates(m_count, filter);
    ok = m_count.exec() && m_count.next();
    const qint64 count = ok ? m_count.value(0).toLongLong() : 0;
    m_count.finish();
    if (count == 0)
        return std::nullopt;
    bindCandidates(m_nth, filter);
    m_nth.bindValue(7, qint64(m_random.bounded(quint64(count))));
    ok = m_nth.exec() && m_nth.next();
    const QString productId = ok ? m_nth.value(0).toString() : QString();
    const QJsonArray methods =
        ok ? QJsonDocument::fromJson(m_nth.value(1).toByteArray()).array() : QJsonArray();
    m_nth.finish();
    std::optional<ProductRow> product = ok ? m_products.find(productId, ok) : std::nullopt;
    if (!product) {
        ok = false;
        return std::nullopt;
    }
    return Candidate{std::move(*product), methods};
}

qint64 BuyerSimulator::someUnits(const ProductRow& product)
{
    const qint64 units = 1 + qint64(m_random.bounded(3));
    return qMin(units * kUnit, product.stockOnHandMilli / kUnit * kUnit);
}

BuyerSimulator::Result BuyerSimulator::place(const Wish& wish)
{
    bool ok = true;
    const std::optional<Candidate> first =
        pick({wish.quantityMilli > 0 ? wish.quantityMilli : kUnit, wish.username, {}, wish.productId}, ok);
    if (!ok)
        return {};
    if (!first)
        return {Result::Outcome::NothingToOrder, {}, 0};
    const ProductRow& product = first->product;
    const qint64 quantity = wish.quantityMilli > 0 ? wish.quantityMilli : someUnits(product);
    const qint64 unitPrice = OrderBook::unitPrice(product);
    const std::optional<qint64> lineTotal = OrderBook::lineTotal(unitPrice, quantity);
    if (!lineTotal || *lineTotal > kMostLineTotal)
        return {Result::Outcome::TooMuch, {}, kMostLineTotal / qMax<qint64>(1, unitPrice) * 1000};

    OrderBook::Placement placement;
    placement.sellerId = product.sellerId;
    placement.lines.append({product, quantity});
    // A buyer who did not name the product sometimes takes one or two more of the same seller's
    // (each product once, and never past the largest total).
    qint64 sum = *lineTotal;
    if (wish.productId.isEmpty() && wish.quantityMilli == 0 && m_random.bounded(3) == 0) {
        for (quint32 more = 1 + m_random.bounded(2); more > 0; --more) {
            const std::optional<Candidate> other = pick({kUnit, {}, product.sellerId, {}}, ok);
            if (!ok)
                return {};
            const bool again =
                std::any_of(placement.lines.cbegin(), placement.lines.cend(),
                            [&other](const OrderBook::Line& l) { return l.product.id == other->product.id; });
            const qint64 units = someUnits(other->product);
            const std::optional<qint64> total =
                OrderBook::lineTotal(OrderBook::unitPrice(other->product), units);
            if (!again && total && sum + *total <= kMostLineTotal) {
                placement.lines.append({other->product, units});
                sum += *total;
            }
        }
    }
    QString method = wish.paymentMethod;
    if (method.isEmpty())
        method =
            first->paymentMethods.isEmpty()
                ? QStringLiteral("cod")
                : first->paymentMethods.at(qsizetype(m_random.bounded(quint32(first->paymentMethods.size()))))
                      .toString();
    placement.buyer = BuyerProfiles::buyer(m_random);
    placement.delivery = BuyerProfiles::delivery(m_random);
    placement.payment = {{QStringLiteral("method"), method}, {QStringLiteral("paid"), method != u"cod"}};
    placement.shippingFee = kShippingFees[m_random.bounded(quint32(std::size(kShippingFees)))];
    const QDateTime now = m_clock.now().toUTC();
    const std::optional<QJsonObject> order =
        m_orders.place(placement, toStoredTime(now), now.toMSecsSinceEpoch());
    if (!order)
        return {};
    return {Result::Outcome::Placed, *order, 0};
}

HttpResponse BuyerSimulator::simulate(const ApiRequest& request)
{
    const QByteArray body = request.http.body();
    QJsonObject fields;
    if (!body.isEmpty()) {
        if (!ApiDispatcher::isJson(request.header("Content-Type")))
            return Problem(ProblemCode::UnsupportedMediaType).toResponse();
        if (const std::optional<Problem> problem = readBody(body, wishRule(), fields))
            return problem->toResponse();
    }
    const Wish wish{fields.value(u"username").toString(), fields.value(u"product_id").toString(),
                    fields.value(u"quantity_milli").toInteger(), fields.value(u"payment_method").toString()};
    const Result result = order(wish);
    switch (result.outcome) {
    case Result::Outcome::Placed:
        return HttpResponse::json(201, result.order)
            .withHeader("ETag", entityTag(result.order.value(u"version").toInteger()));
    case Result::Outcome::NothingToOrder:
        return Problem(ProblemCode::NothingToOrder).toResponse();
    case Result::Outcome::TooMuch:
        return Problem::fields(ProblemCode::InvalidField,
                               {FieldErrors::tooLarge(QStringLiteral("quantity_milli"), result.mostMilli)})
            .toResponse();
    case Result::Outcome::Failed:
        break;
    }
    return Problem(ProblemCode::Internal).toResponse();
}

void BuyerSimulator::tick()
{
    if (order({}).outcome == Result::Outcome::Failed)
        qCWarning(lcBuyers) << "the buyer simulator could not place an order";
    // Buyers' own moves: now and then a shipped order arrives, and a buyer cancels a new one.
    if (m_random.bounded(4) == 0)
        buyerMoves(QStringLiteral("shipped"), QStringLiteral("delivered"), QString());
    if (m_random.bounded(20) == 0)
        buyerMoves(QStringLiteral("new"), QStringLiteral("cancelled"),
                   QStringLiteral("Khách đổi ý, huỷ đơn qua ứng dụng."));
}

void BuyerSimulator::buyerMoves(const QString& from, const QString& to, const QString& reason)
{
    if (!m_store.begin())
        return;
    bool ok = true;
    const qint64 count = m_orders.records().countWithStatus(from, ok);
    std::optional<OrderRow> row;
    if (ok && count > 0)
        row = m_orders.records().withStatus(from, qint64(m_random.bounded(quint64(count))), ok);
    const QDateTime now = m_clock.now().toUTC();
    if (!row || !OrderStatus::canMove(from, to) ||
        !m_orders.move(*row, to, QString(), reason, toStoredTime(now), now.toMSecsSinceEpoch())) {
        m_store.rollback();
        return;
    }
    if (!m_store.commit())
        qCWarning(lcBuyers) << "a buyer's move could not be committed";
}

} // namespace ChoPhien
