#include "Paging.h"

#include "FieldErrors.h"
#include "ProductIds.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ChoPhien::Paging {

std::optional<FieldError> readLimit(const QUrlQuery& query, int& limit)
{
    limit = kDefaultLimit;
    const QString name = QStringLiteral("limit");
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || text.startsWith(u'+') || text.trimmed() != text)
        return FieldErrors::wrongType(name, FieldErrors::Type::Integer);
    if (value < 1)
        return FieldErrors::tooSmall(name, 1);
    if (value > kMaxLimit)
        return FieldErrors::tooLarge(name, kMaxLimit);
    limit = int(value);
    return std::nullopt;
}

QString encodeCursor(const QByteArray& position)
{
    return QString::fromLatin1(
        position.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> decodeCursor(const QString& cursor)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,512}$"));
    if (!shape.match(cursor).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

FieldError badCursor()
{
    return FieldErrors::invalidFormat(QStringLiteral("cursor"),
                                      {QStringLiteral("dùng nguyên next_cursor của trang trước"),
                                       QStringLiteral("pass the previous page's next_cursor as given")});
}

std::optional<Problem> readIdQuery(const QUrlQuery& query, int& limit, QString& afterId)
{
    QList<FieldError> errors;
    if (std::optional<FieldError> error = readLimit(query, limit))
        errors.append(*error);
    afterId.clear();
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const std::optional<QByteArray> position =
            decodeCursor(query.queryItemValue(QStringLiteral("cursor")));
        afterId = position ? QString::fromLatin1(*position) : QString();
        if (!ProductIds::isWellFormed(afterId)) // products' and orders' ids alike are UUIDs
            errors.append(badCursor());
    }
    if (errors.isEmpty())
        return std::nullopt;
    return Problem::fields(ProblemCode::InvalidField, errors);
}

HttpResponse idPage(QJsonArray items, int limit)
{
    const bool hasMore = items.size() > limit;
    while (items.size() > limit)
        items.removeLast();
    const QJsonValue next =
        hasMore ? QJsonValue(encodeCursor(items.last().toObject().value(u"id").toString().toLatin1()))
                : QJsonValue(QJsonValue::Null);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("next_cursor"), next},
                                               {QStringLiteral("has_more"), hasMore}});
}

} // namespace ChoPhien::Paging
