#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ChoPhien::DateText {

// Dates as Vietnam writes them, whatever the UI language or the computer's locale: 13/12/2026, and
// 13/12/2026 08:30 in local time. Invalid dates are empty.
QString date(const QDate& date);
QString dateTime(const QDateTime& at);
// A stored time (UTC ISO 8601 with milliseconds, Clock::stored()) in local time.
QString storedDateTime(const QString& stored);

} // namespace ChoPhien::DateText
