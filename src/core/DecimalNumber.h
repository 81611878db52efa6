#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace ChoPhien {

// An exact decimal number read from text written the Vietnamese way. Shared by Quantity::parse and
// Money::parse; never a floating-point value.
//
// Accepted text (surrounding white space is trimmed, nothing else is):
//  - an optional leading '-' (or U+2212 MINUS SIGN), then ASCII digits only (fullwidth and other
//    scripts' digits are refused);
//  - ',' is the decimal comma and '.' the thousands separator: "1.500,5", "0,125", "1500";
//  - a '.' with no ',' is read as follows: several dots are thousands separators ("1.500.000"); a
//    single dot is a thousands separator only when it has one to three digits before it, not starting
//    with 0, and exactly three after it ("1.500" is 1500), otherwise it is a decimal point ("2.5",
//    "0.125", "1234.567", "2.50");
//  - thousands groups must be well formed: the first has one to three digits and does not start
//    with 0 (unless it is the whole integer part), every other group has exactly three digits;
//  - at most one ',', after every '.'; "1,500.5" (English order), ",5", "5,", "1..5" are refused.
struct DecimalNumber {
    bool negative = false;
    quint64 digits = 0; // the significant digits; trailing zeros of the fraction are dropped
    int scale = 0;      // digits after the decimal point: value = digits / 10^scale

    static std::optional<DecimalNumber> parse(QStringView text);

    // value × 10^decimals when that is a whole number that fits in qint64 (down to its minimum).
    std::optional<qint64> scaled(int decimals) const;
};

} // namespace ChoPhien
