#pragma once

#include "OrderBook.h"
#include "Router.h"

namespace ChoPhien {

// /v1/orders, /v1/orders/{id} and /v1/orders/{id}/status: a seller's orders, read and moved along.
class OrdersApi final {
    Q_DISABLE_COPY_MOVE(OrdersApi)

public:
    explicit OrdersApi(OrderBook& orders);
    void addRoutes(Router& router);

private:
    HttpResponse list(const ApiRequest& request);
    HttpResponse get(const ApiRequest& request);
    HttpResponse changeStatus(const ApiRequest& request);

    // The seller's order named in the path, or nullopt (404). `ok` false on an SQL error.
    std::optional<OrderRow> own(const ApiRequest& request, bool& ok);

    OrderBook& m_orders;
};

} // namespace ChoPhien
