#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace ChoPhien {

// Money is a whole number of đồng; there is no smaller unit and never a floating-point value.
using Dong = qint64;

namespace Money {
// "1.250.000 ₫" (Vietnamese grouping, a no-break space before the sign), whatever the UI language.
QString format(Dong amount);

// The amount of đồng a person typed or pasted, or nothing when the text is not a whole, non-negative
// number of đồng. The text is first put in NFC and case-folded, so NFC/NFD input, "VND"/"vnd" and
// "K"/"k" are all the same; any white space (including the no-break space format() writes) separates.
//
// 1. Plain amounts: ASCII digits, optionally grouped by thousands with '.' or with ',' (one kind per
//    amount, groups of three): "25000", "25.000", "25,000", "1.250.000". Without a multiplier there
//    is no decimal part: "25.000,5", "25.000,00", "25,5", "1.5" are refused.
// 2. A multiplier word after the number (space optional): k, nghìn, ngàn = 1.000; tr, triệu = 1.000.000;
//    tỷ, tỉ = 1.000.000.000 (each also without diacritics: nghin, ngan, trieu, ty, ti). The number
//    before it follows DecimalNumber's Vietnamese rules, so it may have decimals: "25k", "1,2 triệu",
//    "1.2 triệu", "1,5tr", "1.500 tỷ" (1.500 is fifteen hundred). The result must be whole đồng.
// 3. Spoken shorthand: digits straight after a multiplier continue it as its decimals, at most three:
//    "1tr2" = 1,2 triệu = 1.200.000, "1tr25" = 1.250.000, "2k5" = 2.500, "1 tỷ 2" = 1.200.000.000.
//    The number before must then be whole ("1,5tr2" is refused).
// 4. Compound amounts, largest part first, each part smaller than the multiplier before it:
//    "1tr200k" = 1.200.000, "1 tỷ 250 triệu" = 1.250.000.000; "1tr 2000k" and "200k 1tr" are refused.
// 5. An optional currency sign or word at the end: đ, ₫, d, vnd, vnđ, đồng, dong ("25.000 đ",
//    "25.000đ", "25.000 ₫", "25.000 VND", "2 triệu đồng").
// Refused: empty text, any sign ("-25.000" is not a price), words other than the above ("trăm",
// "2 trăm nghìn"), a currency sign in front, non-ASCII digits, and amounts beyond qint64.
std::optional<Dong> parse(QStringView text);
} // namespace Money

} // namespace ChoPhien
