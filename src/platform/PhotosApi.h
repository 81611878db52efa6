#pragma once

#include "ChangesFeed.h"
#include "ProductRecords.h"
#include "Router.h"
#include "UploadFiles.h"
#include "UploadRecords.h"

#include <functional>

namespace ChoPhien {

// /v1/products/{id}/photos and /v1/products/{id}/photos/{photo_id}: a complete upload attached to
// a product at a position, or removed from it; positions stay 0 … n-1. Photos are not part of the
// product's version, but each change is a `product.updated` in the feed with the whole product.
class PhotosApi final {
    Q_DISABLE_COPY_MOVE(PhotosApi)

public:
    // Called inside the write transaction after a product's photos changed, before the change is
    // recorded (moderation sends a pending or approved listing back to review); false fails the
    // write (500, nothing committed).
    using PhotosChanged = std::function<bool(const ApiRequest& request, const QString& productId)>;

    PhotosApi(ProductRecords& products, UploadRecords& uploads, UploadFiles& files, ChangesFeed& changes);
    void addRoutes(Router& router);
    void setPhotosChanged(PhotosChanged hook) { m_photosChanged = std::move(hook); }

private:
    HttpResponse attach(const ApiRequest& request);
    HttpResponse detach(const ApiRequest& request);

    // The seller's live product named in the path, or nullopt with the answer to give (404, 500).
    std::optional<ProductRow> own(const ApiRequest& request, HttpResponse& refusal);
    // The hook, then the feed's product.updated with the product as it now is.
    bool changed(const ApiRequest& request, const QString& productId);

    ProductRecords& m_products;
    ProductPhotos& m_photos;
    UploadRecords& m_uploads;
    UploadFiles& m_files;
    ChangesFeed& m_changes;
    PhotosChanged m_photosChanged;
};

} // namespace ChoPhien
