#pragma once

#include "ProductRecords.h"
#include "Router.h"
#include "StockAdjustments.h"

namespace ChoPhien {

// POST /v1/products/{id}/stock-adjustments: stock as a ledger of deltas. Deltas commute, so no
// If-Match; an op_id is applied once for ever (its ledger row outlives idempotency records).
class StockApi final {
    Q_DISABLE_COPY_MOVE(StockApi)

public:
    StockApi(ProductRecords& products, StockAdjustments& ledger);
    void addRoutes(Router& router);

private:
    HttpResponse adjust(const ApiRequest& request);

    ProductRecords& m_products;
    StockAdjustments& m_ledger;
};

} // namespace ChoPhien
