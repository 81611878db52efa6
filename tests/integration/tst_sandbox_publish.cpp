// Publishing and moderation on the real chophien-sandbox: 202 at once, the result later in the
// changes feed with reasons per field from the rule tables, channels going live one by one, the
// queue surviving a restart, and a changed product going to moderation again.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>
#include <support/TestPaths.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

const QString kDelay = QStringLiteral("300");

QString publishPath(const QString& id)
{
    return F::productPath(id) + QStringLiteral("/publish");
}

// "<a> <b>" of each object in the listing's array `key`, in order.
QStringList pairsOf(const QJsonObject& listing, QStringView key, QStringView a, QStringView b)
{
    QStringList out;
    for (const QJsonValue& item : listing.value(key).toArray())
        out.append(item.toObject().value(a).toString() + u' ' + item.toObject().value(b).toString());
    return out;
}

QStringList reasonList(const QJsonObject& listing)
{
    return pairsOf(listing, u"reasons", u"field", u"code");
}

QStringList channelList(const QJsonObject& listing)
{
    return pairsOf(listing, u"channels", u"channel", u"status");
}

// Follows one seller's changes feed from the head cursor taken at construction.
class Feed {
public:
    explicit Feed(ApiClient& client)
        : m_client(&client)
    {
        m_cursor = client.get(QStringLiteral("/v1/changes?from=now")).json().value(u"next_cursor").toString();
    }
    void setClient(ApiClient& client) { m_client = &client; }
    bool valid() const { return !m_cursor.isEmpty(); }

    // The next `count` listing changes of the product (type and data), waiting up to `timeoutMs`.
    // Listing changes of other products read meanwhile are kept for later calls.
    QList<QJsonObject> listingChanges(const QString& productId, int count, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (ofProduct(productId).size() < count && clock.elapsed() < timeoutMs) {
            const ApiReply page = m_client->get(QStringLiteral("/v1/changes?limit=100&cursor=") + m_cursor);
            if (page.status != 200)
                break;
            for (const QJsonValue& change : page.json().value(u"changes").toArray()) {
                if (change.toObject().value(u"type").toString().startsWith(u"listing."))
                    m_unread.append(change.toObject());
            }
            m_cursor = page.json().value(u"next_cursor").toString();
            if (ofProduct(productId).size() < count)
                QTest::qWait(50);
        }
        const QList<QJsonObject> out = ofProduct(productId).mid(0, count);
        for (const QJsonObject& change : out)
            m_unread.removeOne(change);
        return out;
    }
    // The listing changes read so far and not yet taken by listingChanges().
    QList<QJsonObject> unread() const { return m_unread; }

private:
    QList<QJsonObject> ofProduct(const QString& productId) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& change : m_unread) {
            if (change.value(u"data").toObject().value(u"product_id").toString() == productId)
                out.append(change);
        }
        return out;
    }

    ApiClient* m_client;
    QString m_cursor;
    QList<QJsonObject> m_unread;
};

QJsonObject incompleteProduct(const QString& sku)
{
    QJsonObject body = F::product(sku);
    body.insert(QStringLiteral("name"), QStringLiteral("Mật ong"));
    body.insert(QStringLiteral("ingredients"), QString());
    body.insert(QStringLiteral("storage"), QString());
    body.insert(QStringLiteral("description"), QStringLiteral("THẦN DƯỢC từ rừng, chua khoi moi benh."));
    body.insert(QStringLiteral("ocop"),
                QJsonObject{{QStringLiteral("stars"), 3},
                            {QStringLiteral("certificate"), QStringLiteral("7/QĐ-UBND")},
                            {QStringLiteral("decided_on"), QStringLiteral("2020-01-15")}});
    return body;
}

} // namespace

class TestSandboxPublish final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session; // the built-in rule tables
    SandboxSession m_lenient; // the built-in tables without the minimum photo count
    QTemporaryDir m_rulesFolder;

    ApiReply publish(ApiClient& client, const QString& id, qint64 ifMatch = 0,
                     const QByteArray& key = newKey())
    {
        return client.write("POST", publishPath(id), {}, key, ifMatch);
    }

    // Creates a product; its version is 1.
    void create(ApiClient& client, const QString& id, const QJsonObject& body)
    {
        const ApiReply created = client.write("PUT", F::productPath(id), body, newKey());
        QVERIFY2(created.status == 201, created.describe().constData());
    }

    // Creates the product, publishes it and waits for its next `count` listing changes.
    QList<QJsonObject> createAndPublish(ApiClient& client, Feed& feed, const QString& id,
                                        const QJsonObject& body, int count)
    {
        if (client.write("PUT", F::productPath(id), body, newKey()).status != 201 ||
            publish(client, id).status != 202)
            return {};
        return feed.listingChanges(id, count);
    }

    void completeSeller(ApiClient& client)
    {
        const qint64 version = client.get(QStringLiteral("/v1/seller")).json().value(u"version").toInteger();
        const ApiReply put =
            client.write("PUT", QStringLiteral("/v1/seller"), F::seller(), newKey(), version);
        QVERIFY2(put.status == 200, put.describe().constData());
        QVERIFY(put.json().value(u"identity_complete").toBool());
    }

    // The built-in table less its photo_count rule, as a file for --listing-rules.
    QString lenientRules()
    {
        QFile source(sourcePath(QStringLiteral("resources/rules/listing-rules.json")));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QJsonObject table = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray kept;
        for (const QJsonValue& rule : table.value(u"rules").toArray()) {
            if (rule.toObject().value(u"kind").toString() != u"photo_count")
                kept.append(rule);
        }
        table.insert(QStringLiteral("rules"), kept);
        const QString path = m_rulesFolder.filePath(QStringLiteral("rules.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(table).toJson()) <= 0)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_publish"),
                                 {QStringLiteral("--moderation-delay-ms"), kDelay}),
                 qPrintable(m_session.errorString()));
        const QString rules = lenientRules();
        QVERIFY(!rules.isEmpty());
        QVERIFY2(m_lenient.start(QStringLiteral("tst_sandbox_publish"),
                                 {QStringLiteral("--moderation-delay-ms"), kDelay,
                                  QStringLiteral("--listing-rules"), rules}),
                 qPrintable(m_lenient.errorString()));
    }

    void incompleteListingIsRejectedWithReasonsPerField()
    {
        ApiClient& amy = m_session.amy();
        Feed feed(amy);
        QVERIFY(feed.valid());
        const QString id = F::newId();
        create(amy, id, incompleteProduct(QStringLiteral("PUB-1")));

        const ApiReply accepted = publish(amy, id, 1);
        QCOMPARE(accepted.status, 202);
        const QJsonObject body = accepted.json();
        QCOMPARE(body.value(u"product_id").toString(), id);
        QCOMPARE(body.value(u"version").toInt(), 1);
        const QJsonObject pending = body.value(u"listing").toObject();
        QCOMPARE(pending.value(u"status").toString(), QStringLiteral("pending"));
        QVERIFY(pending.value(u"submitted_at").toString().endsWith(u'Z'));
        QVERIFY(pending.value(u"moderated_at").isNull());
        QCOMPARE(amy.get(F::productPath(id)).json().value(u"listing").toObject(), pending);

        const QList<QJsonObject> changes = feed.listingChanges(id, 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).value(u"type").toString(), QStringLiteral("listing.moderated"));
        const QJsonObject listing = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(listing.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(reasonList(listing),
                 QStringList({QStringLiteral("ingredients missing_label_field"),
                              QStringLiteral("storage missing_label_field"),
                              QStringLiteral("seller.name seller_identity_incomplete"),
                              QStringLiteral("seller.address.line seller_identity_incomplete"),
                              QStringLiteral("seller.address.commune_code seller_identity_incomplete"),
                              QStringLiteral("seller.address.province_code seller_identity_incomplete"),
                              QStringLiteral("seller.phone seller_identity_incomplete"),
                              QStringLiteral("seller.tax_id seller_identity_incomplete"),
                              QStringLiteral("name title_too_short"), QStringLiteral("photos too_few_photos"),
                              QStringLiteral("description banned_claim"),
                              QStringLiteral("description banned_claim"),
                              QStringLiteral("ocop.decided_on ocop_expired")}));
        const QJsonObject first = listing.value(u"reasons").toArray().at(0).toObject();
        QCOMPARE(first.value(u"message").toString(),
                 QStringLiteral("Thực phẩm phải ghi thành phần trên nhãn."));
        QCOMPARE(first.value(u"message_en").toString(),
                 QStringLiteral("Food must list its ingredients on the label."));
        QCOMPARE(listing.value(u"reasons").toArray().at(10).toObject().value(u"message_en").toString(),
                 QStringLiteral("Food may not be advertised as preventing or curing disease (“chữa khỏi”)."));
        QCOMPARE(listing.value(u"submitted_at"), pending.value(u"submitted_at"));
        QVERIFY(listing.value(u"moderated_at").toString() > pending.value(u"submitted_at").toString());
        QCOMPARE(channelList(listing), QStringList());
        // The product reads the same listing; its version did not move.
        const ApiReply read = amy.get(F::productPath(id));
        QCOMPARE(read.json().value(u"listing").toObject(), listing);
        QCOMPARE(read.header("ETag"), QByteArray("\"1\""));
    }

    void fixedListingLacksOnlyPhotos()
    {
        ApiClient& amy = m_session.amy();
        completeSeller(amy);
        Feed feed(amy);
        const QString id = F::newId();
        create(amy, id, incompleteProduct(QStringLiteral("PUB-2")));
        // Fixing a draft's fields does not submit it.
        const ApiReply fixed =
            amy.write("PUT", F::productPath(id), F::product(QStringLiteral("PUB-2")), newKey(), 1);
        QCOMPARE(fixed.status, 200);
        QCOMPARE(fixed.json().value(u"listing").toObject().value(u"status").toString(),
                 QStringLiteral("draft"));

        QCOMPARE(publish(amy, id).status, 202);
        const QList<QJsonObject> changes = feed.listingChanges(id, 1);
        QCOMPARE(changes.size(), 1);
        const QJsonObject listing = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(listing.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(reasonList(listing), QStringList({QStringLiteral("photos too_few_photos")}));
        QCOMPARE(listing.value(u"reasons").toArray().at(0).toObject().value(u"message").toString(),
                 QStringLiteral("Cần ít nhất 3 ảnh sản phẩm (đang có 0)."));
    }

    void approvedListingGoesLiveChannelByChannel()
    {
        ApiClient& amy = m_lenient.amy();
        completeSeller(amy);
        Feed feed(amy);
        const QString id = F::newId();
        const QList<QJsonObject> changes =
            createAndPublish(amy, feed, id, F::product(QStringLiteral("LIVE-1")), 3);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).value(u"type").toString(), QStringLiteral("listing.moderated"));
        const QJsonObject approved = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(approved.value(u"status").toString(), QStringLiteral("approved"));
        QCOMPARE(reasonList(approved), QStringList());
        QCOMPARE(channelList(approved),
                 QStringList({QStringLiteral("platform live"), QStringLiteral("cho-que pending"),
                              QStringLiteral("san-viet pending")}));
        QCOMPARE(changes.at(1).value(u"type").toString(), QStringLiteral("listing.channel_status"));
        QCOMPARE(changes.at(2).value(u"type").toString(), QStringLiteral("listing.channel_status"));
        const QJsonObject live = changes.at(2).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(channelList(live),
                 QStringList({QStringLiteral("platform live"), QStringLiteral("cho-que live"),
                              QStringLiteral("san-viet live")}));
        QCOMPARE(amy.get(F::productPath(id)).json().value(u"listing").toObject(), live);
    }

    void replacingAnApprovedProductSubmitsItAgain()
    {
        ApiClient& amy = m_lenient.amy();
        Feed feed(amy);
        const QString id = F::newId();
        QJsonObject body = F::product(QStringLiteral("LIVE-2"));
        QCOMPARE(createAndPublish(amy, feed, id, body, 3).size(), 3);

        // A new price: pending again, channels kept until the result; approved again.
        body.insert(QStringLiteral("price"), 260000);
        const ApiReply repriced = amy.write("PUT", F::productPath(id), body, newKey(), 1);
        QCOMPARE(repriced.status, 200);
        const QJsonObject pending = repriced.json().value(u"listing").toObject();
        QCOMPARE(pending.value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(channelList(pending),
                 QStringList({QStringLiteral("platform live"), QStringLiteral("cho-que live"),
                              QStringLiteral("san-viet live")}));
        QList<QJsonObject> changes = feed.listingChanges(id, 1);
        QCOMPARE(changes.size(), 1);
        QJsonObject listing = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(listing.value(u"status").toString(), QStringLiteral("approved"));
        // Partners that were live stay live: no channel changes follow.
        QCOMPARE(channelList(listing), channelList(pending));

        // A banned claim: rejected, and off every channel.
        body.insert(QStringLiteral("description"), QStringLiteral("Mật ong đặc trị ho."));
        QCOMPARE(amy.write("PUT", F::productPath(id), body, newKey(), 2).status, 200);
        changes = feed.listingChanges(id, 1);
        QCOMPARE(changes.size(), 1);
        listing = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(reasonList(listing), QStringList({QStringLiteral("description banned_claim")}));
        QCOMPARE(channelList(listing),
                 QStringList({QStringLiteral("platform delisted"), QStringLiteral("cho-que delisted"),
                              QStringLiteral("san-viet delisted")}));
        // Replacing a rejected product leaves it rejected until it is published again.
        body.insert(QStringLiteral("description"), QStringLiteral("Mật ong hoa tràm."));
        const ApiReply fixed = amy.write("PUT", F::productPath(id), body, newKey(), 3);
        QCOMPARE(fixed.json().value(u"listing").toObject().value(u"status").toString(),
                 QStringLiteral("rejected"));
    }

    void variantsArePublishedWithTheirParent()
    {
        ApiClient& amy = m_lenient.amy();
        Feed feed(amy);
        const QString parent = F::newId();
        QJsonObject body = F::product(QStringLiteral("VAR-P"));
        body.insert(QStringLiteral("option_names"), QJsonArray{QStringLiteral("Dung tích")});
        create(amy, parent, body);
        const QString variant = F::newId();
        QJsonObject child = F::product(QStringLiteral("VAR-1"));
        child.insert(QStringLiteral("parent_id"), parent);
        child.insert(QStringLiteral("option_values"), QJsonArray{QStringLiteral("250 ml")});
        child.insert(QStringLiteral("usage"), QString());
        create(amy, variant, child);

        const ApiReply refused = publish(amy, variant);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), QStringLiteral("wrong_product_kind"));
        QCOMPARE(
            amy.get(F::productPath(variant)).json().value(u"listing").toObject().value(u"status").toString(),
            QStringLiteral("draft"));

        // The parent is judged with its variant's fields.
        QCOMPARE(publish(amy, parent).status, 202);
        const QList<QJsonObject> changes = feed.listingChanges(parent, 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(reasonList(changes.at(0).value(u"data").toObject().value(u"listing").toObject()),
                 QStringList({QStringLiteral("variants[VAR-1].usage missing_label_field")}));
    }

    void publishChecksItsRequest()
    {
        ApiClient& amy = m_session.amy();
        const QString id = F::newId();
        create(amy, id, F::product(QStringLiteral("PUB-3")));

        QCOMPARE(publish(amy, F::newId()).code(), QStringLiteral("not_found"));
        QCOMPARE(publish(amy, QStringLiteral("not-a-uuid")).code(), QStringLiteral("not_found"));
        QCOMPARE(publish(m_session.ben(), id).code(), QStringLiteral("not_found")); // another seller's
        const ApiReply stale = publish(amy, id, 7);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json().value(u"current").toObject().value(u"id").toString(), id);
        const ApiReply malformed =
            amy.send("POST", publishPath(id), {}, {{"Idempotency-Key", newKey()}, {"If-Match", "seven"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(amy.send("POST", publishPath(id)).code(), QStringLiteral("idempotency_key_required"));
        QCOMPARE(amy.get(F::productPath(id)).json().value(u"listing").toObject().value(u"status").toString(),
                 QStringLiteral("draft"));

        // The same key replays the first answer byte for byte.
        const QByteArray key = newKey();
        const ApiReply first = publish(amy, id, 0, key);
        QCOMPARE(first.status, 202);
        const ApiReply replay = publish(amy, id, 0, key);
        QCOMPARE(replay.status, 202);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    }

    void wipingTheEpochEmptiesTheQueue()
    {
        ApiClient& amy = m_session.amy();
        const QString id = F::newId();
        create(amy, id, F::product(QStringLiteral("WIPE-1")));
        QCOMPARE(publish(amy, id).status, 202);
        // While the listing is pending, its queued step goes with the products.
        ApiClient admin(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_publish"));
        const ApiReply reset =
            admin.send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"wipe_data"})");
        QVERIFY2(reset.status == 200, reset.describe().constData());
        QCOMPARE(amy.get(F::productPath(id)).status, 404);

        // The queue still works in the new epoch.
        Feed feed(amy);
        QCOMPARE(createAndPublish(amy, feed, F::newId(), F::product(QStringLiteral("WIPE-2")), 1).size(), 1);
        QCOMPARE(feed.unread(), QList<QJsonObject>());
    }

    void pendingListingSurvivesARestart()
    {
        SandboxSession slow;
        QVERIFY2(slow.start(QStringLiteral("tst_sandbox_publish"),
                            {QStringLiteral("--moderation-delay-ms"), QStringLiteral("5000")}),
                 qPrintable(slow.errorString()));
        ApiClient& amy = slow.amy();
        completeSeller(amy);
        const QString id = F::newId();
        create(amy, id, F::product(QStringLiteral("REST-1")));
        const QString gone = F::newId();
        create(amy, gone, F::product(QStringLiteral("REST-2")));
        Feed feed(amy);
        // Submitted first, then deleted: its step comes due first and finds nothing to judge.
        QCOMPARE(publish(amy, gone).status, 202);
        QCOMPARE(amy.write("DELETE", F::productPath(gone), {}, newKey(), 1).status, 204);
        const ApiReply first = publish(amy, id);
        QCOMPARE(first.status, 202);
        // Publishing a pending listing changes nothing.
        const ApiReply again = publish(amy, id);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json(), first.json());

        QVERIFY2(slow.restart(true), qPrintable(slow.errorString())); // killed while pending
        QCOMPARE(slow.amy()
                     .get(F::productPath(id))
                     .json()
                     .value(u"listing")
                     .toObject()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("pending"));
        feed.setClient(slow.amy());
        const QList<QJsonObject> changes = feed.listingChanges(id, 1);
        QCOMPARE(changes.size(), 1);
        const QJsonObject listing = changes.at(0).value(u"data").toObject().value(u"listing").toObject();
        QCOMPARE(reasonList(listing), QStringList({QStringLiteral("photos too_few_photos")}));
        QCOMPARE(listing.value(u"submitted_at"),
                 first.json().value(u"listing").toObject().value(u"submitted_at"));
        QCOMPARE(feed.unread(), QList<QJsonObject>()); // nothing for the deleted product
    }

    void badOptionsStopTheServer()
    {
        SandboxProcess negative;
        QVERIFY(!negative.start({QStringLiteral("--moderation-delay-ms"), QStringLiteral("-5")}));
        SandboxProcess words;
        QVERIFY(!words.start({QStringLiteral("--moderation-delay-ms"), QStringLiteral("soon")}));

        QFile bad(m_rulesFolder.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": 99, "version": 1, "rules": []})");
        bad.close();
        SandboxProcess process;
        QVERIFY(!process.start({QStringLiteral("--listing-rules"), bad.fileName()}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPublish)
#include "tst_sandbox_publish.moc"
