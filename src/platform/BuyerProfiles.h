#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

// Made-up Vietnamese buyers for the buyer simulator: names, mobile numbers and delivery addresses
// in real communes of the 2025 administrative units (resources/admin-units, ADR 0008). Everything
// is drawn from the generator given, so the same seed makes the same buyers.
namespace ChoPhien::BuyerProfiles {

QJsonObject buyer(QRandomGenerator& random);    // Buyer
QJsonObject delivery(QRandomGenerator& random); // Delivery

} // namespace ChoPhien::BuyerProfiles
