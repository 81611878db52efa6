#include "SkuSuggester.h"

#include "VietnameseText.h"

#include <QStringList>

namespace ChoPhien::SkuSuggester {
namespace {

bool isAsciiLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QStringList asciiWords(const QString& name)
{
    // searchKey is lower case with đ folded and marks dropped; anything else non-ASCII separates.
    QStringList words;
    QString word;
    for (const QChar c : VietnameseText::searchKey(name)) {
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool hasDigit(const QString& word)
{
    for (const QChar c : word) {
        if (isAsciiDigit(c))
            return true;
    }
    return false;
}

QString abbreviate(const QStringList& words, bool spellFirstWord)
{
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (hasDigit(word) || (spellFirstWord && i == 0))
            out.append(word);
        else
            out.append(word.front());
    }
    return out.left(kMaxBaseLength).toUpper();
}

} // namespace

QString base(const QString& name)
{
    const QStringList words = asciiWords(name);
    if (words.isEmpty())
        return QString();
    const QString initials = abbreviate(words, false);
    if (initials.size() >= 3)
        return initials;
    return abbreviate(words, true);
}

QString suggest(const QString& name, const std::function<bool(const QString&)>& taken)
{
    const auto isTaken = [&taken](const QString& sku) { return taken && taken(sku); };
    const QString stem = base(name);
    if (stem.isEmpty()) {
        for (int n = 1; n <= kMaxAttempts; ++n) {
            const QString sku = QStringLiteral("SP") + QString::number(n);
            if (!isTaken(sku))
                return sku;
        }
        return QString();
    }
    if (!isTaken(stem))
        return stem;
    for (int n = 2; n <= kMaxAttempts; ++n) {
        const QString sku = stem + u'-' + QString::number(n);
        if (!isTaken(sku))
            return sku;
    }
    return QString();
}

} // namespace ChoPhien::SkuSuggester
