// Products on the real chophien-sandbox: create-or-replace with client ids, versions and
// conflicts, idempotent replay, paging, and strict checking of what is sent.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

QStringList fieldCodes(const ApiReply& reply)
{
    QStringList out;
    for (const QJsonValue& e : reply.json().value(u"errors").toArray())
        out.append(e.toObject().value(u"field").toString() + u' ' + e.toObject().value(u"code").toString());
    return out;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxProducts final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    ApiReply put(const QString& id, const QJsonObject& body, qint64 ifMatch = 0)
    {
        return m_session.amy().write("PUT", F::productPath(id), body, newKey(), ifMatch);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_products")),
                 qPrintable(m_session.errorString()));
    }

    void createReadReplaceDelete()
    {
        const QString id = F::newId();
        QJsonObject body = F::product(QStringLiteral("MOUM-500"));
        const ApiReply created = put(id, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
        QJsonObject product = created.json();
        QCOMPARE(product.value(u"id").toString(), id);
        QCOMPARE(product.value(u"version").toInt(), 1);
        QCOMPARE(product.value(u"stock_on_hand_milli").toInt(), 0);
        QCOMPARE(product.value(u"photos").toArray().size(), 0);
        QCOMPARE(product.value(u"listing").toObject().value(u"status").toString(), QStringLiteral("draft"));
        QVERIFY(product.value(u"created_at").toString().endsWith(u'Z'));
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            QVERIFY2(product.value(it.key()) == it.value(), qPrintable(it.key()));

        const ApiReply read = m_session.amy().get(F::productPath(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(read.json(), product);

        body.insert(QStringLiteral("price"), 240000);
        body.insert(QStringLiteral("sale_price"), 199000);
        const ApiReply replaced = put(id, body, 1);
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.header("ETag"), QByteArray("\"2\""));
        QCOMPARE(replaced.json().value(u"price").toInt(), 240000);
        QCOMPARE(replaced.json().value(u"created_at"), product.value(u"created_at"));

        // The same fields again change nothing, not even the version.
        const ApiReply same = put(id, body, 2);
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json().value(u"version").toInt(), 2);

        const ApiReply deleted = m_session.amy().write("DELETE", F::productPath(id), {}, newKey(), 2);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 404);
        // The id stays reserved.
        const ApiReply again = put(id, body);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("id_in_use"));
    }

    void replacingNeedsTheCurrentVersion()
    {
        const QString id = F::newId();
        QJsonObject body = F::product(QStringLiteral("IFM-1"));
        QCOMPARE(put(id, body).status, 201);
        body.insert(QStringLiteral("name"), QStringLiteral("Mật ong hoa tràm"));

        const ApiReply missing = put(id, body);
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.code(), QStringLiteral("precondition_required"));
        QCOMPARE(put(id, body, 1).status, 200);

        // A second device still holding version 1: 412 with the server's copy.
        body.insert(QStringLiteral("name"), QStringLiteral("Mật ong rừng"));
        const ApiReply stale = put(id, body, 1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
        QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
        const QJsonObject current = stale.json().value(u"current").toObject();
        QCOMPARE(current.value(u"version").toInt(), 2);
        QCOMPARE(current.value(u"name").toString(), QStringLiteral("Mật ong hoa tràm"));
        QVERIFY(!stale.json().value(u"detail").toString().isEmpty());

        const ApiReply deleteStale = m_session.amy().write("DELETE", F::productPath(id), {}, newKey(), 1);
        QCOMPARE(deleteStale.status, 412);
        QCOMPARE(deleteStale.json().value(u"current").toObject().value(u"version").toInt(), 2);
        const ApiReply deleteBlind = m_session.amy().write("DELETE", F::productPath(id), {}, newKey());
        QCOMPARE(deleteBlind.status, 428);

        const ApiReply malformed = m_session.amy().send("PUT", F::productPath(id), compact(body),
                                                        {{"Idempotency-Key", newKey()}, {"If-Match", "2"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(fieldCodes(malformed), QStringList{QStringLiteral("If-Match invalid_format")});

        // If-Match for an id the server does not hold: 412 with current null.
        const ApiReply unknown = put(F::newId(), F::product(QStringLiteral("IFM-2")), 3);
        QCOMPARE(unknown.status, 412);
        QVERIFY(unknown.json().contains(u"current"));
        QVERIFY(unknown.json().value(u"current").isNull());
    }

    void aReplayedKeyGetsTheStoredAnswer()
    {
        const QString id = F::newId();
        const QByteArray key = newKey();
        const QJsonObject body = F::product(QStringLiteral("IDEM-1"));
        const ApiReply first = m_session.amy().write("PUT", F::productPath(id), body, key);
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());

        // Meanwhile the product changes; the replay still answers what the first request got.
        QCOMPARE(put(id, F::product(QStringLiteral("IDEM-1B")), 1).status, 200);
        const ApiReply replay = m_session.amy().write("PUT", F::productPath(id), body, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.header("ETag"), first.header("ETag"));
        QCOMPARE(replay.body, first.body);
        QCOMPARE(m_session.amy().get(F::productPath(id)).json().value(u"version").toInt(), 2);

        // Another request with that key: refused, and nothing changes.
        const ApiReply otherBody =
            m_session.amy().write("PUT", F::productPath(id), F::product(QStringLiteral("IDEM-X")), key);
        QCOMPARE(otherBody.status, 422);
        QCOMPARE(otherBody.code(), QStringLiteral("idempotency_key_reused"));
        const ApiReply otherPath = m_session.amy().write("PUT", F::productPath(F::newId()), body, key);
        QCOMPARE(otherPath.status, 422);
        QCOMPARE(m_session.amy().get(F::productPath(id)).json().value(u"sku").toString(),
                 QStringLiteral("IDEM-1B"));
    }

    void errorsAreNotStoredUnderTheirKey()
    {
        const QString id = F::newId();
        const QByteArray key = newKey();
        QJsonObject body = F::product(QStringLiteral("ERR-1"));
        body.insert(QStringLiteral("price"), QStringLiteral("free"));
        QCOMPARE(m_session.amy().write("PUT", F::productPath(id), body, key).status, 400);
        body.insert(QStringLiteral("price"), 1000);
        const ApiReply fixed = m_session.amy().write("PUT", F::productPath(id), body, key);
        QCOMPARE(fixed.status, 201);
    }

    void writesNeedAnIdempotencyKey_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("too long") << QByteArray(201, 'k');
        QTest::newRow("space") << QByteArray("two words");
    }
    void writesNeedAnIdempotencyKey()
    {
        QFETCH(QByteArray, key);
        ApiClient::Headers headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        const ApiReply r = m_session.amy().send("PUT", F::productPath(F::newId()),
                                                compact(F::product(QStringLiteral("K"))), headers);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("idempotency_key_required"));
    }

    void bodiesMustBeJson()
    {
        const ApiReply r =
            m_session.amy().send("PUT", F::productPath(F::newId()), compact(F::product(QStringLiteral("CT"))),
                                 {{"Idempotency-Key", newKey()}, {"Content-Type", "text/plain"}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), QStringLiteral("unsupported_media_type"));
    }

    void malformedBodiesAreRefusedInVietnamese_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("not JSON") << QByteArray("{\"sku\": ") << QStringLiteral("invalid_json")
                                  << QStringList();
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("invalid_json") << QStringList();
        QTest::newRow("empty") << QByteArray(" ") << QStringLiteral("invalid_json") << QStringList();

        QJsonObject unknown = F::product(QStringLiteral("U-1"));
        unknown.insert(QStringLiteral("colour"), QStringLiteral("vàng"));
        unknown.insert(QStringLiteral("price"), QStringLiteral("wrong type too"));
        QTest::newRow("unknown field wins") << compact(unknown) << QStringLiteral("unknown_field")
                                            << QStringList{QStringLiteral("colour unknown_field")};

        QJsonObject types = F::product(QStringLiteral("T-1"));
        types.insert(QStringLiteral("price"), QStringLiteral("250000"));
        types.insert(QStringLiteral("tags"), QStringLiteral("mật ong"));
        types.insert(QStringLiteral("shelf_life_days"), 1.5);
        types.remove(QStringLiteral("unit"));
        QTest::newRow("wrong types") << compact(types) << QStringLiteral("invalid_field")
                                     << QStringList{QStringLiteral("price wrong_type"),
                                                    QStringLiteral("shelf_life_days wrong_type"),
                                                    QStringLiteral("tags wrong_type"),
                                                    QStringLiteral("unit required")};

        QJsonObject nested = F::product(QStringLiteral("N-1"));
        nested.insert(QStringLiteral("producer"),
                      QJsonObject{{QStringLiteral("name"), QString()},
                                  {QStringLiteral("phone"), QStringLiteral("12345")},
                                  {QStringLiteral("commune_code"), QStringLiteral("32047")}});
        nested.insert(QStringLiteral("ocop"),
                      QJsonObject{{QStringLiteral("stars"), 6},
                                  {QStringLiteral("certificate"), QStringLiteral("1")},
                                  {QStringLiteral("decided_on"), QStringLiteral("15/03/2025")}});
        QTest::newRow("nested limits") << compact(nested) << QStringLiteral("invalid_field")
                                       << QStringList{QStringLiteral("ocop.decided_on invalid_format"),
                                                      QStringLiteral("ocop.stars too_large"),
                                                      QStringLiteral("producer.phone invalid_format")};

        QJsonObject nfd = F::product(QStringLiteral("NFD-1"));
        nfd.insert(QStringLiteral("name"),
                   QStringLiteral("Mật ong").normalized(QString::NormalizationForm_D));
        QTest::newRow("not NFC") << compact(nfd) << QStringLiteral("invalid_field")
                                 << QStringList{QStringLiteral("name not_nfc")};

        QJsonObject rules = F::product(QStringLiteral("R-1"), 100000);
        rules.insert(QStringLiteral("sale_price"), 100000);
        rules.insert(QStringLiteral("barcode"), QStringLiteral("8934563138166"));
        QTest::newRow("rules") << compact(rules) << QStringLiteral("invalid_field")
                               << QStringList{QStringLiteral("barcode check_digit"),
                                              QStringLiteral("sale_price too_large")};
    }
    void malformedBodiesAreRefusedInVietnamese()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QStringList, fields);
        const ApiReply r =
            m_session.amy().send("PUT", F::productPath(F::newId()), body, {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.code(), code);
        QStringList got = fieldCodes(r);
        got.sort();
        QCOMPARE(got, fields);
        const QString detail = r.json().value(u"detail").toString();
        QVERIFY2(detail.contains(u'ó') || detail.contains(u'ữ') || detail.contains(u'ụ'), qPrintable(detail));
        for (const QJsonValue& e : r.json().value(u"errors").toArray()) {
            QVERIFY(!e.toObject().value(u"message").toString().isEmpty());
            QVERIFY(!e.toObject().value(u"message_en").toString().isEmpty());
        }
    }

    void skusAreUniquePerSeller()
    {
        QCOMPARE(put(F::newId(), F::product(QStringLiteral("SKU-SAME"))).status, 201);
        const ApiReply twice = put(F::newId(), F::product(QStringLiteral("SKU-SAME")));
        QCOMPARE(twice.status, 400);
        QCOMPARE(fieldCodes(twice), QStringList{QStringLiteral("sku duplicate")});
        // Another seller may use the same SKU.
        QCOMPARE(
            m_session.ben()
                .write("PUT", F::productPath(F::newId()), F::product(QStringLiteral("SKU-SAME")), newKey())
                .status,
            201);
    }

    void variantsNameTheirParent()
    {
        const QString parent = F::newId();
        QJsonObject parentBody = F::product(QStringLiteral("VAR-P"));
        parentBody.insert(QStringLiteral("option_names"), QJsonArray{QStringLiteral("Dung tích")});
        QCOMPARE(put(parent, parentBody).status, 201);

        const QString variant = F::newId();
        QJsonObject variantBody = F::product(QStringLiteral("VAR-500"));
        variantBody.insert(QStringLiteral("parent_id"), parent);
        const ApiReply noValue = put(variant, variantBody);
        QCOMPARE(fieldCodes(noValue), QStringList{QStringLiteral("option_values too_short")});
        variantBody.insert(QStringLiteral("option_values"), QJsonArray{QStringLiteral("500 ml")});
        QCOMPARE(put(variant, variantBody).status, 201);

        QJsonObject orphan = variantBody;
        orphan.insert(QStringLiteral("sku"), QStringLiteral("VAR-X"));
        orphan.insert(QStringLiteral("parent_id"), F::newId());
        QCOMPARE(fieldCodes(put(F::newId(), orphan)), QStringList{QStringLiteral("parent_id not_found")});

        // A parent with variants cannot be deleted, nor take stock.
        const ApiReply remove = m_session.amy().write("DELETE", F::productPath(parent), {}, newKey(), 1);
        QCOMPARE(remove.status, 409);
        QCOMPARE(remove.code(), QStringLiteral("wrong_product_kind"));
        const ApiReply stock =
            m_session.amy().write("POST", F::productPath(parent) + QStringLiteral("/stock-adjustments"),
                                  F::adjustment(F::newId(), 1000), newKey());
        QCOMPARE(stock.status, 409);
        QCOMPARE(stock.code(), QStringLiteral("wrong_product_kind"));
    }

    void malformedIdsNameNoProduct_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("not a uuid") << QStringLiteral("mat-ong-500");
        QTest::newRow("upper case") << F::newId().toUpper();
        QTest::newRow("braces") << u'{' + F::newId() + u'}';
    }
    void malformedIdsNameNoProduct()
    {
        QFETCH(QString, id);
        QCOMPARE(m_session.amy().get(F::productPath(id)).status, 404);
        QCOMPARE(put(id, F::product(QStringLiteral("BAD-ID"))).status, 404);
    }

    void theListIsPagedById()
    {
        SandboxSession fresh;
        QVERIFY2(fresh.start(QStringLiteral("tst_sandbox_products")), qPrintable(fresh.errorString()));
        QSet<QString> made;
        for (int i = 0; i < 7; ++i) {
            const QString id = F::newId();
            QCOMPARE(
                fresh.amy()
                    .write("PUT", F::productPath(id), F::product(QStringLiteral("PAGE-%1").arg(i)), newKey())
                    .status,
                201);
            made.insert(id);
        }
        QCOMPARE(fresh.ben()
                     .write("PUT", F::productPath(F::newId()), F::product(QStringLiteral("BEN")), newKey())
                     .status,
                 201);

        QStringList seen;
        QString cursor;
        int pages = 0;
        while (true) {
            const ApiReply page =
                fresh.amy().get(QStringLiteral("/v1/products?limit=3") +
                                (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue& item : page.json().value(u"items").toArray())
                seen.append(item.toObject().value(u"id").toString());
            const bool hasMore = page.json().value(u"has_more").toBool();
            QCOMPARE(page.json().value(u"next_cursor").isNull(), !hasMore);
            if (!hasMore)
                break;
            cursor = page.json().value(u"next_cursor").toString();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), made);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);

        QCOMPARE(fresh.amy().get(QStringLiteral("/v1/products")).json().value(u"items").toArray().size(), 7);
    }

    void listQueriesAreChecked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit too_small");
        QTest::newRow("limit 501") << QStringLiteral("limit=501") << QStringLiteral("limit too_large");
        QTest::newRow("limit word") << QStringLiteral("limit=ten") << QStringLiteral("limit wrong_type");
        QTest::newRow("cursor junk") << QStringLiteral("cursor=***")
                                     << QStringLiteral("cursor invalid_format");
        QTest::newRow("cursor not ours")
            << QStringLiteral("cursor=aGVsbG8") << QStringLiteral("cursor invalid_format");
    }
    void listQueriesAreChecked()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        const ApiReply r = m_session.amy().get(QStringLiteral("/v1/products?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        QCOMPARE(fieldCodes(r), QStringList{error});
    }
};

QTEST_GUILESS_MAIN(TestSandboxProducts)
#include "tst_sandbox_products.moc"
