#include "ProductEditApi.h"

#include "ProductIds.h"

namespace ChoPhien {

ProductEditApi::ProductEditApi(PlatformStore& store, ProductRecords& products, ChangesFeed& changes)
    : m_store(store)
    , m_products(products)
    , m_changes(changes)
{}

void ProductEditApi::addRoutes(Router& router)
{
    router.add("PATCH", QStringLiteral("/admin/products/{id}"),
               {[this](ApiRequest& r) { return edit(r); }, false, false, true});
}

HttpResponse ProductEditApi::edit(const ApiRequest& request)
{
    if (!ProductIds::isWellFormed(request.params.value(0)))
        return ProductIds::notFound().toResponse();
    if (!m_store.begin())
        return Problem(ProblemCode::Internal).toResponse();
    HttpResponse response = editInTransaction(request);
    if (!response.isSuccess()) {
        m_store.rollback();
        return response;
    }
    return m_store.commit() ? response : Problem(ProblemCode::Internal).toResponse();
}

HttpResponse ProductEditApi::editInTransaction(const ApiRequest& request)
{
    bool ok = true;
    std::optional<ProductRow> row = m_products.find(request.params.value(0), ok);
    if (!ok)
        return Problem(ProblemCode::Internal).toResponse();
    if (!row || row->deleted)
        return ProductIds::notFound().toResponse();
    QJsonObject edit;
    if (const std::optional<Problem> problem =
            readOptionalMembers(request.http.body(), ProductJson::platformEditMembers(), 1, edit))
        return problem->toResponse();
    for (auto it = edit.constBegin(); it != edit.constEnd(); ++it)
        row->fields.insert(it.key(), it.value());
    row->version += 1;
    row->updatedAt = request.nowText;
    HttpResponse response =
        HttpResponse::json(200, ProductJson::toJson(*row)).withHeader("ETag", entityTag(row->version));
    // The change goes to the product's seller, with the product as its data.
    if (!m_products.update(*row) || !m_changes.record(row->sellerId, QStringLiteral("product.updated"),
                                                      request.nowText, request.nowMs, response.body))
        return Problem(ProblemCode::Internal).toResponse();
    return response;
}

} // namespace ChoPhien
