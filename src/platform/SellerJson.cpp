#include "SellerJson.h"

#include "CommonRules.h"

#include <QJsonArray>

namespace ChoPhien::SellerJson {

const JsonRule& writeRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("name"), JsonRule::text(0, 255)},
        {QStringLiteral("legal_form"),
         JsonRule::oneOf({QStringLiteral("household"), QStringLiteral("cooperative"),
                          QStringLiteral("enterprise"), QStringLiteral("individual")})},
        {QStringLiteral("address"), JsonRule::object({
                                        {QStringLiteral("line"), JsonRule::text(0, 500)},
                                        {QStringLiteral("commune_code"), CommonRules::communeCode()},
                                        {QStringLiteral("province_code"), CommonRules::provinceCode()},
                                    })},
        {QStringLiteral("business_registration"), JsonRule::text(0, 40, QStringLiteral("[0-9A-Za-z./-]*"))},
        {QStringLiteral("tax_id"),
         JsonRule::text(0, 14, QStringLiteral("([0-9]{10}(-?[0-9]{3})?|[0-9]{12})?"),
                        {QStringLiteral("10, 13 hoặc 12 chữ số"), QStringLiteral("10, 13 or 12 digits")})},
        {QStringLiteral("personal_id"), JsonRule::text(0, 12, QStringLiteral("([0-9]{9}|[0-9]{12})?"),
                                                       {QStringLiteral("12 chữ số (9 với chứng minh cũ)"),
                                                        QStringLiteral("12 digits (9 for an old card)")})},
        {QStringLiteral("phone"), CommonRules::phone()},
        {QStringLiteral("email"), JsonRule::text(0, 254, QStringLiteral("([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?"))},
        {QStringLiteral("policies"),
         JsonRule::object({
             {QStringLiteral("shipping"), JsonRule::text(0, 2000)},
             {QStringLiteral("returns"), JsonRule::text(0, 2000)},
             {QStringLiteral("inspection"), JsonRule::boolean()},
             {QStringLiteral("price_includes_tax"), JsonRule::boolean()},
             {QStringLiteral("price_includes_shipping"), JsonRule::boolean()},
             {QStringLiteral("payment_methods"),
              JsonRule::arrayOf(JsonRule::oneOf({QStringLiteral("cod"), QStringLiteral("bank_transfer"),
                                                 QStringLiteral("e_wallet")}),
                                3, true)},
         })},
    });
    return rule;
}

QJsonObject initialFields()
{
    const QString none;
    return {
        {QStringLiteral("name"), none},
        {QStringLiteral("legal_form"), QStringLiteral("individual")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("line"), none},
                                                {QStringLiteral("commune_code"), none},
                                                {QStringLiteral("province_code"), none}}},
        {QStringLiteral("business_registration"), none},
        {QStringLiteral("tax_id"), none},
        {QStringLiteral("personal_id"), none},
        {QStringLiteral("phone"), none},
        {QStringLiteral("email"), none},
        {QStringLiteral("policies"), QJsonObject{{QStringLiteral("shipping"), none},
                                                 {QStringLiteral("returns"), none},
                                                 {QStringLiteral("inspection"), false},
                                                 {QStringLiteral("price_includes_tax"), false},
                                                 {QStringLiteral("price_includes_shipping"), false},
                                                 {QStringLiteral("payment_methods"), QJsonArray()}}},
    };
}

bool isIdentityComplete(const QJsonObject& fields)
{
    const auto given = [](const QJsonValue& value) { return !value.toString().isEmpty(); };
    const QJsonObject address = fields.value(u"address").toObject();
    return given(fields.value(u"name")) && given(address.value(u"line")) &&
           given(address.value(u"commune_code")) && given(address.value(u"province_code")) &&
           given(fields.value(u"phone")) &&
           (given(fields.value(u"business_registration")) || given(fields.value(u"tax_id")) ||
            given(fields.value(u"personal_id")));
}

QJsonObject toJson(const Row& row)
{
    QJsonObject json = row.fields;
    json.insert(QStringLiteral("id"), row.id);
    json.insert(QStringLiteral("username"), row.username);
    json.insert(QStringLiteral("version"), row.version);
    json.insert(QStringLiteral("identity_complete"), isIdentityComplete(row.fields));
    json.insert(QStringLiteral("created_at"), row.createdAt);
    json.insert(QStringLiteral("updated_at"), row.updatedAt);
    return json;
}

} // namespace ChoPhien::SellerJson
