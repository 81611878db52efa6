#pragma once

#include "Moderation.h"
#include "ProductRecords.h"
#include "Router.h"

namespace ChoPhien {

// POST /v1/products/{id}/publish: submits a product to moderation (answers 202 at once; the
// result comes later through the changes feed, see Moderation).
class PublishApi final {
    Q_DISABLE_COPY_MOVE(PublishApi)

public:
    PublishApi(ProductRecords& products, Moderation& moderation);
    void addRoutes(Router& router);

private:
    HttpResponse publish(const ApiRequest& request);

    ProductRecords& m_products;
    Moderation& m_moderation;
};

} // namespace ChoPhien
