#include "UnitConversion.h"

#include <QtNumeric>

#include <numeric>

namespace ChoPhien {

// Both directions multiply by perUnitInBase / 1000 or its inverse. Reducing that fraction by
// g = gcd(perUnitInBase, 1000) first keeps every step exact and makes the only multiplication
// overflow exactly when the true result does not fit.

namespace {
// qty × numerator / denominator when that is a whole number that fits, else nothing.
std::optional<MilliQuantity> scaleExactly(MilliQuantity qty, qint64 numerator, qint64 denominator)
{
    if (qty % denominator != 0)
        return std::nullopt;
    qint64 result = 0;
    if (qMulOverflow(qty / denominator, numerator, &result))
        return std::nullopt;
    return result;
}
} // namespace

std::optional<MilliQuantity> UnitConversion::toBase(MilliQuantity qtyInUnit) const
{
    if (!isValid())
        return std::nullopt;
    const qint64 g = std::gcd(perUnitInBase, kMilliPerUnit);
    return scaleExactly(qtyInUnit, perUnitInBase / g, kMilliPerUnit / g);
}

std::optional<MilliQuantity> UnitConversion::fromBase(MilliQuantity qtyInBase) const
{
    if (!isValid())
        return std::nullopt;
    const qint64 g = std::gcd(perUnitInBase, kMilliPerUnit);
    return scaleExactly(qtyInBase, kMilliPerUnit / g, perUnitInBase / g);
}

} // namespace ChoPhien
