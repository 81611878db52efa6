#pragma once

#include <QString>
#include <QStringList>

namespace ChoPhien {

// Turns what a person types into a search box into something safe to search with. The text is
// folded like stored keys (VietnameseText::searchKey: no marks, đ → d, lower case), cut into words
// of letters and digits, and each word becomes a quoted prefix term. Nothing the user types can reach
// FTS5 as syntax: quotes, AND/OR/NOT, *, NEAR(, ^, : and parentheses are only separators or words.
class SearchQuery final {
public:
    static constexpr int kMaxTerms = 12;
    static constexpr int kMaxTermLength = 64;

    explicit SearchQuery(const QString& typed);

    bool isEmpty() const { return m_terms.isEmpty(); }
    QStringList terms() const { return m_terms; }
    // The whole input trimmed (for exact SKU/barcode matches), at most 128 characters.
    QString exactText() const { return m_exact; }
    // An FTS5 MATCH expression: "term1"* "term2"* … (every term must match, as a prefix); of the
    // first `termCount` terms only, when given.
    QString ftsExpression(qsizetype termCount = -1) const;

private:
    QStringList m_terms;
    QString m_exact;
};

} // namespace ChoPhien
