#pragma once

#include "Money.h"

#include <QString>

namespace ChoPhien {

// Quantities are exact: whole thousandths of the product's base unit (2,5 kg is 2500).
using MilliQuantity = qint64;
inline constexpr MilliQuantity kMilliPerUnit = 1000;

// What a catalogue list shows of one product.
struct ProductSummary {
    QString id;
    QString name;
    QString sku;
    QString barcode;
    QString producer;
    QString unit;
    Dong price = 0;
    int ocopStars = 0; // 0: not OCOP-rated; otherwise 3 to 5
    QString originProvince;
    QString category; // path, "Nông sản/Gạo"
    MilliQuantity onHand = 0;
    bool archived = false;
    int variants = 0; // variants on sale, when it is sold in variants
};

} // namespace ChoPhien

// Its members all move by memcpy, so a list of 100,000 grows by realloc instead of copying each row
// (the Products page's list grows a page at a time as it scrolls).
Q_DECLARE_TYPEINFO(ChoPhien::ProductSummary, Q_RELOCATABLE_TYPE);
