#include "ProductJson.h"

#include "CommonRules.h"

#include <QJsonArray>

namespace ChoPhien {

QStringList ProductRow::optionNames() const
{
    QStringList names;
    for (const QJsonValue& name : fields.value(u"option_names").toArray())
        names.append(name.toString());
    return names;
}

namespace ProductJson {
namespace {

JsonRule optionList()
{
    return JsonRule::arrayOf(JsonRule::text(1, 50), 2);
}

// The member `index` of platformEditMembers(), which ProductWrite has too.
JsonRule::Member editable(int index)
{
    return platformEditMembers().at(index);
}

} // namespace

const QList<JsonRule::Member>& platformEditMembers()
{
    static const QList<JsonRule::Member> members{
        {QStringLiteral("name"), JsonRule::text(1, 255)},
        {QStringLiteral("category"), JsonRule::text(0, 255, QStringLiteral("([^/]+(/[^/]+)*)?"),
                                                    {QStringLiteral("các tên nhóm cách nhau bởi /"),
                                                     QStringLiteral("names separated by /")})},
        {QStringLiteral("description"), JsonRule::text(0, 10000)},
        {QStringLiteral("tags"), JsonRule::arrayOf(JsonRule::text(1, 50), 30, true)},
    };
    return members;
}

const JsonRule& writeRule()
{
    static const JsonRule rule = JsonRule::object({
        {QStringLiteral("sku"), JsonRule::text(1, 64)},
        editable(0),
        editable(1),
        {QStringLiteral("group"),
         JsonRule::oneOf({QStringLiteral("food"), QStringLiteral("beverage"), QStringLiteral("alcohol"),
                          QStringLiteral("health-supplement"), QStringLiteral("cosmetics"),
                          QStringLiteral("handicraft"), QStringLiteral("textile"),
                          QStringLiteral("agricultural-material"), QStringLiteral("other"), QString()})},
        {QStringLiteral("unit"), JsonRule::text(1, 20)},
        {QStringLiteral("net_quantity"),
         JsonRule::object(
             {{QStringLiteral("amount_milli"), JsonRule::integer(1, 1000000000000LL)},
              {QStringLiteral("unit"), JsonRule::oneOf({QStringLiteral("g"), QStringLiteral("kg"),
                                                        QStringLiteral("ml"), QStringLiteral("l")})}})
             .orNull()},
        {QStringLiteral("price"), CommonRules::money()},
        {QStringLiteral("sale_price"), CommonRules::money().orNull()},
        {QStringLiteral("barcode"),
         JsonRule::text(0, 13, QStringLiteral("([0-9]{13})?"),
                        {QStringLiteral("13 chữ số (EAN-13)"), QStringLiteral("13 digits (EAN-13)")})},
        {QStringLiteral("producer"),
         JsonRule::object({{QStringLiteral("name"), JsonRule::text(0, 255)},
                           {QStringLiteral("phone"), CommonRules::phone()},
                           {QStringLiteral("commune_code"), CommonRules::communeCode()}})},
        {QStringLiteral("origin"),
         JsonRule::object({{QStringLiteral("commune_code"), CommonRules::communeCode()},
                           {QStringLiteral("province_code"), CommonRules::provinceCode()}})},
        {QStringLiteral("ocop"), JsonRule::object({{QStringLiteral("stars"), JsonRule::integer(3, 5)},
                                                   {QStringLiteral("certificate"), JsonRule::text(1, 100)},
                                                   {QStringLiteral("decided_on"), JsonRule::date()}})
                                     .orNull()},
        {QStringLiteral("certifications"),
         JsonRule::arrayOf(JsonRule::object({{QStringLiteral("kind"), JsonRule::text(1, 50)},
                                             {QStringLiteral("number"), JsonRule::text(1, 100)},
                                             {QStringLiteral("issuer"), JsonRule::text(0, 255)},
                                             {QStringLiteral("expires_on"), JsonRule::date().orNull()}}),
                           20)},
        {QStringLiteral("ingredients"), CommonRules::longText()},
        {QStringLiteral("allergens"), CommonRules::longText()},
        {QStringLiteral("storage"), CommonRules::longText()},
        {QStringLiteral("usage"), CommonRules::longText()},
        {QStringLiteral("shelf_life_days"), JsonRule::integer(0, 36500)},
        {QStringLiteral("package"),
         JsonRule::object({{QStringLiteral("weight_g"), JsonRule::integer(0, 1000000)},
                           {QStringLiteral("length_mm"), JsonRule::integer(0, 10000)},
                           {QStringLiteral("width_mm"), JsonRule::integer(0, 10000)},
                           {QStringLiteral("height_mm"), JsonRule::integer(0, 10000)}})},
        editable(2),
        editable(3),
        {QStringLiteral("parent_id"), JsonRule::uuid().orNull()},
        {QStringLiteral("option_values"), optionList()},
        {QStringLiteral("option_names"), optionList()},
    });
    return rule;
}

QJsonObject draftListing()
{
    return {{QStringLiteral("status"), QStringLiteral("draft")},
            {QStringLiteral("reasons"), QJsonArray()},
            {QStringLiteral("channels"), QJsonArray()},
            {QStringLiteral("submitted_at"), QJsonValue::Null},
            {QStringLiteral("moderated_at"), QJsonValue::Null}};
}

QJsonObject toJson(const ProductRow& row)
{
    QJsonObject json = row.fields;
    json.insert(QStringLiteral("id"), row.id);
    json.insert(QStringLiteral("version"), row.version);
    json.insert(QStringLiteral("stock_on_hand_milli"), row.stockOnHandMilli);
    json.insert(QStringLiteral("photos"), row.photos);
    json.insert(QStringLiteral("listing"), row.listing);
    json.insert(QStringLiteral("created_at"), row.createdAt);
    json.insert(QStringLiteral("updated_at"), row.updatedAt);
    return json;
}

} // namespace ProductJson
} // namespace ChoPhien
