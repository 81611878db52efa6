#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

// EAN-13 barcodes (GS1 General Specifications §7.9), as printed on Vietnamese retail goods.
// Only EAN-13 is handled: EAN-8, UPC-A (12 digits) and UPC-E codes are refused as the wrong length.
// Every function takes the code exactly as given; pass typed or scanned text through
// normalizedBarcode() first.
namespace ChoPhien::Ean13 {

// GS1 Vietnam's prefix: codes issued to Vietnamese companies start with 893.
inline constexpr QStringView kVietnamPrefix = u"893";

// Text as a scanner or person gave it, with the white space (any kind, including no-break spaces)
// and hyphens they add removed: " 893-4563-138165\n" gives "8934563138165". Nothing else changes,
// so a code with letters or fullwidth digits stays invalid.
QString normalizedBarcode(QStringView text);

// The check digit (0–9) for the first twelve digits, or -1 unless `first12` is exactly twelve
// ASCII digits.
int checkDigit(QStringView first12);

// Exactly thirteen ASCII digits whose last digit is the check digit of the other twelve.
bool isValid(QStringView code);

// Why `code` is not a valid EAN-13, as a machine code the UI turns into words:
// "" (valid), "digits" (a character other than an ASCII digit; checked first), "length" (not 13
// digits, including empty text), "check_digit" (13 digits but the last one is wrong).
QString problem(QStringView code);

// `first12` followed by its check digit; empty unless `first12` is twelve ASCII digits.
QString complete(QStringView first12);

// A code for a product of a Vietnamese company: "893" + companyPrefix (the digits GS1 Vietnam
// assigned after 893, e.g. "4563") + itemNumber zero-padded to fill the remaining digits + check
// digit. Empty when companyPrefix is not one to eight ASCII digits, itemNumber is negative, or
// itemNumber needs more digits than are left: suggest(u"4563", 13816) gives "8934563138165".
QString suggest(QStringView companyPrefix, qint64 itemNumber);

// Whether `code` starts with GS1 Vietnam's 893 (says nothing about the rest being valid).
bool hasVietnamPrefix(QStringView code);

} // namespace ChoPhien::Ean13
