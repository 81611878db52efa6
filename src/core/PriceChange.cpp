#include "PriceChange.h"

#include "DecimalNumber.h"

#include <QString>

namespace ChoPhien {

std::optional<PriceChange> PriceChange::fromPercent(QStringView text, Dong roundTo)
{
    QString cleaned = text.trimmed().toString();
    if (cleaned.endsWith(u'%'))
        cleaned.chop(1);
    cleaned = cleaned.trimmed();
    if (cleaned.startsWith(u'+') && cleaned.size() > 1 && cleaned.at(1).isDigit())
        cleaned.remove(0, 1);
    const auto number = DecimalNumber::parse(cleaned);
    if (!number || roundTo < 1)
        return std::nullopt;
    const auto basisPoints = number->scaled(2);
    if (!basisPoints || *basisPoints <= -10'000 || *basisPoints > 100'000)
        return std::nullopt;
    return PriceChange{*basisPoints, roundTo};
}

std::optional<Dong> PriceChange::apply(Dong price) const
{
    if (price < 0 || roundTo < 1)
        return std::nullopt;
    qint64 scaled = 0; // price × (10 000 + bp): the new price in ten-thousandths
    if (qMulOverflow(price, qint64(10'000) + basisPoints, &scaled))
        return std::nullopt;
    qint64 unit = 0; // ten-thousandths in one rounding step
    if (qMulOverflow(roundTo, qint64(10'000), &unit))
        return std::nullopt;
    const qint64 steps = scaled / unit + (scaled % unit >= (unit + 1) / 2 ? 1 : 0);
    Dong result = 0;
    if (qMulOverflow(steps, roundTo, &result))
        return std::nullopt;
    return result;
}

} // namespace ChoPhien
