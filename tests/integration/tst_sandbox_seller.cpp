// The seller's identity and policies on the real chophien-sandbox: read, replaced with If-Match,
// checked field by field.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonArray>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

class TestSandboxSeller final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_seller")), qPrintable(m_session.errorString()));
    }

    void aNewAccountHasAnEmptySellerAtVersionOne()
    {
        const ApiReply r = m_session.ben().get(QStringLiteral("/v1/seller"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        const QJsonObject seller = r.json();
        QCOMPARE(seller.value(u"username").toString(), F::kBen);
        QCOMPARE(seller.value(u"version").toInt(), 1);
        QCOMPARE(seller.value(u"name").toString(), QString());
        QCOMPARE(seller.value(u"identity_complete").toBool(), false);
        QCOMPARE(seller.value(u"policies").toObject().value(u"payment_methods").toArray().size(), 0);
        QVERIFY(seller.value(u"id").toString().size() == 36);
    }

    void theSellerIsReplacedWithItsVersion()
    {
        ApiClient& amy = m_session.amy();
        const ApiReply blind = amy.write("PUT", QStringLiteral("/v1/seller"), F::seller(), newKey());
        QCOMPARE(blind.status, 428);

        const ApiReply replaced = amy.write("PUT", QStringLiteral("/v1/seller"), F::seller(), newKey(), 1);
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(replaced.json().value(u"name").toString(), QStringLiteral("Hợp tác xã Mật ong U Minh"));
        QCOMPARE(replaced.json().value(u"identity_complete").toBool(), true);
        QCOMPARE(amy.get(QStringLiteral("/v1/seller")).json(), replaced.json());

        QJsonObject changed = F::seller();
        changed.insert(QStringLiteral("phone"), QStringLiteral("+84912345678"));
        const ApiReply stale = amy.write("PUT", QStringLiteral("/v1/seller"), changed, newKey(), 1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(stale.json().value(u"current").toObject().value(u"phone").toString(),
                 QStringLiteral("02903861234"));

        // Clearing what identifies the seller is allowed, and makes the identity incomplete.
        changed.insert(QStringLiteral("business_registration"), QString());
        changed.insert(QStringLiteral("tax_id"), QString());
        const ApiReply incomplete = amy.write("PUT", QStringLiteral("/v1/seller"), changed, newKey(), 2);
        QCOMPARE(incomplete.status, 200);
        QCOMPARE(incomplete.json().value(u"identity_complete").toBool(), false);
        QCOMPARE(incomplete.json().value(u"version").toInt(), 3);
    }

    void sellerFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("legal form") << QStringLiteral("legal_form") << QJsonValue(QStringLiteral("company"))
                                    << QStringLiteral("legal_form not_allowed");
        QTest::newRow("phone") << QStringLiteral("phone") << QJsonValue(QStringLiteral("091-234"))
                               << QStringLiteral("phone invalid_format");
        QTest::newRow("tax id") << QStringLiteral("tax_id") << QJsonValue(QStringLiteral("12345"))
                                << QStringLiteral("tax_id invalid_format");
        QTest::newRow("email") << QStringLiteral("email") << QJsonValue(QStringLiteral("lienhe"))
                               << QStringLiteral("email invalid_format");
        QTest::newRow("address") << QStringLiteral("address")
                                 << QJsonValue(
                                        QJsonObject{{QStringLiteral("line"), QStringLiteral("Ấp 3")},
                                                    {QStringLiteral("commune_code"), QStringLiteral("3204")},
                                                    {QStringLiteral("province_code"), QStringLiteral("96")}})
                                 << QStringLiteral("address.commune_code invalid_format");
        QTest::newRow("policies")
            << QStringLiteral("policies")
            << QJsonValue(QJsonObject{{QStringLiteral("shipping"), QString()},
                                      {QStringLiteral("returns"), QString()},
                                      {QStringLiteral("inspection"), QStringLiteral("yes")},
                                      {QStringLiteral("price_includes_tax"), true},
                                      {QStringLiteral("price_includes_shipping"), false},
                                      {QStringLiteral("payment_methods"),
                                       QJsonArray{QStringLiteral("cod"), QStringLiteral("cod")}}})
            << QStringLiteral("policies.inspection wrong_type, policies.payment_methods[1] duplicate");
    }
    void sellerFieldsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject body = F::seller();
        body.insert(field, value);
        const ApiReply r = m_session.ben().write("PUT", QStringLiteral("/v1/seller"), body, newKey(), 1);
        QCOMPARE(r.status, 400);
        QStringList got;
        for (const QJsonValue& e : r.json().value(u"errors").toArray())
            got.append(e.toObject().value(u"field").toString() + u' ' +
                       e.toObject().value(u"code").toString());
        QCOMPARE(got.join(QStringLiteral(", ")), error);
        QCOMPARE(m_session.ben().get(QStringLiteral("/v1/seller")).json().value(u"version").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeller)
#include "tst_sandbox_seller.moc"
