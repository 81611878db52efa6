#pragma once

#include <core/ListingCheck.h>

#include <QJsonObject>

namespace ChoPhien::ListingFactsJson {

// The rule tables' view of a product (ProductWrite fields), its seller (SellerWrite fields) and
// its photos: every text by its dotted contract name ("producer.name"; the seller's under
// "seller."), numbers only when above 0, string lists joined by ", ", an object also under its own
// name as its texts joined (so `net_quantity` is given when it is not null).
ListingFacts make(const QJsonObject& product, const QJsonObject& seller, const QList<PhotoFacts>& photos);

} // namespace ChoPhien::ListingFactsJson
