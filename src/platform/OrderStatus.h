#pragma once

#include "JsonRules.h"

#include <QString>

// An order's statuses and the moves between them (docs/platform-api.yaml,
// POST /v1/orders/{id}/status).
namespace ChoPhien::OrderStatus {

// new → confirmed | cancelled; confirmed → packed | cancelled; packed → shipped | cancelled;
// shipped → delivered | returned; delivered → returned; cancelled and returned are final.
bool canMove(const QString& from, const QString& to);
// Moves that put the order's goods back in stock.
bool returnsStock(const QString& to);
// The 409 invalid_transition, naming both statuses.
Problem refusal(const QString& from, const QString& to);

// OrderStatusChange: status, and tracking_number / reason where the status needs them.
const JsonRule& changeRule();
// The field errors the status asks for beyond the schema: `tracking_number` with `shipped`,
// `reason` with `cancelled` and `returned` (code `required`).
QList<FieldError> missingFor(const QJsonObject& change);

} // namespace ChoPhien::OrderStatus
