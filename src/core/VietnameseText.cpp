#include "VietnameseText.h"

#include <array>

namespace ChoPhien::VietnameseText {
namespace {

constexpr char16_t kBreve = 0x0306;
constexpr char16_t kCircumflex = 0x0302;
constexpr char16_t kHorn = 0x031B;

// Tone marks in Vietnamese dictionary order; index + 1 is the tone's rank (0 = no tone).
constexpr std::array<char16_t, 5> kTones = {0x0300, 0x0309, 0x0303, 0x0301, 0x0323};

// The Vietnamese alphabet with the foreign letters f j w z in their Latin places.
// Each entry: base letter and the vowel mark that makes it a separate letter (0 for none).
struct Letter {
    char16_t base;
    char16_t mark;
};
constexpr std::array<Letter, 33> kAlphabet = {{
    {u'a', 0}, {u'a', kBreve},      {u'a', kCircumflex}, {u'b', 0},     {u'c', 0}, {u'd', 0},
    {u'đ', 0}, {u'e', 0},           {u'e', kCircumflex}, {u'f', 0},     {u'g', 0}, {u'h', 0},
    {u'i', 0}, {u'j', 0},           {u'k', 0},           {u'l', 0},     {u'm', 0}, {u'n', 0},
    {u'o', 0}, {u'o', kCircumflex}, {u'o', kHorn},       {u'p', 0},     {u'q', 0}, {u'r', 0},
    {u's', 0}, {u't', 0},           {u'u', 0},           {u'u', kHorn}, {u'v', 0}, {u'w', 0},
    {u'x', 0}, {u'y', 0},           {u'z', 0},
}};

// Primary weights are single printable ASCII characters so the key compares correctly as bytes:
// separators < digits < letters < anything else (which is spelled out after a high marker).
constexpr char16_t kSpaceWeight = u'!';
constexpr char16_t kDigitBase = u'0';      // '0'..'9'
constexpr char16_t kLetterBase = u'A';     // 'A'..'A'+32
constexpr char16_t kOtherMarker = u'~';    // followed by the code unit as four hex digits
constexpr char16_t kLevelSeparator = u' '; // lower than every weight

bool isCombining(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
           c.category() == QChar::Mark_Enclosing;
}

int letterRank(char16_t base, char16_t mark)
{
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        if (kAlphabet[i].base == base && kAlphabet[i].mark == mark)
            return int(i);
    }
    return -1;
}

} // namespace

QString normalized(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral(""); // empty, never null: SQL binds a null QString as NULL
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

QString searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isCombining(c))
            continue;
        if (c == u'đ' || c == u'Đ')
            key.append(u'd');
        else
            key.append(c);
    }
    return key.toCaseFolded().simplified();
}

QString slug(const QString& text)
{
    QString out;
    bool pendingDash = false;
    for (const QChar c : searchKey(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !out.isEmpty())
                out.append(u'-');
            out.append(c);
            pendingDash = false;
        } else {
            pendingDash = true;
        }
    }
    return out;
}

QString sortKey(const QString& text)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_D);
    QString primary;
    QString secondary;
    QString tertiary;
    primary.reserve(decomposed.size());

    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar original = decomposed.at(i);
        if (isCombining(original))
            continue; // a stray mark with no base letter carries no order
        const QChar lower = original.toLower();
        char16_t vowelMark = 0;
        int tone = 0;
        qsizetype j = i + 1;
        for (; j < decomposed.size() && isCombining(decomposed.at(j)); ++j) {
            const char16_t m = decomposed.at(j).unicode();
            if (m == kBreve || m == kCircumflex || m == kHorn) {
                vowelMark = m;
                continue;
            }
            for (std::size_t t = 0; t < kTones.size(); ++t) {
                if (kTones[t] == m)
                    tone = int(t) + 1;
            }
        }
        i = j - 1;

        if (lower.isSpace() || lower.isPunct() || lower.isSymbol()) {
            primary.append(QChar(kSpaceWeight));
            continue;
        }
        if (lower.isDigit() && lower.unicode() < 0x80) {
            primary.append(QChar(char16_t(kDigitBase + (lower.unicode() - u'0'))));
            continue;
        }
        const int rank = letterRank(lower.unicode(), vowelMark);
        if (rank >= 0) {
            primary.append(QChar(char16_t(kLetterBase + rank)));
            secondary.append(QChar(char16_t(u'0' + tone)));
            tertiary.append(original.isUpper() ? u'1' : u'0');
        } else {
            primary.append(QChar(kOtherMarker));
            primary.append(QString::number(lower.unicode(), 16).rightJustified(4, u'0'));
        }
    }
    return primary + QChar(kLevelSeparator) + secondary + QChar(kLevelSeparator) + tertiary;
}

} // namespace ChoPhien::VietnameseText
