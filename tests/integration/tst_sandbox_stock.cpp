// Stock as deltas on the real chophien-sandbox: concurrent adjustments add up exactly, and an
// op_id is applied once whatever Idempotency-Key it comes with.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

class TestSandboxStock final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    QString stockPath(const QString& id) const
    {
        return F::productPath(id) + QStringLiteral("/stock-adjustments");
    }

    QString newProduct(const QString& sku)
    {
        const QString id = F::newId();
        const ApiReply r = m_session.amy().write("PUT", F::productPath(id), F::product(sku), newKey());
        return r.status == 201 ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_stock")), qPrintable(m_session.errorString()));
    }

    void concurrentDeltasAddUpExactly()
    {
        const QString id = newProduct(QStringLiteral("CONC-1"));
        QVERIFY(!id.isEmpty());
        // Four devices of the same seller, fifty adjustments each, all in flight at once.
        std::vector<std::unique_ptr<ApiClient>> clients;
        for (int c = 0; c < 4; ++c)
            clients.push_back(m_session.amyAgain());
        QList<QPair<ApiClient*, QNetworkReply*>> inFlight;
        QSet<QString> opIds;
        qint64 expected = 0;
        QRandomGenerator random(20261124);
        for (int i = 0; i < 50; ++i) {
            for (auto& client : clients) {
                qint64 delta = random.bounded(-2500, 7500);
                if (delta == 0)
                    delta = 1;
                expected += delta;
                const QString opId = F::newId();
                opIds.insert(opId);
                inFlight.append(
                    {client.get(),
                     client->start("POST", stockPath(id),
                                   QJsonDocument(F::adjustment(opId, delta, QStringLiteral("adjustment")))
                                       .toJson(QJsonDocument::Compact),
                                   {{"Idempotency-Key", newKey()}})});
            }
        }
        for (const auto& [client, reply] : std::as_const(inFlight)) {
            const ApiReply r = client->finish(reply);
            QCOMPARE(r.status, 201);
        }
        const ApiReply product = m_session.amy().get(F::productPath(id));
        QCOMPARE(qint64(product.json().value(u"stock_on_hand_milli").toDouble()), expected);
        QCOMPARE(product.json().value(u"version").toInt(), 1); // stock is not part of the version

        // The feed holds each adjustment once, in the order applied: each one's on-hand is the one
        // before it plus its delta.
        QSet<QString> fed;
        qint64 running = 0;
        QString cursor;
        for (bool more = true; more;) {
            const ApiReply page =
                m_session.amy().get(QStringLiteral("/v1/changes?limit=500") +
                                    (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue& change : page.json().value(u"changes").toArray()) {
                const QJsonObject data = change.toObject().value(u"data").toObject();
                if (change.toObject().value(u"type").toString() == u"stock.adjusted" &&
                    data.value(u"product_id") == id) {
                    QVERIFY(!fed.contains(data.value(u"op_id").toString()));
                    fed.insert(data.value(u"op_id").toString());
                    running += qint64(data.value(u"delta_milli").toDouble());
                    QCOMPARE(qint64(data.value(u"stock_on_hand_milli").toDouble()), running);
                }
            }
            more = page.json().value(u"has_more").toBool();
            cursor = page.json().value(u"next_cursor").toString();
        }
        QCOMPARE(fed, opIds);
        QCOMPARE(running, expected);
    }

    void anOpIdIsAppliedOnce()
    {
        const QString id = newProduct(QStringLiteral("OPID-1"));
        const QString opId = F::newId();
        const QJsonObject body = F::adjustment(opId, 12500, QStringLiteral("received"));
        const ApiReply first = m_session.amy().write("POST", stockPath(id), body, newKey());
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value(u"stock_on_hand_milli").toInt(), 12500);
        QCOMPARE(first.json().value(u"product_id").toString(), id);

        // The outbox sends it again after a lost reply, under another key: applied once.
        const ApiReply again = m_session.amy().write("POST", stockPath(id), body, newKey());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json(), first.json());
        QCOMPARE(m_session.amy().get(F::productPath(id)).json().value(u"stock_on_hand_milli").toInt(), 12500);

        // The op_id with other contents is refused.
        const ApiReply different =
            m_session.amy().write("POST", stockPath(id), F::adjustment(opId, 1000), newKey());
        QCOMPARE(different.status, 409);
        QCOMPARE(different.code(), QStringLiteral("id_in_use"));
        const QString other = newProduct(QStringLiteral("OPID-2"));
        QCOMPARE(m_session.amy().write("POST", stockPath(other), body, newKey()).status, 409);
    }

    void onHandMayGoBelowZero()
    {
        const QString id = newProduct(QStringLiteral("NEG-1"));
        const ApiReply r = m_session.amy().write(
            "POST", stockPath(id), F::adjustment(F::newId(), -3000, QStringLiteral("sold_online")), newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"stock_on_hand_milli").toInt(), -3000);
    }

    void adjustmentsAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("zero") << F::adjustment(F::newId(), 0) << QStringLiteral("delta_milli not_allowed");
        QTest::newRow("fraction") << QJsonObject{{QStringLiteral("op_id"), F::newId()},
                                                 {QStringLiteral("delta_milli"), 2.5},
                                                 {QStringLiteral("reason"), QStringLiteral("count")}}
                                  << QStringLiteral("delta_milli wrong_type");
        QTest::newRow("absolute is not a delta")
            << QJsonObject{{QStringLiteral("op_id"), F::newId()},
                           {QStringLiteral("on_hand_milli"), 5000},
                           {QStringLiteral("reason"), QStringLiteral("count")}}
            << QStringLiteral("on_hand_milli unknown_field");
        QTest::newRow("reason") << F::adjustment(F::newId(), 1000, QStringLiteral("stolen"))
                                << QStringLiteral("reason not_allowed");
        QTest::newRow("op id") << F::adjustment(QStringLiteral("op-1"), 1000)
                               << QStringLiteral("op_id invalid_format");
    }
    void adjustmentsAreChecked()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        const QString id = newProduct(QStringLiteral("CHK-") + QString::fromLatin1(QTest::currentDataTag()));
        const ApiReply r = m_session.amy().write("POST", stockPath(id), body, newKey());
        QCOMPARE(r.status, 400);
        const QJsonObject first = r.json().value(u"errors").toArray().at(0).toObject();
        QCOMPARE(first.value(u"field").toString() + u' ' + first.value(u"code").toString(), error);
        QCOMPARE(m_session.amy().get(F::productPath(id)).json().value(u"stock_on_hand_milli").toInt(), 0);
    }

    void aMissingProductHasNoStock()
    {
        const ApiReply r =
            m_session.amy().write("POST", stockPath(F::newId()), F::adjustment(F::newId(), 1000), newKey());
        QCOMPARE(r.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxStock)
#include "tst_sandbox_stock.moc"
