#pragma once

#include "Problem.h"

#include <QByteArray>
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

} // namespace ChoPhien::Paging
