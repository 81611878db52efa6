// Seller isolation on the real chophien-sandbox: nothing Ben sends reads or changes Amy's data.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonArray>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

class TestSandboxIsolation final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;
    QString m_amys; // Amy's product, with 5 units of stock

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_isolation")),
                 qPrintable(m_session.errorString()));
        m_amys = F::newId();
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(m_amys), F::product(QStringLiteral("AMY-1")), newKey())
                     .status,
                 201);
        QCOMPARE(m_session.amy()
                     .write("POST", F::productPath(m_amys) + QStringLiteral("/stock-adjustments"),
                            F::adjustment(F::newId(), 5000), newKey())
                     .status,
                 201);
    }

    void benCannotReadAmysProduct()
    {
        const ApiReply r = m_session.ben().get(F::productPath(m_amys));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        QVERIFY(!r.body.contains("AMY-1"));
        const ApiReply list = m_session.ben().get(QStringLiteral("/v1/products"));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(m_amys.toLatin1()));
    }

    void benCannotReplaceOrTakeAmysId()
    {
        const ApiReply blind = m_session.ben().write("PUT", F::productPath(m_amys),
                                                     F::product(QStringLiteral("BEN-1")), newKey());
        QCOMPARE(blind.status, 409);
        QCOMPARE(blind.code(), QStringLiteral("id_in_use"));
        const ApiReply versioned = m_session.ben().write("PUT", F::productPath(m_amys),
                                                         F::product(QStringLiteral("BEN-1")), newKey(), 1);
        QCOMPARE(versioned.status, 412);
        QVERIFY(versioned.json().value(u"current").isNull());
        QVERIFY(!versioned.body.contains("AMY-1"));
    }

    void benCannotDeleteAmysProduct()
    {
        const ApiReply r = m_session.ben().write("DELETE", F::productPath(m_amys), {}, newKey(), 1);
        QCOMPARE(r.status, 404);
    }

    void benCannotTouchAmysStock()
    {
        const ApiReply r =
            m_session.ben().write("POST", F::productPath(m_amys) + QStringLiteral("/stock-adjustments"),
                                  F::adjustment(F::newId(), -5000, QStringLiteral("spoiled")), newKey());
        QCOMPARE(r.status, 404);
    }

    void benSeesNothingOfAmyInHisFeed()
    {
        const ApiReply r = m_session.ben().get(QStringLiteral("/v1/changes?limit=500"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(m_amys.toLatin1()));
        QCOMPARE(m_session.ben().get(QStringLiteral("/v1/seller")).json().value(u"username").toString(),
                 F::kBen);
    }

    void amysDataIsAsSheLeftIt()
    {
        const ApiReply r = m_session.amy().get(F::productPath(m_amys));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"sku").toString(), QStringLiteral("AMY-1"));
        QCOMPARE(r.json().value(u"version").toInt(), 1);
        QCOMPARE(r.json().value(u"stock_on_hand_milli").toInt(), 5000);
    }

    void idempotencyKeysBelongToTheirSeller()
    {
        // The same key from two sellers: two requests, neither replayed nor refused.
        const QByteArray key = newKey();
        const ApiReply amy = m_session.amy().write("PUT", F::productPath(F::newId()),
                                                   F::product(QStringLiteral("SHARED-KEY")), key);
        const ApiReply ben = m_session.ben().write("PUT", F::productPath(F::newId()),
                                                   F::product(QStringLiteral("SHARED-KEY")), key);
        QCOMPARE(amy.status, 201);
        QCOMPARE(ben.status, 201);
        QVERIFY(ben.header("Idempotent-Replayed").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxIsolation)
#include "tst_sandbox_isolation.moc"
