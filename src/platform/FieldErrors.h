#pragma once

#include "Problem.h"

#include <QStringList>

// The field errors of the contract (FieldError.code), each with its sentence in both languages.
// The field is named by its path in the body, header or query ("producer.phone", "If-Match").
namespace ChoPhien::FieldErrors {

enum class Type { Text, Integer, Boolean, Object, Array };

FieldError required(const QString& field);
FieldError wrongType(const QString& field, Type expected);
FieldError notNfc(const QString& field);
// `items`: a count of list items rather than of characters.
FieldError tooShort(const QString& field, qint64 least, bool items = false);
FieldError tooLong(const QString& field, qint64 most, bool items = false);
FieldError tooSmall(const QString& field, qint64 least);
FieldError tooLarge(const QString& field, qint64 most);
FieldError notAllowed(const QString& field, const QStringList& allowed = {});
FieldError invalidFormat(const QString& field, const Words& hint = {});
FieldError checkDigit(const QString& field);
FieldError duplicate(const QString& field);
FieldError notFound(const QString& field);
FieldError unknownField(const QString& field);

} // namespace ChoPhien::FieldErrors
