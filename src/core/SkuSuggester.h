#pragma once

#include <QString>

#include <functional>

namespace ChoPhien {

// Suggests a short, readable SKU for a new product from its Vietnamese name.
//
// Rule: the name's search key (diacritics dropped, đ → d) is split into words at every character
// that is not an ASCII letter or digit. A word of letters only gives its first letter; a word that
// contains a digit is kept whole, since it is usually a variety or size ("ST25", "500g"). The result
// is upper-cased and cut to eight characters:
//   "Mật ong rừng U Minh" → "MORUM", "Gạo ST25" → "GST25", "Nước mắm Phú Quốc" → "NMPQ".
// When that gives fewer than three characters, the first word is spelled out in full instead of its
// initial (still at most eight): "Gạo" → "GAO", "Mật ong" → "MATO", "Đậu phộng" → "DAUP".
// A name with no ASCII letters or digits at all (empty, symbols, other scripts) gives "SP1", "SP2", …
// (the first one not taken). Otherwise, when the base is taken, "-2", "-3", … is appended:
// "MORUM-2". `taken` may be empty (nothing is taken). After 9999 taken candidates the result is empty.
namespace SkuSuggester {

inline constexpr qsizetype kMaxBaseLength = 8;
inline constexpr int kMaxAttempts = 9999;

QString suggest(const QString& name, const std::function<bool(const QString&)>& taken);

// The SKU before any "-2" suffix ("" when the name has nothing to build it from).
QString base(const QString& name);

} // namespace SkuSuggester

} // namespace ChoPhien
