#include "ApiFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ChoPhien::Test::ApiFixtures {

QStringList sandboxArguments(const QString& dataFolder)
{
    return {QStringLiteral("--data"), dataFolder,
            QStringLiteral("--user"), kAmy + u':' + kAmyPassword,
            QStringLiteral("--user"), kBen + u':' + kBenPassword};
}

QJsonObject product(const QString& sku, qint64 price)
{
    const QString none;
    return {
        {QStringLiteral("sku"), sku},
        {QStringLiteral("name"), QStringLiteral("Mật ong rừng U Minh 500 ml")},
        {QStringLiteral("category"), QStringLiteral("Nông sản/Mật ong")},
        {QStringLiteral("group"), QStringLiteral("food")},
        {QStringLiteral("unit"), QStringLiteral("chai")},
        {QStringLiteral("net_quantity"), QJsonObject{{QStringLiteral("amount_milli"), 500000},
                                                     {QStringLiteral("unit"), QStringLiteral("ml")}}},
        {QStringLiteral("price"), price},
        {QStringLiteral("sale_price"), QJsonValue::Null},
        {QStringLiteral("barcode"), QStringLiteral("8934563138165")},
        {QStringLiteral("producer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Hộ ông Nguyễn Văn Tư")},
                     {QStringLiteral("phone"), QStringLiteral("0912345678")},
                     {QStringLiteral("commune_code"), QStringLiteral("32047")}}},
        {QStringLiteral("origin"), QJsonObject{{QStringLiteral("commune_code"), QStringLiteral("32047")},
                                               {QStringLiteral("province_code"), QStringLiteral("96")}}},
        {QStringLiteral("ocop"), QJsonObject{{QStringLiteral("stars"), 4},
                                             {QStringLiteral("certificate"), QStringLiteral("123/QĐ-UBND")},
                                             {QStringLiteral("decided_on"), QStringLiteral("2025-03-15")}}},
        {QStringLiteral("certifications"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vietgap")},
                                {QStringLiteral("number"), QStringLiteral("VietGAP-TT-25-01-96-0042")},
                                {QStringLiteral("issuer"), QStringLiteral("Trung tâm Chứng nhận Phù hợp")},
                                {QStringLiteral("expires_on"), QStringLiteral("2027-06-30")}}}},
        {QStringLiteral("ingredients"), QStringLiteral("100% mật ong hoa tràm")},
        {QStringLiteral("allergens"), none},
        {QStringLiteral("storage"), QStringLiteral("Nơi khô ráo, thoáng mát.")},
        {QStringLiteral("usage"), QStringLiteral("Pha với nước ấm.")},
        {QStringLiteral("shelf_life_days"), 730},
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("weight_g"), 720},
                                                {QStringLiteral("length_mm"), 70},
                                                {QStringLiteral("width_mm"), 70},
                                                {QStringLiteral("height_mm"), 160}}},
        {QStringLiteral("description"), QStringLiteral("Mật ong hoa tràm thu hoạch tự nhiên.")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("mật ong"), QStringLiteral("OCOP")}},
        {QStringLiteral("parent_id"), QJsonValue::Null},
        {QStringLiteral("option_values"), QJsonArray()},
        {QStringLiteral("option_names"), QJsonArray()},
    };
}

QJsonObject seller()
{
    return {
        {QStringLiteral("name"), QStringLiteral("Hợp tác xã Mật ong U Minh")},
        {QStringLiteral("legal_form"), QStringLiteral("cooperative")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("line"), QStringLiteral("Ấp 3")},
                                                {QStringLiteral("commune_code"), QStringLiteral("32047")},
                                                {QStringLiteral("province_code"), QStringLiteral("96")}}},
        {QStringLiteral("business_registration"), QStringLiteral("61A8000123")},
        {QStringLiteral("tax_id"), QStringLiteral("2001234567")},
        {QStringLiteral("personal_id"), QString()},
        {QStringLiteral("phone"), QStringLiteral("02903861234")},
        {QStringLiteral("email"), QStringLiteral("lienhe@example.com")},
        {QStringLiteral("policies"),
         QJsonObject{
             {QStringLiteral("shipping"), QStringLiteral("Giao hàng toàn quốc qua bưu điện, 2–5 ngày.")},
             {QStringLiteral("returns"), QStringLiteral("Đổi trả trong 7 ngày nếu sản phẩm lỗi.")},
             {QStringLiteral("inspection"), true},
             {QStringLiteral("price_includes_tax"), true},
             {QStringLiteral("price_includes_shipping"), false},
             {QStringLiteral("payment_methods"),
              QJsonArray{QStringLiteral("cod"), QStringLiteral("bank_transfer")}}}},
    };
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject adjustment(const QString& opId, qint64 deltaMilli, const QString& reason)
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("delta_milli"), deltaMilli},
            {QStringLiteral("reason"), reason}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString productPath(const QString& id)
{
    return QStringLiteral("/v1/products/") + id;
}

} // namespace ChoPhien::Test::ApiFixtures
