#pragma once

#include <QString>

// Vietnamese text rules shared by every layer (ARCHITECTURE.md §3).
namespace ChoPhien::VietnameseText {

// Text as it is stored: NFC, surrounding white space trimmed, inner runs of white space kept.
// Never null (an empty input gives an empty, non-null string).
QString normalized(const QString& text);

// Key for diacritic-insensitive matching: NFD, combining marks dropped, đ/Đ folded to d, case-folded,
// white space simplified. "Đặc sản" and "dac san" give the same key; so do "hoà" and "hòa".
QString searchKey(const QString& text);

// Key whose plain binary order (memcmp of its UTF-8, i.e. SQLite's BINARY collation) is Vietnamese
// dictionary order: base letters in the Vietnamese alphabet (a ă â b c d đ e ê …), then tones
// (none, huyền, hỏi, ngã, sắc, nặng), then case. Stored beside a name so lists sort by an index.
QString sortKey(const QString& text);

// A file or folder name made of ASCII letters, digits and '-': "HTX Đặc sản Xuân Phong" gives
// "htx-dac-san-xuan-phong" (đ mapped before marks are dropped).
QString slug(const QString& text);

} // namespace ChoPhien::VietnameseText
