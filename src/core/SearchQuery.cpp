#include "SearchQuery.h"

#include "VietnameseText.h"

namespace ChoPhien {

SearchQuery::SearchQuery(const QString& typed)
{
    // Bound the work first: nobody types more than a few hundred characters into a search box.
    const QString bounded = typed.left(1024);
    m_exact = bounded.trimmed().left(128);
    const QString folded = VietnameseText::searchKey(bounded);
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && m_terms.size() < kMaxTerms)
            m_terms.append(word.left(kMaxTermLength));
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
}

QString SearchQuery::ftsExpression(qsizetype termCount) const
{
    QStringList parts;
    parts.reserve(m_terms.size());
    for (QString term : m_terms.first(termCount < 0 ? m_terms.size() : qMin(termCount, m_terms.size()))) {
        term.replace(u'"', QStringLiteral("\"\"")); // cannot occur (letters and digits only); kept as a guard
        parts.append(u'"' + term + QStringLiteral("\"*"));
    }
    return parts.join(u' ');
}

} // namespace ChoPhien
