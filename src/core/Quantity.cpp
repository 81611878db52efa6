#include "Quantity.h"

#include "DecimalNumber.h"

#include <QLocale>

namespace ChoPhien::Quantity {

static_assert(kMilliPerUnit == 1000, "Quantity::parse scales by three decimal places");

QString format(MilliQuantity milli)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? quint64(-(milli + 1)) + 1 : quint64(milli);
    QString text = vietnamese.toString(qulonglong(magnitude / kMilliPerUnit));
    if (const quint64 fraction = magnitude % kMilliPerUnit) {
        QString digits = QString::number(fraction).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += vietnamese.decimalPoint() + digits;
    }
    return negative ? vietnamese.negativeSign() + text : text;
}

std::optional<MilliQuantity> parse(QStringView text)
{
    const std::optional<DecimalNumber> number = DecimalNumber::parse(text);
    if (!number)
        return std::nullopt;
    return number->scaled(3);
}

} // namespace ChoPhien::Quantity
