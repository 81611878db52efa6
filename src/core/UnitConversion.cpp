#include "UnitConversion.h"

#include <QtNumeric>

#include <numeric>

namespace ChoPhien {

// Both directions multiply by perUnitInBase / 1000 or its inverse. Reducing that fraction by
// g = gcd(perUnitInBase, 1000) first keeps every step exact and makes the only multiplication
// overflow exactly when the true result does not fit.

std::optional<MilliQuantity> UnitConversion::toBase(MilliQuantity qtyInUnit) const
{
    if (!isValid())
        return std::nullopt;
    const qint64 g = std::gcd(perUnitInBase, kMilliPerUnit);
    const qint64 numerator = perUnitInBase / g;
    const qint64 denominator = kMilliPerUnit / g;
    if (qtyInUnit % denominator != 0)
        return std::nullopt;
    qint64 result = 0;
    if (qMulOverflow(qtyInUnit / denominator, numerator, &result))
        return std::nullopt;
    return result;
}

std::optional<MilliQuantity> UnitConversion::fromBase(MilliQuantity qtyInBase) const
{
    if (!isValid())
        return std::nullopt;
    const qint64 g = std::gcd(perUnitInBase, kMilliPerUnit);
    const qint64 numerator = kMilliPerUnit / g;
    const qint64 denominator = perUnitInBase / g;
    if (qtyInBase % denominator != 0)
        return std::nullopt;
    qint64 result = 0;
    if (qMulOverflow(qtyInBase / denominator, numerator, &result))
        return std::nullopt;
    return result;
}

} // namespace ChoPhien
