#pragma once

#include <core/ProductSummary.h>
#include <storage/StockHolds.h>
#include <storage/StockLedger.h>
#include <storage/StockOverview.h>

#include <QJsonObject>

namespace ChoPhien::Cli::StockJson {

// The stable --json shapes of the stock commands.
QJsonValue date(const QDate& date);
QJsonValue textOrNull(const QString& text);
QString signedQuantity(MilliQuantity delta);
// A stored UTC time as the clerk's local "2026-11-23 15:00".
QString localTime(const QString& stored);
// Adds "<key>_milli" (exact) and "<key>" (formatted "2,5") to `object`.
void addQuantity(QJsonObject& object, const QString& key, MilliQuantity quantity);

QJsonObject product(const ProductSummary& p);
QJsonObject lot(const Lot& lot);
QJsonObject movement(const StockLedger::Movement& m);
QJsonObject hold(const StockHold& h);
QJsonObject row(const StockRow& r);

} // namespace ChoPhien::Cli::StockJson
