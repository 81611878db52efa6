#pragma once

#include <QString>
#include <QtGlobal>

namespace ChoPhien {

// Money is a whole number of đồng; there is no smaller unit and never a floating-point value.
using Dong = qint64;

namespace Money {
// "1.250.000 ₫" (Vietnamese grouping, a no-break space before the sign), whatever the UI language.
QString format(Dong amount);
} // namespace Money

} // namespace ChoPhien
