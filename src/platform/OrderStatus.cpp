#include "OrderStatus.h"

#include "FieldErrors.h"

#include <QHash>
#include <QJsonObject>

namespace ChoPhien::OrderStatus {
namespace {

const QHash<QString, QStringList>& moves()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("new"), {QStringLiteral("confirmed"), QStringLiteral("cancelled")}},
        {QStringLiteral("confirmed"), {QStringLiteral("packed"), QStringLiteral("cancelled")}},
        {QStringLiteral("packed"), {QStringLiteral("shipped"), QStringLiteral("cancelled")}},
        {QStringLiteral("shipped"), {QStringLiteral("delivered"), QStringLiteral("returned")}},
        {QStringLiteral("delivered"), {QStringLiteral("returned")}},
    };
    return table;
}

// The status as a seller reads it, in both languages.
Words wordsFor(const QString& status)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("new"), {QStringLiteral("mới"), QStringLiteral("new")}},
        {QStringLiteral("confirmed"), {QStringLiteral("đã xác nhận"), QStringLiteral("confirmed")}},
        {QStringLiteral("packed"), {QStringLiteral("đã đóng gói"), QStringLiteral("packed")}},
        {QStringLiteral("shipped"), {QStringLiteral("đang giao"), QStringLiteral("shipped")}},
        {QStringLiteral("delivered"), {QStringLiteral("đã giao"), QStringLiteral("delivered")}},
        {QStringLiteral("cancelled"), {QStringLiteral("đã huỷ"), QStringLiteral("cancelled")}},
        {QStringLiteral("returned"), {QStringLiteral("đã trả lại"), QStringLiteral("returned")}},
    };
    return words.value(status, {status, status});
}

} // namespace

bool canMove(const QString& from, const QString& to)
{
    return moves().value(from).contains(to);
}

bool returnsStock(const QString& to)
{
    return to == u"cancelled" || to == u"returned";
}

Problem refusal(const QString& from, const QString& to)
{
    const Words a = wordsFor(from);
    const Words b = wordsFor(to);
    if (from == to)
        return Problem(ProblemCode::InvalidTransition,
                       {QStringLiteral("Đơn hàng đã ở trạng thái “%1”.").arg(a.vi),
                        QStringLiteral("The order is already %1.").arg(a.en)});
    return Problem(ProblemCode::InvalidTransition,
                   {QStringLiteral("Đơn hàng “%1” không thể chuyển sang “%2”.").arg(a.vi, b.vi),
                    QStringLiteral("An order that is %1 cannot become %2.").arg(a.en, b.en)});
}

const JsonRule& changeRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("status"),
         JsonRule::oneOf({QStringLiteral("confirmed"), QStringLiteral("packed"), QStringLiteral("shipped"),
                          QStringLiteral("delivered"), QStringLiteral("cancelled"),
                          QStringLiteral("returned")})},
        {QStringLiteral("tracking_number"), JsonRule::text(1, 64).optional()},
        {QStringLiteral("reason"), JsonRule::text(1, 500).optional()},
    });
    return rule;
}

QList<FieldError> missingFor(const QJsonObject& change)
{
    const QString status = change.value(u"status").toString();
    QList<FieldError> errors;
    if (status == u"shipped" && !change.contains(u"tracking_number"))
        errors.append(FieldErrors::required(QStringLiteral("tracking_number")));
    if (returnsStock(status) && !change.contains(u"reason"))
        errors.append(FieldErrors::required(QStringLiteral("reason")));
    return errors;
}

} // namespace ChoPhien::OrderStatus
