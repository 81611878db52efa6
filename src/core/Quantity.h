#pragma once

#include "ProductSummary.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ChoPhien::Quantity {

// "1.500,5" (Vietnamese grouping and decimal comma, no trailing zeros) for a MilliQuantity.
QString format(MilliQuantity milli);

// The MilliQuantity a person typed, or nothing when the text is not an exact quantity.
// The number rules are DecimalNumber's (Vietnamese: ',' is the decimal comma, '.' groups thousands):
//   "2,5" → 2500, "1.500,5" → 1500500, "1500" → 1500000, "0,125" → 125, "-3" → -3000.
// A single '.' is a thousands separator only before exactly three digits and after one to three
// digits not starting with 0: "1.500" is 1500 units, while "2.5", "0.125" and "1234.567" read the
// dot as a decimal point. Every format() result parses back to the same value.
// Refused: empty or blank text, letters or units ("2 kg"), inner spaces, non-ASCII digits, more than
// three non-zero decimals ("0,1234" is not a whole number of thousandths; "2,5000" is fine),
// malformed grouping ("1.50.000"), and values beyond the qint64 range.
std::optional<MilliQuantity> parse(QStringView text);

} // namespace ChoPhien::Quantity
