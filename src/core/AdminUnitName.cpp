#include "AdminUnitName.h"

#include "VietnameseText.h"

#include <array>

namespace ChoPhien::AdminUnitName {
namespace {

// Longest first, so "thi tran" wins over "thi" and "thanh pho" over "tp".
constexpr std::array<const char*, 14> kTypeWords = {"thanh pho", "thi tran", "dac khu", "thi xa", "phuong",
                                                    "huyen",     "tinh",     "quan",    "xa",     "tp",
                                                    "tx",        "tt",       "p",       "q"};

} // namespace

QString key(const QString& name)
{
    QString folded = VietnameseText::searchKey(name);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

QString typeWord(const QString& key)
{
    for (const char* word : kTypeWords) {
        const QLatin1StringView w(word);
        // A bare type word ("xa") is a name being typed, not a type: it needs a name after it.
        if (key.size() > w.size() && key.startsWith(w) && key.at(w.size()) == u' ')
            return QString(w);
    }
    return {};
}

QString withoutType(const QString& key)
{
    const QString type = typeWord(key);
    return type.isEmpty() ? key : key.mid(type.size() + 1);
}

QStringList parts(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        const QString k = key(part);
        if (!k.isEmpty())
            out.append(k);
    }
    return out;
}

bool wordsMatch(const QString& query, const QString& words)
{
    // No allocation: this runs for every unit on every keystroke.
    auto startsAWord = [&words](QStringView q) {
        for (qsizetype at = words.indexOf(q); at >= 0; at = words.indexOf(q, at + 1)) {
            if (at == 0 || words.at(at - 1) == u' ')
                return true;
        }
        return false;
    };
    for (QStringView q : QStringView(query).split(u' ', Qt::SkipEmptyParts)) { // NOLINT: views of `query`
        if (!startsAWord(q))
            return false;
    }
    return true;
}

} // namespace ChoPhien::AdminUnitName
