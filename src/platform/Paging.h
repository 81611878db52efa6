#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

// Query parameters of the paged reads (products, changes): `limit` and opaque cursors.
namespace ChoPhien::Paging {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;

// `limit`: absent gives the default; otherwise a whole number 1–500, or the field error.
std::optional<FieldError> readLimit(const QUrlQuery& query, int& limit);

// Cursors are base64url (no padding) of what the server needs to resume.
QString encodeCursor(const QByteArray& position);
// nullopt when `cursor` is not base64url or too long.
std::optional<QByteArray> decodeCursor(const QString& cursor);
FieldError badCursor();

// Lists ordered by id (products, orders): `limit`, and a cursor naming the last id read. The 400
// problem, or nullopt with `limit` and `afterId` (empty: from the start).
std::optional<Problem> readIdQuery(const QUrlQuery& query, int& limit, QString& afterId);
// The 200 answer of a list page from the up to `limit` + 1 items read after the cursor, in id
// order: one more than `limit` means there is more, and the next cursor names the last id sent.
HttpResponse idPage(QJsonArray items, int limit);

} // namespace ChoPhien::Paging
