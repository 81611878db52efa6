#include "FieldErrors.h"

namespace ChoPhien::FieldErrors {
namespace {

FieldError make(const QString& field, const char* code, QString vi, QString en)
{
    return {field, QString::fromLatin1(code), {std::move(vi), std::move(en)}};
}

Words typeWords(Type type)
{
    switch (type) {
    case Type::Text:
        return {QStringLiteral("văn bản"), QStringLiteral("text")};
    case Type::Integer:
        return {QStringLiteral("số nguyên"), QStringLiteral("a whole number")};
    case Type::Boolean:
        return {QStringLiteral("true hoặc false"), QStringLiteral("true or false")};
    case Type::Object:
        return {QStringLiteral("một đối tượng JSON"), QStringLiteral("a JSON object")};
    case Type::Array:
        return {QStringLiteral("một danh sách"), QStringLiteral("a list")};
    }
    return {};
}

} // namespace

FieldError required(const QString& field)
{
    return make(field, "required", QStringLiteral("Cần có mục %1.").arg(field),
                QStringLiteral("%1 is required.").arg(field));
}

FieldError wrongType(const QString& field, Type expected)
{
    const Words type = typeWords(expected);
    return make(field, "wrong_type", QStringLiteral("%1 phải là %2.").arg(field, type.vi),
                QStringLiteral("%1 must be %2.").arg(field, type.en));
}

FieldError notNfc(const QString& field)
{
    return make(field, "not_nfc",
                QStringLiteral("%1 phải là văn bản Unicode dạng dựng sẵn (NFC).").arg(field),
                QStringLiteral("%1 must be Unicode text in NFC.").arg(field));
}

FieldError tooShort(const QString& field, qint64 least, bool items)
{
    if (items)
        return make(field, "too_short", QStringLiteral("%1 cần ít nhất %2 mục.").arg(field).arg(least),
                    QStringLiteral("%1 needs at least %2 items.").arg(field).arg(least));
    if (least == 1)
        return make(field, "too_short", QStringLiteral("Hãy nhập %1.").arg(field),
                    QStringLiteral("%1 must not be empty.").arg(field));
    return make(field, "too_short", QStringLiteral("%1 cần ít nhất %2 ký tự.").arg(field).arg(least),
                QStringLiteral("%1 needs at least %2 characters.").arg(field).arg(least));
}

FieldError tooLong(const QString& field, qint64 most, bool items)
{
    if (items)
        return make(field, "too_long", QStringLiteral("%1 có tối đa %2 mục.").arg(field).arg(most),
                    QStringLiteral("%1 has at most %2 items.").arg(field).arg(most));
    return make(field, "too_long", QStringLiteral("%1 dài tối đa %2 ký tự.").arg(field).arg(most),
                QStringLiteral("%1 has at most %2 characters.").arg(field).arg(most));
}

FieldError tooSmall(const QString& field, qint64 least)
{
    return make(field, "too_small", QStringLiteral("%1 phải từ %2 trở lên.").arg(field).arg(least),
                QStringLiteral("%1 must be at least %2.").arg(field).arg(least));
}

FieldError tooLarge(const QString& field, qint64 most)
{
    return make(field, "too_large", QStringLiteral("%1 không được lớn hơn %2.").arg(field).arg(most),
                QStringLiteral("%1 must be at most %2.").arg(field).arg(most));
}

FieldError notAllowed(const QString& field, const QStringList& allowed)
{
    if (allowed.isEmpty())
        return make(field, "not_allowed", QStringLiteral("%1 không được phép ở đây.").arg(field),
                    QStringLiteral("%1 is not allowed here.").arg(field));
    const QString list = allowed.join(QStringLiteral(", "));
    return make(field, "not_allowed", QStringLiteral("%1 phải là một trong: %2.").arg(field, list),
                QStringLiteral("%1 must be one of: %2.").arg(field, list));
}

FieldError invalidFormat(const QString& field, const Words& hint)
{
    if (hint.isEmpty())
        return make(field, "invalid_format", QStringLiteral("%1 chưa đúng định dạng.").arg(field),
                    QStringLiteral("%1 is not in the right format.").arg(field));
    return make(field, "invalid_format", QStringLiteral("%1 chưa đúng định dạng (%2).").arg(field, hint.vi),
                QStringLiteral("%1 is not in the right format (%2).").arg(field, hint.en));
}

FieldError checkDigit(const QString& field)
{
    return make(field, "check_digit", QStringLiteral("Mã vạch %1 sai số kiểm tra (chữ số cuối).").arg(field),
                QStringLiteral("The barcode %1 has a wrong check digit (the last digit).").arg(field));
}

FieldError duplicate(const QString& field)
{
    return make(field, "duplicate", QStringLiteral("%1 bị trùng.").arg(field),
                QStringLiteral("%1 is already used.").arg(field));
}

FieldError notFound(const QString& field)
{
    return make(field, "not_found", QStringLiteral("Không tìm thấy thứ mà %1 nêu.").arg(field),
                QStringLiteral("What %1 names does not exist.").arg(field));
}

FieldError unknownField(const QString& field)
{
    return make(field, "unknown_field", QStringLiteral("Sàn không biết mục %1.").arg(field),
                QStringLiteral("This API has no field %1.").arg(field));
}

} // namespace ChoPhien::FieldErrors
