#pragma once

#include "Money.h"

#include <QStringView>

#include <optional>

namespace ChoPhien {

// Prices raised or lowered by a percentage, as a bulk edit applies it: exact (hundredths of a percent,
// no floating point), and rounded to a step in đồng that shops use (the nearest 1.000 ₫ by default),
// halves rounded up.
struct PriceChange {
    qint64 basisPoints = 0; // hundredths of a percent: +5 % is 500, −2,5 % is −250
    Dong roundTo = 1000;    // 1: to the đồng

    // "5", "+5", "-10", "2,5", "2.5", "5 %": between −99,99 % and +1.000 %, at most two decimals.
    static std::optional<PriceChange> fromPercent(QStringView text, Dong roundTo = 1000);

    // The new price; nothing when it would not fit in a price. A price of 0 stays 0.
    std::optional<Dong> apply(Dong price) const;
};

} // namespace ChoPhien
