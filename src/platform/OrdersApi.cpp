#include "OrdersApi.h"

#include "IfMatch.h"
#include "OrderStatus.h"
#include "Paging.h"
#include "ProductIds.h"

#include <QJsonArray>

namespace ChoPhien {
namespace {

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

HttpResponse notFound()
{
    return Problem(ProblemCode::NotFound, {QStringLiteral("Không tìm thấy đơn hàng này."),
                                           QStringLiteral("This order was not found.")})
        .toResponse();
}

HttpResponse orderResponse(int status, const QJsonObject& order)
{
    return HttpResponse::json(status, order)
        .withHeader("ETag", entityTag(order.value(u"version").toInteger()));
}

} // namespace

OrdersApi::OrdersApi(OrderBook& orders)
    : m_orders(orders)
{}

void OrdersApi::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/v1/orders"), {[this](ApiRequest& r) { return list(r); }});
    router.add("GET", QStringLiteral("/v1/orders/{id}"), {[this](ApiRequest& r) { return get(r); }});
    router.add("POST", QStringLiteral("/v1/orders/{id}/status"),
               {[this](ApiRequest& r) { return changeStatus(r); }, true, true, true});
}

std::optional<OrderRow> OrdersApi::own(const ApiRequest& request, bool& ok)
{
    ok = true;
    const QString id = request.params.value(0);
    if (!ProductIds::isWellFormed(id)) // orders' ids are UUIDs too
        return std::nullopt;
    std::optional<OrderRow> row = m_orders.records().find(id, ok);
    if (!row || row->sellerId != request.sellerId)
        return std::nullopt;
    return row;
}

HttpResponse OrdersApi::list(const ApiRequest& request)
{
    int limit = 0;
    QString after;
    if (const std::optional<Problem> problem = Paging::readIdQuery(request.http.query(), limit, after))
        return problem->toResponse();
    bool ok = true;
    const QList<OrderRow> rows = m_orders.records().page(request.sellerId, after, limit + 1, ok);
    if (!ok)
        return internal();
    QJsonArray items;
    for (const OrderRow& row : rows)
        items.append(row.data);
    return Paging::idPage(items, limit);
}

HttpResponse OrdersApi::get(const ApiRequest& request)
{
    bool ok = true;
    const std::optional<OrderRow> row = own(request, ok);
    if (!ok)
        return internal();
    return row ? orderResponse(200, row->data) : notFound();
}

HttpResponse OrdersApi::changeStatus(const ApiRequest& request)
{
    bool ok = true;
    const std::optional<OrderRow> row = own(request, ok);
    if (!ok)
        return internal();
    if (!row)
        return notFound();
    const IfMatch ifMatch = IfMatch::parse(request.header("If-Match"));
    if (const std::optional<Problem> problem = ifMatch.problem(true))
        return problem->toResponse();
    QJsonObject change;
    if (const std::optional<Problem> problem =
            readBody(request.http.body(), OrderStatus::changeRule(), change))
        return problem->toResponse();
    if (const std::optional<Problem> problem = fieldProblem(OrderStatus::missingFor(change)))
        return problem->toResponse();
    if (ifMatch.version != row->version())
        return Problem::conflict(row->data).toResponse().withHeader("ETag", entityTag(row->version()));
    const QString to = change.value(u"status").toString();
    if (!OrderStatus::canMove(row->status(), to))
        return OrderStatus::refusal(row->status(), to).toResponse();
    const std::optional<QJsonObject> moved =
        m_orders.move(*row, to, change.value(u"tracking_number").toString(),
                      change.value(u"reason").toString(), request.nowText, request.nowMs);
    return moved ? orderResponse(200, *moved) : internal();
}

} // namespace ChoPhien
