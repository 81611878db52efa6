#include "StockApi.h"

#include "FieldErrors.h"
#include "ProductIds.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcStock, "chophien.platform.stock")

const JsonRule& adjustmentRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("op_id"), JsonRule::uuid()},
        {QStringLiteral("delta_milli"), JsonRule::integer(-1000000000000LL, 1000000000000LL)},
        {QStringLiteral("reason"), JsonRule::oneOf({QStringLiteral("received"), QStringLiteral("sold_online"),
                                                    QStringLiteral("sold_offline"), QStringLiteral("spoiled"),
                                                    QStringLiteral("returned"), QStringLiteral("adjustment"),
                                                    QStringLiteral("count")})},
    });
    return rule;
}

QJsonObject adjustmentJson(const QString& opId, const QString& productId, qint64 delta, const QString& reason,
                           qint64 onHand, const QString& at)
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("delta_milli"), delta},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("stock_on_hand_milli"), onHand},
            {QStringLiteral("created_at"), at}};
}

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

} // namespace

StockApi::StockApi(PlatformStore& store, ProductRecords& products, ChangesFeed& changes)
    : m_products(products)
    , m_changes(changes)
    , m_find(store.prepare(
          QStringLiteral("SELECT seller_id, product_id, delta_milli, reason, stock_on_hand_milli, "
                         "created_at FROM stock_adjustments WHERE op_id = ?")))
    , m_insert(store.prepare(
          QStringLiteral("INSERT INTO stock_adjustments(op_id, seller_id, product_id, delta_milli, "
                         "reason, stock_on_hand_milli, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
{}

void StockApi::addRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/v1/products/{id}/stock-adjustments"),
               {[this](ApiRequest& r) { return adjust(r); }, true, true, true});
}

HttpResponse StockApi::adjust(const ApiRequest& request)
{
    const QString productId = request.params.value(0);
    bool ok = true;
    const std::optional<ProductRow> product =
        ProductIds::isWellFormed(productId) ? m_products.find(productId, ok) : std::nullopt;
    if (!ok)
        return internal();
    if (!product || product->sellerId != request.sellerId || product->deleted)
        return ProductIds::notFound().toResponse();

    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), adjustmentRule(), body))
        return problem->toResponse();
    const QString opId = body.value(u"op_id").toString();
    const auto delta = qint64(body.value(u"delta_milli").toDouble());
    const QString reason = body.value(u"reason").toString();
    if (delta == 0)
        return Problem::fields(ProblemCode::InvalidField, {{QStringLiteral("delta_milli"),
                                                            QStringLiteral("not_allowed"),
                                                            {QStringLiteral("Số lượng thay đổi phải khác 0."),
                                                             QStringLiteral("The change must not be 0.")}}})
            .toResponse();

    // The same op_id again: the adjustment as first recorded, whatever Idempotency-Key it came with.
    m_find.bindValue(0, opId);
    if (!m_find.exec())
        return internal();
    if (m_find.next()) {
        const bool same = m_find.value(0).toString() == request.sellerId &&
                          m_find.value(1).toString() == productId && m_find.value(2).toLongLong() == delta &&
                          m_find.value(3).toString() == reason;
        const QJsonObject first = adjustmentJson(opId, productId, delta, reason, m_find.value(4).toLongLong(),
                                                 m_find.value(5).toString());
        m_find.finish();
        if (!same)
            return Problem(ProblemCode::IdInUse,
                           {QStringLiteral("Mã thao tác này đã được dùng cho một lần điều chỉnh kho khác."),
                            QStringLiteral(
                                "This operation id was already used for a different stock adjustment.")})
                .toResponse();
        return HttpResponse::json(200, first).withHeader("Idempotent-Replayed", "true");
    }
    m_find.finish();

    bool variantsOk = true;
    if (m_products.hasVariants(productId, variantsOk))
        return Problem(ProblemCode::WrongProductKind,
                       {QStringLiteral("Sản phẩm này có các loại con: hãy điều chỉnh kho của từng loại."),
                        QStringLiteral("This product has variants: adjust each variant's stock.")})
            .toResponse();
    if (!variantsOk)
        return internal();

    const std::optional<qint64> onHand = m_products.addStock(productId, delta);
    if (!onHand)
        return internal();
    m_insert.bindValue(0, opId);
    m_insert.bindValue(1, request.sellerId);
    m_insert.bindValue(2, productId);
    m_insert.bindValue(3, delta);
    m_insert.bindValue(4, reason);
    m_insert.bindValue(5, *onHand);
    m_insert.bindValue(6, request.nowText);
    if (!m_insert.exec()) {
        qCWarning(lcStock) << "cannot record the adjustment:" << m_insert.lastError().text();
        return internal();
    }
    const HttpResponse applied =
        HttpResponse::json(201, adjustmentJson(opId, productId, delta, reason, *onHand, request.nowText));
    if (!m_changes.record(request.sellerId, QStringLiteral("stock.adjusted"), request.nowText, request.nowMs,
                          applied.body))
        return internal();
    return applied;
}

} // namespace ChoPhien
