#pragma once

#include <QString>
#include <QStringList>

// How names of administrative units are matched: the folded key of a name without its type word
// ("Phường Ba Đình" → "ba dinh"), and typed text cut into the parts of an address.
namespace ChoPhien::AdminUnitName {

// searchKey of `name` with punctuation as spaces ("Bà Rịa - Vũng Tàu" → "ba ria vung tau").
QString key(const QString& name);

// The folded type word a key starts with, "" for none: "xa", "phuong", "thi tran", "dac khu",
// "huyen", "quan", "thi xa", "thanh pho", "tinh", and the abbreviations "tp", "tx", "tt", "p", "q".
QString typeWord(const QString& key);

// `key` without its type word: "phuong ba dinh" → "ba dinh"; "phuong 14" → "14".
QString withoutType(const QString& key);

// The keys of the comma-separated parts of typed text, each folded: "Xã Tân Lập, Lâm Đồng" →
// ["xa tan lap", "lam dong"]. Empty parts are dropped.
QStringList parts(const QString& text);

// Whether every word of `query` is the start of a word of `words`, in order-free fashion:
// "lap tan" and "tan la" both match "tan lap".
bool wordsMatch(const QString& query, const QString& words);

} // namespace ChoPhien::AdminUnitName
