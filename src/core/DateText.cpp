#include "DateText.h"

namespace ChoPhien::DateText {

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString storedDateTime(const QString& stored)
{
    return dateTime(QDateTime::fromString(stored, Qt::ISODateWithMs));
}

} // namespace ChoPhien::DateText
