#pragma once

#include "ChangesFeed.h"
#include "ProductRecords.h"
#include "Router.h"

namespace ChoPhien {

// /v1/products and /v1/products/{id}: create-or-replace with client ids, read, delete, list.
class ProductsApi final {
    Q_DISABLE_COPY_MOVE(ProductsApi)

public:
    ProductsApi(ProductRecords& products, ChangesFeed& changes);
    void addRoutes(Router& router);

private:
    HttpResponse get(const ApiRequest& request);
    HttpResponse put(const ApiRequest& request);
    HttpResponse remove(const ApiRequest& request);
    HttpResponse list(const ApiRequest& request);

    // The rules beyond the schema (sale price, barcode, SKU, variants); field errors in `errors`.
    bool checkRules(const QString& sellerId, const QString& id, const QJsonObject& fields,
                    QList<FieldError>& errors);
    // The seller's live product `id`, or nullopt (404). `ok` false on an SQL error.
    std::optional<ProductRow> own(const ApiRequest& request, bool& ok);
    bool recordUpdated(const ApiRequest& request, const HttpResponse& response);

    ProductRecords& m_products;
    ChangesFeed& m_changes;
};

} // namespace ChoPhien
