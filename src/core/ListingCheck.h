#pragma once

#include "ListingRules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ChoPhien {

// What moderation knows about one photo.
struct PhotoFacts {
    QString contentType; // "image/jpeg"
    int width = 0;
    int height = 0;
};

// A listing as the rule tables see it, the same for the app and the platform. `fields` maps the
// tables' field names to the text the listing states: product fields by their contract names
// ("name", "group", "ingredients", "producer.name", "origin.province_code", "ocop.decided_on" as
// YYYY-MM-DD, "tags" joined by ", "), numbers only when stated ("shelf_life_days" "730",
// "net_quantity" "500 ml"), and the seller's identity under "seller." ("seller.tax_id",
// "seller.address.line"). A field left out, or empty, is not given.
struct ListingFacts {
    QHash<QString, QString> fields;
    QList<PhotoFacts> photos; // in order; the first is the main photo

    QString group() const { return fields.value(QStringLiteral("group")); }
};

// One reason a listing cannot be approved (the contract's ListingReason).
struct ListingReason {
    QString field; // "ingredients", "seller.tax_id", "photos", "photos[2]"
    QString code;  // "missing_label_field"
    QString message;
    QString messageEn;

    friend bool operator==(const ListingReason&, const ListingReason&) = default;
};

namespace ListingCheck {

// Every reason `rules` give against `facts`, in the tables' order; empty when it may be approved.
// `today` is the date in Vietnam (certificate validity).
QList<ListingReason> run(const ListingRules& rules, const ListingFacts& facts, const QDate& today);

// Whether `text` contains `phrase` as whole words, ignoring case and Vietnamese accents
// ("Thần Dược" and "than duoc" match "thần dược"; "thần dượcx" does not).
bool containsPhrase(const QString& text, const QString& phrase);

} // namespace ListingCheck
} // namespace ChoPhien
