// The platform's adapter from contract JSON to the rule tables' facts: dotted names, numbers only
// when stated, lists joined, null objects not given, the seller under "seller.".
#include <platform/ListingFactsJson.h>
#include <platform/SellerJson.h>

#include <QJsonArray>
#include <QTest>

using namespace ChoPhien;

class TestListingFactsJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flattensProductAndSeller()
    {
        const QJsonObject product{
            {QStringLiteral("name"), QStringLiteral("Mật ong")},
            {QStringLiteral("ingredients"), QString()},
            {QStringLiteral("shelf_life_days"), 0},
            {QStringLiteral("price"), 250000},
            {QStringLiteral("net_quantity"), QJsonObject{{QStringLiteral("amount_milli"), 500000},
                                                         {QStringLiteral("unit"), QStringLiteral("ml")}}},
            {QStringLiteral("ocop"), QJsonValue::Null},
            {QStringLiteral("producer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Hộ Tư")},
                                                     {QStringLiteral("phone"), QString()}}},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("mật ong"), QStringLiteral("OCOP")}},
            {QStringLiteral("certifications"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("vietgap")}}}},
        };
        const QJsonObject seller{
            {QStringLiteral("tax_id"), QStringLiteral("2001234567")},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("line"), QString()}}}};
        const QList<PhotoFacts> photos{{QStringLiteral("image/png"), 900, 900}};
        const ListingFacts facts = ListingFactsJson::make(product, seller, photos);

        const QHash<QString, QString> expected{
            {QStringLiteral("name"), QStringLiteral("Mật ong")},
            {QStringLiteral("price"), QStringLiteral("250000")},
            {QStringLiteral("net_quantity"), QStringLiteral("500000 ml")},
            {QStringLiteral("net_quantity.amount_milli"), QStringLiteral("500000")},
            {QStringLiteral("net_quantity.unit"), QStringLiteral("ml")},
            {QStringLiteral("producer"), QStringLiteral("Hộ Tư")},
            {QStringLiteral("producer.name"), QStringLiteral("Hộ Tư")},
            {QStringLiteral("tags"), QStringLiteral("mật ong, OCOP")},
            {QStringLiteral("seller.tax_id"), QStringLiteral("2001234567")},
        };
        QCOMPARE(facts.fields, expected);
        QCOMPARE(facts.photos.size(), 1);
        QCOMPARE(facts.photos.at(0).width, 900);
    }

    // The seller rules of the table and the contract's identity_complete agree on every mix of
    // given and empty identity fields.
    void sellerRulesAgreeWithIdentityComplete()
    {
        const QStringList texts = {QStringLiteral("name"), QStringLiteral("phone"),
                                   QStringLiteral("business_registration"), QStringLiteral("tax_id"),
                                   QStringLiteral("personal_id")};
        const QStringList address = {QStringLiteral("line"), QStringLiteral("commune_code"),
                                     QStringLiteral("province_code")};
        const qsizetype all = texts.size() + address.size();
        for (int mask = 0; mask < (1 << all); ++mask) {
            QJsonObject seller = SellerJson::initialFields();
            QJsonObject where = seller.value(u"address").toObject();
            for (qsizetype i = 0; i < all; ++i) {
                const QString value = (mask & (1 << i)) ? QStringLiteral("1") : QString();
                if (i < texts.size())
                    seller.insert(texts.at(i), value);
                else
                    where.insert(address.at(i - texts.size()), value);
            }
            seller.insert(QStringLiteral("address"), where);
            bool sellerReason = false;
            const ListingFacts facts = ListingFactsJson::make({}, seller, {});
            for (const ListingReason& reason :
                 ListingCheck::run(ListingRules::builtIn(), facts, QDate(2026, 12, 3)))
                sellerReason = sellerReason || reason.field.startsWith(u"seller.");
            QCOMPARE(!sellerReason, SellerJson::isIdentityComplete(seller));
        }
    }
};

QTEST_APPLESS_MAIN(TestListingFactsJson)
#include "tst_listingfactsjson.moc"
