#include "Ean13.h"

namespace ChoPhien::Ean13 {
namespace {

constexpr qsizetype kLength = 13;

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString normalizedBarcode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-')
            out.append(c);
    }
    return out;
}

int checkDigit(QStringView first12)
{
    if (first12.size() != kLength - 1 || !allAsciiDigits(first12))
        return -1;
    // Weights 1, 3, 1, 3, … from the left (3, 1, … counted from the check digit).
    int sum = 0;
    for (qsizetype i = 0; i < first12.size(); ++i)
        sum += (first12.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool isValid(QStringView code)
{
    return problem(code).isEmpty();
}

QString problem(QStringView code)
{
    if (!allAsciiDigits(code))
        return QStringLiteral("digits");
    if (code.size() != kLength)
        return QStringLiteral("length");
    if (checkDigit(code.first(kLength - 1)) != code.back().unicode() - u'0')
        return QStringLiteral("check_digit");
    return QString();
}

QString complete(QStringView first12)
{
    const int digit = checkDigit(first12);
    if (digit < 0)
        return QString();
    QString code = first12.toString();
    code.append(QChar(char16_t(u'0' + digit)));
    return code;
}

QString suggest(QStringView companyPrefix, qint64 itemNumber)
{
    if (companyPrefix.isEmpty() || companyPrefix.size() > 8 || !allAsciiDigits(companyPrefix) ||
        itemNumber < 0)
        return QString();
    const qsizetype itemWidth = kLength - 1 - kVietnamPrefix.size() - companyPrefix.size();
    const QString item = QString::number(itemNumber).rightJustified(itemWidth, u'0');
    if (item.size() > itemWidth)
        return QString();
    QString first12 = kVietnamPrefix.toString();
    first12.append(companyPrefix);
    first12.append(item);
    return complete(first12);
}

bool hasVietnamPrefix(QStringView code)
{
    return code.startsWith(kVietnamPrefix);
}

} // namespace ChoPhien::Ean13
