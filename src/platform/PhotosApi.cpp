#include "PhotosApi.h"

#include "FieldErrors.h"
#include "ImageProbe.h"
#include "ProductIds.h"

#include <QUuid>

namespace ChoPhien {
namespace {

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

const JsonRule& attachRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("upload_id"), JsonRule::uuid()},
        {QStringLiteral("position"), JsonRule::integer(0, ProductPhotos::kMaxPhotos - 1)},
    });
    return rule;
}

} // namespace

PhotosApi::PhotosApi(ProductRecords& products, UploadRecords& uploads, UploadFiles& files,
                     ChangesFeed& changes)
    : m_products(products)
    , m_photos(products.photos())
    , m_uploads(uploads)
    , m_files(files)
    , m_changes(changes)
{}

void PhotosApi::addRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/v1/products/{id}/photos"),
               {[this](ApiRequest& r) { return attach(r); }, true, true, true});
    router.add("DELETE", QStringLiteral("/v1/products/{id}/photos/{photo_id}"),
               {[this](ApiRequest& r) { return detach(r); }, true, true, false});
}

std::optional<ProductRow> PhotosApi::own(const ApiRequest& request, HttpResponse& refusal)
{
    bool ok = true;
    std::optional<ProductRow> row = m_products.own(request.sellerId, request.params.value(0), ok);
    if (!row)
        refusal = ok ? ProductIds::notFound().toResponse() : internal();
    return row;
}

bool PhotosApi::changed(const ApiRequest& request, const QString& productId)
{
    if (m_photosChanged && !m_photosChanged(request, productId))
        return false;
    bool ok = true;
    const std::optional<ProductRow> product = m_products.find(productId, ok);
    return ok && product &&
           m_changes.record(request.sellerId, QStringLiteral("product.updated"), request.nowText,
                            request.nowMs, ProductJson::toJson(*product));
}

HttpResponse PhotosApi::attach(const ApiRequest& request)
{
    HttpResponse refusal;
    const std::optional<ProductRow> product = own(request, refusal);
    if (!product)
        return refusal;
    bool ok = true;

    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), attachRule(), body))
        return problem->toResponse();
    // Another seller's upload looks exactly like a missing one.
    const std::optional<UploadRow> upload = m_uploads.find(body.value(u"upload_id").toString(), ok);
    if (!ok)
        return internal();
    if (!upload || upload->sellerId != request.sellerId)
        return Problem::fields(ProblemCode::InvalidField,
                               {FieldErrors::notFound(QStringLiteral("upload_id"))})
            .toResponse();
    if (!upload->complete)
        return Problem(ProblemCode::UploadIncomplete).toResponse();

    if (const std::optional<PhotoRow> same = m_photos.findFile(product->id, upload->sha256, ok))
        return HttpResponse::json(200, same->toJson());
    const int count = ok ? m_photos.count(product->id, ok) : 0;
    if (!ok)
        return internal();
    if (count >= ProductPhotos::kMaxPhotos)
        return Problem(ProblemCode::TooManyPhotos).toResponse();
    const std::optional<QSize> size =
        ImageProbe::orientedSize(m_files.blobPath(upload->sha256), upload->contentType);
    if (!size)
        return Problem(ProblemCode::InvalidImage).toResponse();

    PhotoRow photo;
    photo.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    photo.productId = product->id;
    photo.sellerId = request.sellerId;
    photo.sha256 = upload->sha256;
    photo.contentType = upload->contentType;
    // A position past the end appends.
    photo.position = qMin(int(body.value(u"position").toDouble()), count);
    photo.width = size->width();
    photo.height = size->height();
    photo.createdAt = request.nowText;
    if (!m_photos.insert(photo) || !changed(request, product->id))
        return internal();
    return HttpResponse::json(201, photo.toJson());
}

HttpResponse PhotosApi::detach(const ApiRequest& request)
{
    HttpResponse refusal;
    const std::optional<ProductRow> product = own(request, refusal);
    if (!product)
        return refusal;
    bool ok = true;
    const std::optional<PhotoRow> photo = m_photos.find(request.params.value(1), ok);
    if (!ok)
        return internal();
    if (!photo || photo->productId != product->id)
        return Problem(ProblemCode::NotFound, {QStringLiteral("Sản phẩm này không có ảnh này."),
                                               QStringLiteral("This product has no such photo.")})
            .toResponse();
    if (!m_photos.remove(*photo) || !changed(request, product->id))
        return internal();
    return HttpResponse::empty(204);
}

} // namespace ChoPhien
