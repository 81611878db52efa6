#pragma once

#include "JsonRules.h"

#include <QJsonObject>

namespace ChoPhien {

// The seller's JSON (SellerWrite and Seller in the contract).
namespace SellerJson {

// SellerWrite: every field required.
const JsonRule& writeRule();
// The writable fields of a new account's seller: empty texts, no policies yet.
QJsonObject initialFields();
// Whether the identity has everything moderation requires (Decree 52/2013 as amended by 85/2021).
bool isIdentityComplete(const QJsonObject& fields);

struct Row {
    QString id;
    QString username;
    qint64 version = 0;
    QJsonObject fields;
    QString createdAt;
    QString updatedAt;
};
QJsonObject toJson(const Row& row);

} // namespace SellerJson
} // namespace ChoPhien
