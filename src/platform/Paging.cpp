#include "Paging.h"

#include "FieldErrors.h"

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

} // namespace ChoPhien::Paging
