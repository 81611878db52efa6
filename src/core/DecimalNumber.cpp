#include "DecimalNumber.h"

#include <QList>

#include <limits>

namespace ChoPhien {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// "1.500.000" with `separator` between groups; a lone run of digits is also well formed.
bool isWellGrouped(QStringView integer, QChar separator)
{
    const QList<QStringView> groups = integer.split(separator);
    if (groups.size() == 1)
        return !integer.isEmpty() && allAsciiDigits(integer);
    const QStringView first = groups.first();
    if (first.isEmpty() || first.size() > 3 || first.front() == u'0' || !allAsciiDigits(first))
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !allAsciiDigits(groups.at(i)))
            return false;
    }
    return true;
}

// Appends ASCII digits to `number` (integer digits when `fraction` is false), keeping it exact.
bool appendDigits(DecimalNumber& number, QStringView text, bool fraction, int& pendingZeros)
{
    constexpr quint64 kMax = std::numeric_limits<quint64>::max();
    for (const QChar c : text) {
        if (c == u'.')
            continue;
        const quint64 digit = c.unicode() - u'0';
        if (fraction && digit == 0) {
            ++pendingZeros; // only counts if a non-zero digit follows
            continue;
        }
        for (int i = 0; i < pendingZeros + 1; ++i) {
            if (number.digits > kMax / 10)
                return false;
            number.digits *= 10;
            if (fraction)
                ++number.scale;
        }
        pendingZeros = 0;
        if (number.digits > kMax - digit)
            return false;
        number.digits += digit;
    }
    return true;
}

} // namespace

std::optional<DecimalNumber> DecimalNumber::parse(QStringView text)
{
    text = text.trimmed();
    DecimalNumber number;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'\u2212')) {
        number.negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty() || text.count(u',') > 1)
        return std::nullopt;

    QStringView integer = text;
    QStringView fraction;
    bool hasFraction = false;
    if (const qsizetype comma = text.indexOf(u','); comma >= 0) {
        integer = text.first(comma);
        fraction = text.sliced(comma + 1);
        hasFraction = true;
    } else if (text.count(u'.') == 1) {
        const qsizetype dot = text.indexOf(u'.');
        const QStringView before = text.first(dot);
        const QStringView after = text.sliced(dot + 1);
        const bool thousands =
            after.size() == 3 && before.size() >= 1 && before.size() <= 3 && before.front() != u'0';
        if (!thousands) {
            integer = before;
            fraction = after;
            hasFraction = true;
        }
    }
    if (!isWellGrouped(integer, u'.'))
        return std::nullopt;
    if (hasFraction && (fraction.isEmpty() || !allAsciiDigits(fraction)))
        return std::nullopt;

    int pendingZeros = 0;
    if (!appendDigits(number, integer, false, pendingZeros) ||
        !appendDigits(number, fraction, true, pendingZeros))
        return std::nullopt;
    return number;
}

std::optional<qint64> DecimalNumber::scaled(int decimals) const
{
    quint64 magnitude = digits;
    int ownScale = scale;
    while (ownScale > decimals && magnitude % 10 == 0 && magnitude != 0) {
        magnitude /= 10;
        --ownScale;
    }
    if (magnitude == 0)
        return qint64(0);
    if (ownScale > decimals)
        return std::nullopt; // more decimals than the result can hold: not exact
    for (int i = ownScale; i < decimals; ++i) {
        if (magnitude > std::numeric_limits<quint64>::max() / 10)
            return std::nullopt;
        magnitude *= 10;
    }
    constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
    if (!negative)
        return magnitude <= kMaxPositive ? std::optional<qint64>(qint64(magnitude)) : std::nullopt;
    if (magnitude > kMaxPositive + 1)
        return std::nullopt;
    return magnitude == kMaxPositive + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
}

} // namespace ChoPhien
