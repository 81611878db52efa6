#pragma once

#include "ProductSummary.h"

#include <QString>

#include <optional>

namespace ChoPhien {

// How many of a product's base unit one selling unit holds: 1 bao = 50 kg is
// {u"bao", 50000} (50 kg in thousandths of the base unit); 1 thùng = 24 chai is {u"thùng", 24000}.
// Both directions are exact or refused: no rounding, no floating point.
struct UnitConversion {
    QString unit;
    MilliQuantity perUnitInBase = kMilliPerUnit;

    // A conversion is usable when it names its unit and one unit holds a positive amount.
    bool isValid() const { return !unit.isEmpty() && perUnitInBase > 0; }

    // qtyInUnit (thousandths of `unit`) in thousandths of the base unit. Nothing when the conversion
    // is not valid, when the result is not a whole number of thousandths (0,001 of a unit holding
    // 0,5 kg is 0,0005 kg), or when it does not fit in qint64.
    std::optional<MilliQuantity> toBase(MilliQuantity qtyInUnit) const;

    // qtyInBase (thousandths of the base unit) in thousandths of `unit`, only when exact: 1 kg is
    // 0,02 bao of 50 kg, but 1 chai is not a whole number of thousandths of a 24-chai thùng.
    std::optional<MilliQuantity> fromBase(MilliQuantity qtyInBase) const;

    friend bool operator==(const UnitConversion&, const UnitConversion&) = default;
};

} // namespace ChoPhien
