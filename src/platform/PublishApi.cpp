#include "PublishApi.h"

#include "IfMatch.h"
#include "ProductIds.h"

namespace ChoPhien {

PublishApi::PublishApi(ProductRecords& products, Moderation& moderation)
    : m_products(products)
    , m_moderation(moderation)
{}

void PublishApi::addRoutes(Router& router)
{
    // A write without a body: Idempotency-Key, no Content-Type.
    router.add("POST", QStringLiteral("/v1/products/{id}/publish"),
               {[this](ApiRequest& r) { return publish(r); }, true, true, false});
}

HttpResponse PublishApi::publish(const ApiRequest& request)
{
    const QString id = request.params.value(0);
    if (!ProductIds::isWellFormed(id))
        return ProductIds::notFound().toResponse();
    bool ok = true;
    std::optional<ProductRow> row = m_products.find(id, ok);
    if (!ok)
        return Problem(ProblemCode::Internal).toResponse();
    if (!row || row->sellerId != request.sellerId || row->deleted)
        return ProductIds::notFound().toResponse();

    // If-Match is optional here: given, it must name the current version.
    const IfMatch ifMatch = IfMatch::parse(request.header("If-Match"));
    if (const std::optional<Problem> problem = ifMatch.problem(false))
        return problem->toResponse();
    if (ifMatch.state == IfMatch::State::Given && ifMatch.version != row->version)
        return Problem::conflict(ProductJson::toJson(*row))
            .toResponse()
            .withHeader("ETag", entityTag(row->version));
    if (!row->parentId().isEmpty())
        return Problem(ProblemCode::WrongProductKind,
                       {QStringLiteral("Loại con được duyệt cùng sản phẩm cha: hãy gửi duyệt sản phẩm cha."),
                        QStringLiteral("A variant is published with its parent: publish the parent.")})
            .toResponse();

    // A listing in moderation stays as it is: publishing it again changes nothing.
    if (row->listing.value(u"status").toString() != u"pending" &&
        !m_moderation.submit(*row, request.nowText, request.nowMs))
        return Problem(ProblemCode::Internal).toResponse();
    return HttpResponse::json(202, QJsonObject{{QStringLiteral("product_id"), row->id},
                                               {QStringLiteral("version"), row->version},
                                               {QStringLiteral("listing"), row->listing}});
}

} // namespace ChoPhien
