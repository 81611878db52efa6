#include "StockApi.h"

#include "FieldErrors.h"
#include "ProductIds.h"

namespace ChoPhien {
namespace {
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

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

} // namespace

StockApi::StockApi(ProductRecords& products, StockAdjustments& ledger)
    : m_products(products)
    , m_ledger(ledger)
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
    bool found = true;
    const std::optional<StockAdjustments::Entry> first = m_ledger.find(opId, found);
    if (!found)
        return internal();
    if (first) {
        if (first->sellerId != request.sellerId || first->productId != productId ||
            first->deltaMilli != delta || first->reason != reason)
            return Problem(ProblemCode::IdInUse,
                           {QStringLiteral("Mã thao tác này đã được dùng cho một lần điều chỉnh kho khác."),
                            QStringLiteral(
                                "This operation id was already used for a different stock adjustment.")})
                .toResponse();
        return HttpResponse::json(200, first->toJson()).withHeader("Idempotent-Replayed", "true");
    }

    bool variantsOk = true;
    if (m_products.hasVariants(productId, variantsOk))
        return Problem(ProblemCode::WrongProductKind,
                       {QStringLiteral("Sản phẩm này có các loại con: hãy điều chỉnh kho của từng loại."),
                        QStringLiteral("This product has variants: adjust each variant's stock.")})
            .toResponse();
    if (!variantsOk)
        return internal();

    StockAdjustments::Entry entry{opId, request.sellerId, productId, delta, reason, 0, request.nowText};
    const std::optional<QByteArray> applied = m_ledger.apply(entry, request.nowMs);
    return applied ? HttpResponse::json(201, *applied) : internal();
}

} // namespace ChoPhien
