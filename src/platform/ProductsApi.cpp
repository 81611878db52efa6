#include "ProductsApi.h"

#include "FieldErrors.h"
#include "IfMatch.h"
#include "Moderation.h"
#include "Paging.h"
#include "ProductIds.h"

#include <core/Ean13.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ChoPhien {
namespace {

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

HttpResponse productResponse(int status, const ProductRow& row)
{
    return HttpResponse::json(status, ProductJson::toJson(row)).withHeader("ETag", entityTag(row.version));
}

HttpResponse staleResponse(const std::optional<ProductRow>& current)
{
    if (!current)
        return Problem::conflict(QJsonValue::Null).toResponse();
    return Problem::conflict(ProductJson::toJson(*current))
        .toResponse()
        .withHeader("ETag", entityTag(current->version));
}

FieldError fieldError(const char* field, const char* code, const char* vi, const char* en)
{
    return {QString::fromLatin1(field),
            QString::fromLatin1(code),
            {QString::fromUtf8(vi), QString::fromUtf8(en)}};
}

} // namespace

ProductsApi::ProductsApi(ProductRecords& products, ChangesFeed& changes)
    : m_products(products)
    , m_changes(changes)
{}

void ProductsApi::addRoutes(Router& router)
{
    const QString one = QStringLiteral("/v1/products/{id}");
    router.add("GET", QStringLiteral("/v1/products"), {[this](ApiRequest& r) { return list(r); }});
    router.add("GET", one, {[this](ApiRequest& r) { return get(r); }});
    router.add("PUT", one, {[this](ApiRequest& r) { return put(r); }, true, true, true});
    router.add("DELETE", one, {[this](ApiRequest& r) { return remove(r); }, true, true, false});
}

std::optional<ProductRow> ProductsApi::own(const ApiRequest& request, bool& ok)
{
    return m_products.own(request.sellerId, request.params.value(0), ok);
}

bool ProductsApi::recordUpdated(const ApiRequest& request, const HttpResponse& response)
{
    // The answer's body is the whole product: the change carries the same bytes.
    return m_changes.record(request.sellerId, QStringLiteral("product.updated"), request.nowText,
                            request.nowMs, response.body);
}

HttpResponse ProductsApi::get(const ApiRequest& request)
{
    bool ok = true;
    const std::optional<ProductRow> row = own(request, ok);
    if (!ok)
        return internal();
    return row ? productResponse(200, *row) : ProductIds::notFound().toResponse();
}

bool ProductsApi::checkRules(const QString& sellerId, const QString& id, const QJsonObject& fields,
                             QList<FieldError>& errors)
{
    const QJsonValue salePrice = fields.value(u"sale_price");
    if (!salePrice.isNull() && salePrice.toDouble() >= fields.value(u"price").toDouble())
        errors.append(fieldError("sale_price", "too_large", "Giá khuyến mãi phải thấp hơn giá bán.",
                                 "The sale price must be lower than the price."));
    const QString barcode = fields.value(u"barcode").toString();
    if (!barcode.isEmpty() && !Ean13::isValid(barcode))
        errors.append(FieldErrors::checkDigit(QStringLiteral("barcode")));

    bool ok = true;
    if (m_products.skuTaken(sellerId, fields.value(u"sku").toString(), id, ok))
        errors.append(fieldError("sku", "duplicate", "Mã SKU này đã dùng cho một sản phẩm khác.",
                                 "Another product already has this SKU."));
    if (!ok)
        return false;

    // Variants (ADR 0006): a variant names its parent and gives one value per axis of the parent.
    const QString parentId = fields.value(u"parent_id").toString();
    const qsizetype values = fields.value(u"option_values").toArray().size();
    if (parentId.isEmpty()) {
        if (values > 0)
            errors.append(fieldError("option_values", "not_allowed",
                                     "Chỉ loại con (có parent_id) mới có giá trị phân loại.",
                                     "Only a variant (with parent_id) has option values."));
        return true;
    }
    if (!fields.value(u"option_names").toArray().isEmpty())
        errors.append(fieldError("option_names", "not_allowed",
                                 "Loại con không đặt tên phân loại; sản phẩm cha đặt.",
                                 "A variant has no option names; its parent names the options."));
    if (m_products.hasVariants(id, ok)) {
        errors.append(fieldError("parent_id", "not_allowed",
                                 "Sản phẩm này đang có loại con nên không thể là loại con.",
                                 "This product has variants of its own, so it cannot be a variant."));
        return ok;
    }
    const std::optional<ProductRow> parent = parentId == id ? std::nullopt : m_products.find(parentId, ok);
    if (!ok)
        return false;
    if (parentId == id) {
        errors.append(fieldError("parent_id", "not_allowed", "Sản phẩm không thể là loại con của chính nó.",
                                 "A product cannot be a variant of itself."));
    } else if (!parent || parent->sellerId != sellerId || parent->deleted) {
        errors.append(fieldError("parent_id", "not_found", "Không tìm thấy sản phẩm cha.",
                                 "The parent product was not found."));
    } else if (!parent->parentId().isEmpty()) {
        errors.append(fieldError("parent_id", "not_allowed",
                                 "Sản phẩm cha này lại là loại con của sản phẩm khác.",
                                 "The parent is itself a variant."));
    } else if (const qsizetype axes = parent->optionNames().size(); values != axes) {
        errors.append(values < axes ? FieldErrors::tooShort(QStringLiteral("option_values"), axes, true)
                                    : FieldErrors::tooLong(QStringLiteral("option_values"), axes, true));
    }
    return true;
}

HttpResponse ProductsApi::put(const ApiRequest& request)
{
    const QString id = request.params.value(0);
    if (!ProductIds::isWellFormed(id))
        return ProductIds::notFound().toResponse();
    bool ok = true;
    const std::optional<ProductRow> existing = m_products.find(id, ok);
    if (!ok)
        return internal();
    const bool mine = existing && existing->sellerId == request.sellerId && !existing->deleted;
    const IfMatch ifMatch = IfMatch::parse(request.header("If-Match"));
    if (const std::optional<Problem> problem = ifMatch.problem(mine))
        return problem->toResponse();

    QJsonObject fields;
    if (const std::optional<Problem> problem =
            readBody(request.http.body(), ProductJson::writeRule(), fields))
        return problem->toResponse();
    QList<FieldError> errors;
    if (!checkRules(request.sellerId, id, fields, errors))
        return internal();
    if (const std::optional<Problem> problem = fieldProblem(errors))
        return problem->toResponse();

    if (ifMatch.state == IfMatch::State::Given && (!mine || ifMatch.version != existing->version))
        return staleResponse(mine ? existing : std::nullopt);
    if (existing && !mine)
        return Problem(ProblemCode::IdInUse,
                       {QStringLiteral("Mã sản phẩm này đã được dùng. Hãy tạo sản phẩm với mã mới."),
                        QStringLiteral("This product id is already used. Create the product with a new id.")})
            .toResponse();

    if (!existing) {
        ProductRow row;
        row.id = id;
        row.sellerId = request.sellerId;
        row.version = 1;
        row.fields = fields;
        row.listing = ProductJson::draftListing();
        row.createdAt = row.updatedAt = request.nowText;
        const HttpResponse created = productResponse(201, row);
        if (!m_products.insert(row) || !recordUpdated(request, created))
            return internal();
        return created;
    }
    ProductRow row = *existing;
    if (row.fields == fields)
        return productResponse(200, row);
    row.version += 1;
    row.fields = fields;
    row.updatedAt = request.nowText;
    // A listing in moderation or on sale goes to moderation again with its new fields.
    const QString listing = row.listing.value(u"status").toString();
    if (m_moderation && (listing == u"pending" || listing == u"approved") &&
        !m_moderation->submit(row, request.nowText, request.nowMs))
        return internal();
    const HttpResponse replaced = productResponse(200, row);
    if (!m_products.update(row) || !recordUpdated(request, replaced))
        return internal();
    return replaced;
}

HttpResponse ProductsApi::remove(const ApiRequest& request)
{
    bool ok = true;
    const std::optional<ProductRow> row = own(request, ok);
    if (!ok)
        return internal();
    if (!row)
        return ProductIds::notFound().toResponse();
    const IfMatch ifMatch = IfMatch::parse(request.header("If-Match"));
    if (const std::optional<Problem> problem = ifMatch.problem(true))
        return problem->toResponse();
    if (ifMatch.version != row->version)
        return staleResponse(row);
    if (m_products.hasVariants(row->id, ok))
        return Problem(ProblemCode::WrongProductKind,
                       {QStringLiteral("Sản phẩm này còn các loại con. Hãy xoá các loại con trước."),
                        QStringLiteral("This product still has variants. Delete the variants first.")})
            .toResponse();
    if (!ok)
        return internal();
    const qint64 version = row->version + 1;
    if (!m_products.markDeleted(row->id, version, request.nowText) ||
        !m_changes.record(request.sellerId, QStringLiteral("product.deleted"), request.nowText, request.nowMs,
                          {{QStringLiteral("product_id"), row->id}, {QStringLiteral("version"), version}}))
        return internal();
    return HttpResponse::empty(204);
}

HttpResponse ProductsApi::list(const ApiRequest& request)
{
    int limit = 0;
    QString after;
    if (const std::optional<Problem> problem = Paging::readIdQuery(request.http.query(), limit, after))
        return problem->toResponse();
    bool ok = true;
    const QList<ProductRow> rows = m_products.page(request.sellerId, after, limit + 1, ok);
    if (!ok)
        return internal();
    QJsonArray items;
    for (const ProductRow& row : rows)
        items.append(ProductJson::toJson(row));
    return Paging::idPage(items, limit);
}

} // namespace ChoPhien
