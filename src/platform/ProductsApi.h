#pragma once

#include "ChangesFeed.h"
#include "ProductRecords.h"
#include "Router.h"

namespace ChoPhien {

class Moderation;

// /v1/products and /v1/products/{id}: create-or-replace with client ids, read, delete, list.
class ProductsApi final {
    Q_DISABLE_COPY_MOVE(ProductsApi)

public:
    ProductsApi(ProductRecords& products, ChangesFeed& changes);
    void addRoutes(Router& router);
    // Replacing a product whose listing is pending or approved submits it again (when set).
    void setModeration(Moderation* moderation) { m_moderation = moderation; }

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
    Moderation* m_moderation = nullptr;
};

} // namespace ChoPhien
