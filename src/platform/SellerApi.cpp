#include "SellerApi.h"

#include "IfMatch.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcSeller, "chophien.platform.seller")

HttpResponse sellerResponse(int status, const SellerJson::Row& row)
{
    return HttpResponse::json(status, SellerJson::toJson(row)).withHeader("ETag", entityTag(row.version));
}

} // namespace

SellerApi::SellerApi(PlatformStore& store)
    : m_select(store.prepare(QStringLiteral(
          "SELECT username, version, fields, created_at, updated_at FROM sellers WHERE id = ?")))
    , m_update(store.prepare(
          QStringLiteral("UPDATE sellers SET version = ?, fields = ?, updated_at = ? WHERE id = ?")))
{}

void SellerApi::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/v1/seller"), {[this](ApiRequest& r) { return get(r); }});
    router.add("PUT", QStringLiteral("/v1/seller"),
               {[this](ApiRequest& r) { return replace(r); }, true, true, true});
}

std::optional<SellerJson::Row> SellerApi::load(const QString& sellerId)
{
    m_select.bindValue(0, sellerId);
    if (!m_select.exec() || !m_select.next()) {
        m_select.finish();
        return std::nullopt;
    }
    SellerJson::Row row;
    row.id = sellerId;
    row.username = m_select.value(0).toString();
    row.version = m_select.value(1).toLongLong();
    row.fields = QJsonDocument::fromJson(m_select.value(2).toByteArray()).object();
    row.createdAt = m_select.value(3).toString();
    row.updatedAt = m_select.value(4).toString();
    m_select.finish();
    return row;
}

HttpResponse SellerApi::get(const ApiRequest& request)
{
    const std::optional<SellerJson::Row> row = load(request.sellerId);
    return row ? sellerResponse(200, *row) : Problem(ProblemCode::Internal).toResponse();
}

HttpResponse SellerApi::replace(const ApiRequest& request)
{
    std::optional<SellerJson::Row> row = load(request.sellerId);
    if (!row)
        return Problem(ProblemCode::Internal).toResponse();
    const IfMatch ifMatch = IfMatch::parse(request.header("If-Match"));
    if (const std::optional<Problem> problem = ifMatch.problem(true))
        return problem->toResponse();
    QJsonObject fields;
    if (const std::optional<Problem> problem = readBody(request.http.body(), SellerJson::writeRule(), fields))
        return problem->toResponse();
    if (ifMatch.version != row->version) {
        Problem conflict = Problem::conflict(SellerJson::toJson(*row));
        return conflict.toResponse().withHeader("ETag", entityTag(row->version));
    }
    if (fields == row->fields)
        return sellerResponse(200, *row);
    row->version += 1;
    row->fields = fields;
    row->updatedAt = request.nowText;
    m_update.bindValue(0, row->version);
    m_update.bindValue(1, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    m_update.bindValue(2, row->updatedAt);
    m_update.bindValue(3, row->id);
    if (!m_update.exec()) {
        qCWarning(lcSeller) << "cannot update the seller:" << m_update.lastError().text();
        return Problem(ProblemCode::Internal).toResponse();
    }
    return sellerResponse(200, *row);
}

} // namespace ChoPhien
