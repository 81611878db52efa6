#pragma once

#include "JsonRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ChoPhien {

// A product as the sandbox keeps it: the writable fields (ProductWrite) as the client sent them,
// and the server's own (version, stock, photos, listing, times).
struct ProductRow {
    QString id;
    QString sellerId;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    qint64 stockOnHandMilli = 0;
    QJsonArray photos; // Photo objects in order (ProductPhotos)
    QJsonObject listing;
    QString createdAt;
    QString updatedAt;

    QString sku() const { return fields.value(u"sku").toString(); }
    // Empty unless the product is a variant.
    QString parentId() const { return fields.value(u"parent_id").toString(); }
    QStringList optionNames() const;
};

namespace ProductJson {

// ProductWrite: every field required, each checked against the contract's limits.
const JsonRule& writeRule();
// PlatformProductEdit's members (name, category, description, tags), with ProductWrite's rules.
const QList<JsonRule::Member>& platformEditMembers();
// The listing of a product never submitted.
QJsonObject draftListing();
// The Product of the contract.
QJsonObject toJson(const ProductRow& row);

} // namespace ProductJson
} // namespace ChoPhien
