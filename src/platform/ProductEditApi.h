#pragma once

#include "ChangesFeed.h"
#include "ProductRecords.h"
#include "Router.h"

namespace ChoPhien {

// PATCH /admin/products/{id}: the platform's staff edit a product (name, category, description,
// tags) of any seller. The version goes up by one and a product.updated change is recorded, so
// the seller's clients get 412 on their next If-Match, as after an edit on the real platform.
class ProductEditApi final {
    Q_DISABLE_COPY_MOVE(ProductEditApi)

public:
    ProductEditApi(PlatformStore& store, ProductRecords& products, ChangesFeed& changes);
    void addRoutes(Router& router);

private:
    HttpResponse edit(const ApiRequest& request);
    HttpResponse editInTransaction(const ApiRequest& request);

    PlatformStore& m_store;
    ProductRecords& m_products;
    ChangesFeed& m_changes;
};

} // namespace ChoPhien
