// The listing rule tables (resources/rules) and their evaluator: each rule fires when it should and
// only then, banned claims match whole words without regard to accents or case, OCOP expires by date.
#include <core/ListingCheck.h>

#include <QTest>

using namespace ChoPhien;

namespace {

const QDate kToday(2026, 12, 3);

PhotoFacts photo(int width, int height, const QString& type = QStringLiteral("image/jpeg"))
{
    return {type, width, height};
}

// A food listing with everything the tables ask for, from a seller with a complete identity.
ListingFacts complete()
{
    ListingFacts facts;
    facts.fields = {
        {QStringLiteral("name"), QStringLiteral("Mật ong rừng U Minh 500 ml")},
        {QStringLiteral("group"), QStringLiteral("food")},
        {QStringLiteral("producer.name"), QStringLiteral("Hộ ông Nguyễn Văn Tư")},
        {QStringLiteral("producer.commune_code"), QStringLiteral("32047")},
        {QStringLiteral("origin.province_code"), QStringLiteral("96")},
        {QStringLiteral("net_quantity"), QStringLiteral("500 ml")},
        {QStringLiteral("shelf_life_days"), QStringLiteral("730")},
        {QStringLiteral("ingredients"), QStringLiteral("100% mật ong hoa tràm")},
        {QStringLiteral("storage"), QStringLiteral("Nơi khô ráo, thoáng mát.")},
        {QStringLiteral("usage"), QStringLiteral("Pha với nước ấm.")},
        {QStringLiteral("description"), QStringLiteral("Mật ong hoa tràm thu hoạch tự nhiên.")},
        {QStringLiteral("tags"), QStringLiteral("mật ong, OCOP")},
        {QStringLiteral("ocop.decided_on"), QStringLiteral("2025-03-15")},
        {QStringLiteral("seller.name"), QStringLiteral("Hợp tác xã Mật ong U Minh")},
        {QStringLiteral("seller.address.line"), QStringLiteral("Ấp 3")},
        {QStringLiteral("seller.address.commune_code"), QStringLiteral("32047")},
        {QStringLiteral("seller.address.province_code"), QStringLiteral("96")},
        {QStringLiteral("seller.phone"), QStringLiteral("02903861234")},
        {QStringLiteral("seller.tax_id"), QStringLiteral("2001234567")},
    };
    facts.photos = {photo(1200, 1200), photo(800, 600), photo(600, 600, QStringLiteral("image/png"))};
    return facts;
}

QStringList reasons(const ListingFacts& facts, const QDate& today = kToday)
{
    QStringList out;
    for (const ListingReason& reason : ListingCheck::run(ListingRules::builtIn(), facts, today)) {
        out.append(reason.field + u' ' + reason.code);
        // Every reason speaks both languages, with its placeholders filled.
        if (reason.message.isEmpty() || reason.messageEn.isEmpty() || reason.message.contains(u'{') ||
            reason.messageEn.contains(u'{'))
            out.append(QStringLiteral("bad message: ") + reason.message + u'/' + reason.messageEn);
    }
    return out;
}

} // namespace

class TestListingCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInTablesLoad()
    {
        const ListingRules& rules = ListingRules::builtIn();
        QCOMPARE(rules.version(), 2);
        QVERIFY(rules.rules().size() > 20);
    }

    void completeListingPasses() { QCOMPARE(reasons(complete()), QStringList()); }

    void groupNotChosenAsksForItAndTheGeneralLabelFields()
    {
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("group"), QString());
        facts.fields.remove(QStringLiteral("producer.name"));
        facts.fields.remove(QStringLiteral("ingredients")); // only food-like groups need it
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("group missing_product_group"),
                                              QStringLiteral("producer.name missing_label_field")}));
    }

    void labelFieldsByGroup_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("expected");
        const QStringList all = {QStringLiteral("net_quantity"), QStringLiteral("shelf_life_days"),
                                 QStringLiteral("ingredients"), QStringLiteral("storage"),
                                 QStringLiteral("usage")};
        QTest::newRow("food") << QStringLiteral("food") << all;
        QTest::newRow("health-supplement") << QStringLiteral("health-supplement") << all;
        QTest::newRow("alcohol") << QStringLiteral("alcohol")
                                 << QStringList(
                                        {QStringLiteral("net_quantity"), QStringLiteral("ingredients")});
        QTest::newRow("cosmetics") << QStringLiteral("cosmetics")
                                   << QStringList({QStringLiteral("net_quantity"),
                                                   QStringLiteral("ingredients"), QStringLiteral("usage")});
        QTest::newRow("textile") << QStringLiteral("textile")
                                 << QStringList({QStringLiteral("ingredients"), QStringLiteral("usage")});
        QTest::newRow("handicraft") << QStringLiteral("handicraft") << QStringList();
        QTest::newRow("other") << QStringLiteral("other") << QStringList();
    }

    void labelFieldsByGroup()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, expected);
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("group"), group);
        for (const QString& field :
             {QStringLiteral("net_quantity"), QStringLiteral("shelf_life_days"),
              QStringLiteral("ingredients"), QStringLiteral("storage"), QStringLiteral("usage")})
            facts.fields.insert(field, QStringLiteral("  ")); // white space is not given
        QStringList wanted;
        for (const QString& field : std::as_const(expected))
            wanted.append(field + QStringLiteral(" missing_label_field"));
        QCOMPARE(reasons(facts), wanted);
    }

    void sellerIdentityFieldByField()
    {
        ListingFacts facts = complete();
        facts.fields.remove(QStringLiteral("seller.phone"));
        facts.fields.remove(QStringLiteral("seller.address.line"));
        QCOMPARE(reasons(facts),
                 QStringList({QStringLiteral("seller.address.line seller_identity_incomplete"),
                              QStringLiteral("seller.phone seller_identity_incomplete")}));

        // Any one of registration, tax code or personal id will do; none is a reason.
        facts = complete();
        facts.fields.remove(QStringLiteral("seller.tax_id"));
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("seller.tax_id seller_identity_incomplete")}));
        facts.fields.insert(QStringLiteral("seller.personal_id"), QStringLiteral("079123456789"));
        QCOMPARE(reasons(facts), QStringList());
    }

    void titleLengthInCodePoints()
    {
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("name"), QStringLiteral("Mật ong"));
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("name title_too_short")}));
        facts.fields.insert(QStringLiteral("name"), QString(120, u'ậ'));
        QCOMPARE(reasons(facts), QStringList());
        facts.fields.insert(QStringLiteral("name"), QString(121, u'ậ'));
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("name title_too_long")}));
        const ListingReason reason = ListingCheck::run(ListingRules::builtIn(), facts, kToday).constFirst();
        QCOMPARE(reason.messageEn, QStringLiteral("The product name is too long: at most 120 characters."));
    }

    void photoRules()
    {
        ListingFacts facts = complete();
        facts.photos.clear();
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("photos too_few_photos")}));
        const ListingReason none = ListingCheck::run(ListingRules::builtIn(), facts, kToday).constFirst();
        QCOMPARE(none.message, QStringLiteral("Cần ít nhất 3 ảnh sản phẩm (đang có 0)."));

        facts.photos = {photo(700, 900), photo(499, 800), photo(800, 800, QStringLiteral("image/gif"))};
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("photos[2] photo_type_not_allowed"),
                                              QStringLiteral("photos[1] photo_too_small"),
                                              QStringLiteral("photos[0] main_photo_too_small")}));
        facts.photos = {photo(800, 800), photo(500, 500), photo(500, 500)};
        QCOMPARE(reasons(facts), QStringList());
    }

    void bannedClaimsIgnoreAccentsAndCaseButNeedWholeWords_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("banned");
        QTest::newRow("as listed") << QStringLiteral("Mật ong là thần dược cho sức khoẻ.") << true;
        QTest::newRow("capitals") << QStringLiteral("THẦN DƯỢC từ rừng") << true;
        QTest::newRow("no accents") << QStringLiteral("mat ong than duoc") << true;
        QTest::newRow("punctuation around") << QStringLiteral("«Chữa khỏi» ho!") << true;
        QTest::newRow("decomposed input")
            << QStringLiteral("đặc trị").normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("across a line break") << QStringLiteral("có thể thay\nthế thuốc") << true;
        QTest::newRow("inside a longer word") << QStringLiteral("thần dượcx") << false;
        QTest::newRow("prefix of a word") << QStringLiteral("xthần dược") << false;
        QTest::newRow("words apart") << QStringLiteral("thần linh và dược liệu") << false;
        QTest::newRow("harmless") << QStringLiteral("Mật ong hoa tràm nguyên chất.") << false;
        // Decree 43's required warning for health supplements contains banned words, and is allowed.
        QTest::newRow("required warning")
            << QStringLiteral(
                   "Thực phẩm này không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh.")
            << false;
        QTest::newRow("claim beside the warning")
            << QStringLiteral("Không có tác dụng thay thế thuốc chữa bệnh. Thần dược!") << true;
        QTest::newRow("claim alone") << QStringLiteral("Có thể thay thế thuốc.") << true;
    }

    void bannedClaimsIgnoreAccentsAndCaseButNeedWholeWords()
    {
        QFETCH(QString, description);
        QFETCH(bool, banned);
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("description"), description);
        const QStringList got = reasons(facts);
        QCOMPARE(got.contains(QStringLiteral("description banned_claim")), banned);
        QCOMPARE(got.size(), banned ? 1 : 0);
    }

    void bannedClaimsByGroupAndField()
    {
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("name"), QStringLiteral("Trà thảo mộc đặc trị mất ngủ"));
        facts.fields.insert(QStringLiteral("tags"), QStringLiteral("trà, thần dược"));
        const QList<ListingReason> found = ListingCheck::run(ListingRules::builtIn(), facts, kToday);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).field, QStringLiteral("name"));
        QCOMPARE(found.at(0).message,
                 QStringLiteral("Không được quảng cáo thực phẩm có tác dụng phòng, chữa bệnh (“đặc trị”)."));
        QCOMPARE(found.at(1).field, QStringLiteral("tags"));
        // A handicraft is not food: the food list does not apply.
        facts.fields.insert(QStringLiteral("group"), QStringLiteral("handicraft"));
        QCOMPARE(reasons(facts), QStringList());
        QVERIFY(
            ListingCheck::containsPhrase(QStringLiteral("Thay Thế Thuốc"), QStringLiteral("thay thế thuốc")));
        QVERIFY(!ListingCheck::containsPhrase(QStringLiteral("anything"), QStringLiteral(" … ")));
    }

    void ocopExpiresThirtySixMonthsAfterItsDecision()
    {
        ListingFacts facts = complete();
        facts.fields.insert(QStringLiteral("ocop.decided_on"), QStringLiteral("2023-12-04"));
        QCOMPARE(reasons(facts), QStringList());
        facts.fields.insert(QStringLiteral("ocop.decided_on"), QStringLiteral("2023-12-03"));
        QCOMPARE(reasons(facts), QStringList({QStringLiteral("ocop.decided_on ocop_expired")}));
        QCOMPARE(ListingCheck::run(ListingRules::builtIn(), facts, kToday).constFirst().messageEn,
                 QStringLiteral("The OCOP certificate (decided on 03/12/2023) is past its 36-month validity; "
                                "remove or renew it."));
        facts.fields.remove(QStringLiteral("ocop.decided_on")); // no OCOP star: nothing to expire
        QCOMPARE(reasons(facts), QStringList());
    }

    void malformedTablesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("other format") << QByteArray(R"({"format": 2, "version": 1, "rules": []})");
        QTest::newRow("no version") << QByteArray(R"({"format": 1, "rules": []})");
        QTest::newRow("unknown kind") << QByteArray(
            R"({"format": 1, "version": 1, "rules": [{"kind": "magic", "groups": ["*"], "code": "x",
                "message": "a", "message_en": "b"}]})");
        QTest::newRow("no english") << QByteArray(
            R"({"format": 1, "version": 1, "rules": [{"kind": "required", "groups": ["*"], "field": "name",
                "code": "x", "message": "a"}]})");
        QTest::newRow("bad code") << QByteArray(
            R"({"format": 1, "version": 1, "rules": [{"kind": "required", "groups": ["*"], "field": "name",
                "code": "Bad-Code", "message": "a", "message_en": "b"}]})");
        QTest::newRow("photo count 0") << QByteArray(
            R"({"format": 1, "version": 1, "rules": [{"kind": "photo_count", "groups": ["*"], "field": "photos",
                "min": 0, "code": "x", "message": "a", "message_en": "b"}]})");
    }

    void malformedTablesAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!ListingRules::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestListingCheck)
#include "tst_listingcheck.moc"
