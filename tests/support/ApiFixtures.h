#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Request bodies and accounts the platform API tests share.
namespace ChoPhien::Test::ApiFixtures {

// Two sellers every sandbox test starts with.
inline const QString kAmy = QStringLiteral("amy");
inline const QString kAmyPassword = QStringLiteral("mật-khẩu-của-Amy");
inline const QString kBen = QStringLiteral("ben");
inline const QString kBenPassword = QStringLiteral("ben-secret-2");
// `--data folder --user amy:… --user ben:…`
QStringList sandboxArguments(const QString& dataFolder);

// A complete, valid ProductWrite.
QJsonObject product(const QString& sku, qint64 price = 250000);
// A complete, valid SellerWrite with a complete identity.
QJsonObject seller();
// A StockAdjustmentWrite.
QJsonObject adjustment(const QString& opId, qint64 deltaMilli,
                       const QString& reason = QStringLiteral("received"));

// The compact JSON bytes of `object`, as a request body.
QByteArray compact(const QJsonObject& object);

QString newId();
QString productPath(const QString& id);

} // namespace ChoPhien::Test::ApiFixtures
