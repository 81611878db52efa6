#pragma once

#include "ProductSummary.h"

#include <QString>

namespace ChoPhien::Quantity {

// "1.500,5" (Vietnamese grouping and decimal comma, no trailing zeros) for a MilliQuantity.
QString format(MilliQuantity milli);

} // namespace ChoPhien::Quantity
