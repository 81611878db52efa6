#include "Money.h"

#include "DecimalNumber.h"

#include <QList>
#include <QLocale>
#include <QtNumeric>

#include <array>

namespace ChoPhien::Money {
namespace {

struct Word {
    QStringView text;
    int exponent; // the power of ten it multiplies by; -1 for a currency word
};

// Case-folded NFC spellings, longest first where one is a prefix of another.
constexpr int kCurrency = -1;
constexpr std::array<Word, 19> kWords = {{
    {u"nghìn", 3},       {u"nghin", 3},     {u"ngàn", 3},         {u"ngan", 3},         {u"k", 3},
    {u"triệu", 6},       {u"trieu", 6},     {u"tr", 6},           {u"tỷ", 9},           {u"tỉ", 9},
    {u"ty", 9},          {u"ti", 9},        {u"đồng", kCurrency}, {u"dong", kCurrency}, {u"vnđ", kCurrency},
    {u"vnd", kCurrency}, {u"đ", kCurrency}, {u"d", kCurrency},    {u"₫", kCurrency},
}};

struct Token {
    QStringView number; // set for a number token
    int exponent = 0;   // for a word token
    bool isNumber() const { return !number.isEmpty(); }
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Splits "1tr200k đ" into 1 | tr | 200 | k | đ; nothing when a character belongs to no token.
std::optional<QList<Token>> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isAsciiDigit(c)) {
            qsizetype end = i;
            while (end < text.size() &&
                   (isAsciiDigit(text.at(end)) || text.at(end) == u'.' || text.at(end) == u','))
                ++end;
            tokens.append(Token{text.sliced(i, end - i), 0});
            i = end;
            continue;
        }
        bool matched = false;
        for (const Word& word : kWords) {
            if (text.sliced(i).startsWith(word.text)) {
                // A word ends at a space, a digit, the end, or the start of another word ("kđ").
                tokens.append(Token{{}, word.exponent});
                i += word.text.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            return std::nullopt;
    }
    return tokens;
}

// "25.000", "25,000", "25000": thousands grouped by one kind of separator, no decimal part.
std::optional<Dong> parsePlain(QStringView number)
{
    const bool dots = number.contains(u'.');
    const bool commas = number.contains(u',');
    if (dots && commas)
        return std::nullopt;
    const QList<QStringView> groups = number.split(commas ? u',' : u'.');
    if (groups.size() > 1) {
        const QStringView first = groups.first();
        if (first.isEmpty() || first.size() > 3 || first.front() == u'0')
            return std::nullopt;
        for (qsizetype g = 1; g < groups.size(); ++g) {
            if (groups.at(g).size() != 3)
                return std::nullopt;
        }
    }
    Dong amount = 0;
    for (const QStringView group : groups) {
        for (const QChar c : group) {
            if (!isAsciiDigit(c) || qMulOverflow(amount, Dong(10), &amount) ||
                qAddOverflow(amount, Dong(c.unicode() - u'0'), &amount))
                return std::nullopt;
        }
    }
    return amount;
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

} // namespace

QString format(Dong amount)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(amount) + u"\u00a0₫";
}

std::optional<Dong> parse(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    std::optional<QList<Token>> tokens = tokenize(folded);
    if (!tokens || tokens->isEmpty())
        return std::nullopt;
    if (!tokens->last().isNumber() && tokens->last().exponent == kCurrency)
        tokens->removeLast();
    if (tokens->isEmpty() || !tokens->first().isNumber())
        return std::nullopt;

    if (tokens->size() == 1)
        return parsePlain(tokens->first().number);

    Dong total = 0;
    int previousExponent = 99; // the multiplier of the part before; the next part must be smaller
    bool previousWhole = true; // whether that part had no decimals (needed before more parts)
    qsizetype i = 0;
    while (i < tokens->size()) {
        const Token& number = tokens->at(i);
        if (!number.isNumber())
            return std::nullopt;
        const bool last = i + 1 == tokens->size();
        if (last) {
            // Spoken shorthand: "1tr2" continues the last multiplier with up to three decimals.
            if (i == 0 || !previousWhole || number.number.size() > 3)
                return std::nullopt;
            DecimalNumber decimals;
            for (const QChar c : number.number) {
                if (!isAsciiDigit(c))
                    return std::nullopt;
                decimals.digits = decimals.digits * 10 + (c.unicode() - u'0');
            }
            decimals.scale = int(number.number.size());
            const std::optional<qint64> part = decimals.scaled(previousExponent);
            if (!part || qAddOverflow(total, *part, &total))
                return std::nullopt;
            return total;
        }
        const Token& word = tokens->at(i + 1);
        if (word.isNumber() || word.exponent == kCurrency || word.exponent >= previousExponent)
            return std::nullopt;
        if (!previousWhole)
            return std::nullopt;
        const std::optional<DecimalNumber> value = DecimalNumber::parse(number.number);
        if (!value)
            return std::nullopt;
        const std::optional<qint64> part = value->scaled(word.exponent);
        if (!part)
            return std::nullopt;
        if (i > 0 && *part >= powerOfTen(previousExponent))
            return std::nullopt;
        if (qAddOverflow(total, *part, &total))
            return std::nullopt;
        previousExponent = word.exponent;
        previousWhole = value->scaled(0).has_value();
        i += 2;
    }
    return total;
}

} // namespace ChoPhien::Money
