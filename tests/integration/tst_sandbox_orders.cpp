// Orders on the real chophien-sandbox: --seed-demo sellers log in with the printed passwords,
// simulated buyers' orders take stock, sellers move orders along the allowed statuses (If-Match,
// Idempotency-Key, stock back on cancel and return), sellers never see each other's orders,
// --orders-per-minute makes orders by itself, and --accounts prints trainee logins that last.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

const QString kTest = QStringLiteral("tst_sandbox_orders");
constexpr int kDemoSellers = 3;
constexpr int kTrainees = 3;

struct Login {
    QString username;
    QString password;
};

// "demo seller: NAME PASSWORD (…)" and "trainee: NAME PASSWORD" lines.
QList<Login> logins(const QStringList& lines, const QString& prefix)
{
    QList<Login> found;
    for (const QString& line : lines) {
        if (!line.startsWith(prefix))
            continue;
        const QStringList words = line.mid(prefix.size()).split(u' ');
        if (words.size() >= 2)
            found.append({words.at(0), words.at(1)});
    }
    return found;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 integer(const QJsonValue& value)
{
    return qint64(value.toDouble());
}

QString orderPath(const QString& id)
{
    return QStringLiteral("/v1/orders/") + id;
}

} // namespace

class TestSandboxOrders final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;
    QStringList m_lines; // the logins printed at the first start
    QList<Login> m_demo;
    std::unique_ptr<ApiClient> m_admin; // no token: /admin/* needs none
    std::unique_ptr<ApiClient> m_uminh; // htx-uminh, a demo cooperative
    std::unique_ptr<ApiClient> m_xuan;  // htx-xuanphong, another

    std::unique_ptr<ApiClient> logIn(const Login& login)
    {
        auto client = std::make_unique<ApiClient>(m_session.process().baseUrl(), kTest);
        const ApiReply r = client->login(login.username, login.password);
        return r.status == 200 ? std::move(client) : nullptr;
    }

    Login demo(const QString& username) const
    {
        for (const Login& login : m_demo) {
            if (login.username == username)
                return login;
        }
        return {};
    }

    ApiReply simulate(const QJsonObject& wish)
    {
        return m_admin->send("POST", QStringLiteral("/admin/orders"), json(wish));
    }

    // The seller's products, approved and in stock, by id.
    QList<QJsonObject> approvedProducts(ApiClient& client)
    {
        QList<QJsonObject> found;
        const ApiReply r = client.get(QStringLiteral("/v1/products?limit=500"));
        for (const QJsonValue& value : r.json().value(u"items").toArray()) {
            const QJsonObject product = value.toObject();
            if (product.value(u"listing").toObject().value(u"status").toString() == u"approved" &&
                integer(product.value(u"stock_on_hand_milli")) >= 1000)
                found.append(product);
        }
        return found;
    }

    qint64 stockOf(ApiClient& client, const QString& productId)
    {
        return integer(client.get(F::productPath(productId)).json().value(u"stock_on_hand_milli"));
    }

    QString headCursor(ApiClient& client)
    {
        return client.get(QStringLiteral("/v1/changes?from=now")).json().value(u"next_cursor").toString();
    }

    QList<QJsonObject> changesAfter(ApiClient& client, const QString& cursor)
    {
        QList<QJsonObject> changes;
        const ApiReply r = client.get(QStringLiteral("/v1/changes?limit=500") +
                                      (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        for (const QJsonValue& value : r.json().value(u"changes").toArray())
            changes.append(value.toObject());
        return changes;
    }

    // A new order of `quantity` of the seller's product; its JSON, or empty.
    QJsonObject orderOf(const QString& username, const QString& productId, qint64 quantity)
    {
        const ApiReply r = simulate({{QStringLiteral("username"), username},
                                     {QStringLiteral("product_id"), productId},
                                     {QStringLiteral("quantity_milli"), quantity}});
        return r.status == 201 ? r.json() : QJsonObject();
    }

    ApiReply move(ApiClient& client, const QJsonObject& order, const QJsonObject& change,
                  const QByteArray& key = newKey())
    {
        return client.write("POST", orderPath(order.value(u"id").toString()) + QStringLiteral("/status"),
                            change, key, integer(order.value(u"version")));
    }

    // Moves the order and keeps the answer in `order`; false (saying why) unless 200.
    bool advance(ApiClient& client, QJsonObject& order, const QJsonObject& change)
    {
        const ApiReply r = move(client, order, change);
        if (r.status != 200) {
            qWarning("%s", r.describe().constData());
            return false;
        }
        order = r.json();
        return true;
    }

    static QJsonObject to(const QString& status, const QString& extraName = {}, const QString& extra = {})
    {
        QJsonObject change{{QStringLiteral("status"), status}};
        if (!extraName.isEmpty())
            change.insert(extraName, extra);
        return change;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(kTest, {QStringLiteral("--seed-demo"), QStringLiteral("--accounts"),
                                         QString::number(kTrainees), QStringLiteral("--moderation-delay-ms"),
                                         QStringLiteral("300")}),
                 qPrintable(m_session.errorString()));
        m_lines = m_session.process().readLines(kDemoSellers + kTrainees);
        m_demo = logins(m_lines, QStringLiteral("demo seller: "));
        QCOMPARE(m_demo.size(), kDemoSellers);
        m_admin = std::make_unique<ApiClient>(m_session.process().baseUrl(), kTest);
        m_uminh = logIn(demo(QStringLiteral("htx-uminh")));
        m_xuan = logIn(demo(QStringLiteral("htx-xuanphong")));
        QVERIFY(m_uminh && m_xuan);
    }

    void demoSellersAreReadyToSell()
    {
        for (const Login& login : std::as_const(m_demo)) {
            std::unique_ptr<ApiClient> client = logIn(login);
            QVERIFY2(client, qPrintable(login.username));
            const QJsonObject seller = client->get(QStringLiteral("/v1/seller")).json();
            QVERIFY(seller.value(u"identity_complete").toBool());
            QVERIFY(!seller.value(u"name").toString().isEmpty());
            const QList<QJsonObject> products = approvedProducts(*client);
            QVERIFY2(products.size() >= 5, qPrintable(login.username));
            const QJsonArray channels =
                products.constFirst().value(u"listing").toObject().value(u"channels").toArray();
            QCOMPARE(channels.size(), 1);
            QCOMPARE(channels.at(0).toObject().value(u"status").toString(), QStringLiteral("live"));
        }
        // A wrong password is still refused.
        ApiClient stranger(m_session.process().baseUrl(), kTest);
        QCOMPARE(stranger.login(QStringLiteral("htx-uminh"), QStringLiteral("uminh-2024")).status, 401);
    }

    // A demo listing is what moderation approves: published again, with its three photos, it is
    // approved again (a workshop's trainee who edits one sees it pass, or fail for their edit).
    void demoListingsPassTheRulesAgain()
    {
        const QList<QJsonObject> products = approvedProducts(*m_xuan);
        QCOMPARE(products.size(), 10);
        for (const QJsonObject& product : products) {
            QCOMPARE(product.value(u"photos").toArray().size(), 3);
            const ApiReply sent = m_xuan->send(
                "POST", F::productPath(product.value(u"id").toString()) + QStringLiteral("/publish"), {},
                {{"Idempotency-Key", newKey()}});
            QCOMPARE(sent.status, 202);
        }
        for (const QJsonObject& product : products) {
            QString status;
            QJsonArray reasons;
            QDeadlineTimer deadline(15000);
            do {
                QTest::qWait(100);
                const QJsonObject listing = m_xuan->get(F::productPath(product.value(u"id").toString()))
                                                .json()
                                                .value(u"listing")
                                                .toObject();
                status = listing.value(u"status").toString();
                reasons = listing.value(u"reasons").toArray();
            } while (status == u"pending" && !deadline.hasExpired());
            QVERIFY2(status == u"approved", QJsonDocument(reasons).toJson().constData());
        }
        // Square JPEGs above every size rule.
        const QJsonObject photo = products.constFirst().value(u"photos").toArray().at(0).toObject();
        QCOMPARE(photo.value(u"width").toInt(), 800);
        QCOMPARE(photo.value(u"content_type").toString(), QStringLiteral("image/jpeg"));
    }

    void anOrderTakesExactlyItsQuantityFromStock()
    {
        const QJsonObject product = approvedProducts(*m_uminh).constFirst();
        const QString productId = product.value(u"id").toString();
        const qint64 before = stockOf(*m_uminh, productId);
        const QString cursor = headCursor(*m_uminh);

        const ApiReply r = simulate({{QStringLiteral("username"), QStringLiteral("htx-uminh")},
                                     {QStringLiteral("product_id"), productId},
                                     {QStringLiteral("quantity_milli"), 2000},
                                     {QStringLiteral("payment_method"), QStringLiteral("cod")}});
        QVERIFY2(r.status == 201, r.describe().constData());
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        const QJsonObject order = r.json();
        const QString id = order.value(u"id").toString();
        QCOMPARE(order.value(u"status").toString(), QStringLiteral("new"));
        QVERIFY(QRegularExpression(QStringLiteral("^CP-[0-9]{6,}$"))
                    .match(order.value(u"number").toString())
                    .hasMatch());
        const QJsonObject line = order.value(u"lines").toArray().at(0).toObject();
        QCOMPARE(line.value(u"product_id").toString(), productId);
        QCOMPARE(line.value(u"sku").toString(), product.value(u"sku").toString());
        QCOMPARE(integer(line.value(u"quantity_milli")), 2000);
        const QJsonValue sale = product.value(u"sale_price");
        const qint64 unitPrice = integer(sale.isNull() ? product.value(u"price") : sale);
        QCOMPARE(integer(line.value(u"unit_price")), unitPrice);
        QCOMPARE(integer(line.value(u"line_total")), unitPrice * 2);
        QCOMPARE(integer(order.value(u"total")), unitPrice * 2 + integer(order.value(u"shipping_fee")));
        QCOMPARE(order.value(u"payment").toObject().value(u"paid").toBool(), false);
        const QJsonObject delivery = order.value(u"delivery").toObject();
        QVERIFY(delivery.value(u"commune_code").toString().size() == 5);
        QVERIFY(!order.value(u"buyer").toObject().value(u"name").toString().isEmpty());

        QCOMPARE(stockOf(*m_uminh, productId), before - 2000);
        const ApiReply one = m_uminh->get(orderPath(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), order);
        QCOMPARE(one.header("ETag"), QByteArray("\"1\""));
        bool listed = false;
        for (const QJsonValue& item :
             m_uminh->get(QStringLiteral("/v1/orders?limit=500")).json().value(u"items").toArray())
            listed = listed || item.toObject() == order;
        QVERIFY(listed);

        // The feed: the order, then its sale from stock, each once.
        const QList<QJsonObject> changes = changesAfter(*m_uminh, cursor);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).value(u"type").toString(), QStringLiteral("order.created"));
        QCOMPARE(changes.at(0).value(u"data").toObject(), order);
        const QJsonObject sold = changes.at(1).value(u"data").toObject();
        QCOMPARE(changes.at(1).value(u"type").toString(), QStringLiteral("stock.adjusted"));
        QCOMPARE(sold.value(u"reason").toString(), QStringLiteral("sold_online"));
        QCOMPARE(integer(sold.value(u"delta_milli")), -2000);
        QCOMPARE(integer(sold.value(u"stock_on_hand_milli")), before - 2000);
    }

    void randomOrdersAddUpAndTakeEachLineFromStock()
    {
        const QString cursor = headCursor(*m_xuan);
        QList<QJsonObject> orders;
        for (int i = 0; i < 12; ++i) {
            const ApiReply r = simulate({{QStringLiteral("username"), QStringLiteral("htx-xuanphong")}});
            QVERIFY2(r.status == 201, r.describe().constData());
            orders.append(r.json());
        }
        qsizetype lines = 0;
        bool severalLines = false;
        for (const QJsonObject& order : std::as_const(orders)) {
            const QJsonArray orderLines = order.value(u"lines").toArray();
            severalLines = severalLines || orderLines.size() > 1;
            qint64 sum = 0;
            QSet<QString> products;
            for (const QJsonValue& value : orderLines) {
                const QJsonObject line = value.toObject();
                const qint64 quantity = integer(line.value(u"quantity_milli"));
                QVERIFY(quantity >= 1000 && quantity % 1000 == 0 && quantity <= 3000);
                QCOMPARE(integer(line.value(u"line_total")),
                         integer(line.value(u"unit_price")) * quantity / 1000);
                sum += integer(line.value(u"line_total"));
                products.insert(line.value(u"product_id").toString());
            }
            QCOMPARE(products.size(), orderLines.size()); // a product once per order
            QCOMPARE(integer(order.value(u"total")), sum + integer(order.value(u"shipping_fee")));
            lines += orderLines.size();
        }
        QVERIFY2(severalLines, "some simulated buyers take more than one product");

        // The feed: each order, then one sold_online adjustment per line, for that line's product.
        const QList<QJsonObject> changes = changesAfter(*m_xuan, cursor);
        QCOMPARE(changes.size(), orders.size() + lines);
        qsizetype at = 0;
        for (const QJsonObject& order : std::as_const(orders)) {
            QCOMPARE(changes.at(at++).value(u"data").toObject(), order);
            for (const QJsonValue& value : order.value(u"lines").toArray()) {
                const QJsonObject sold = changes.at(at++).value(u"data").toObject();
                QCOMPARE(sold.value(u"reason").toString(), QStringLiteral("sold_online"));
                QCOMPARE(sold.value(u"product_id"), value.toObject().value(u"product_id"));
                QCOMPARE(integer(sold.value(u"delta_milli")),
                         -integer(value.toObject().value(u"quantity_milli")));
            }
        }
    }

    void statusesMoveOnlyAlongTheAllowedPath()
    {
        const QJsonObject product = approvedProducts(*m_uminh).at(1);
        const QString productId = product.value(u"id").toString();
        const qint64 before = stockOf(*m_uminh, productId);
        QJsonObject order = orderOf(QStringLiteral("htx-uminh"), productId, 1000);
        QVERIFY(!order.isEmpty());
        const QString path = orderPath(order.value(u"id").toString()) + QStringLiteral("/status");

        // If-Match: missing 428, malformed 400, stale 412 with the server's copy.
        ApiReply r = m_uminh->write("POST", path, to(QStringLiteral("confirmed")), newKey());
        QCOMPARE(r.status, 428);
        QCOMPARE(r.code(), QStringLiteral("precondition_required"));
        r = m_uminh->send("POST", path, json(to(QStringLiteral("confirmed"))),
                          {{"Idempotency-Key", newKey()}, {"If-Match", "1"}});
        QCOMPARE(r.status, 400);
        r = m_uminh->write("POST", path, to(QStringLiteral("confirmed")), newKey(), 7);
        QCOMPARE(r.status, 412);
        QCOMPARE(r.json().value(u"current").toObject(), order);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        // No key: 400 before anything.
        r = m_uminh->send("POST", path, json(to(QStringLiteral("confirmed"))), {{"If-Match", "\"1\""}});
        QCOMPARE(r.code(), QStringLiteral("idempotency_key_required"));

        // Bad bodies.
        r = m_uminh->send("POST", path,
                          "{\"status\":", {{"Idempotency-Key", newKey()}, {"If-Match", "\"1\""}});
        QCOMPARE(r.code(), QStringLiteral("invalid_json"));
        r = move(*m_uminh, order, to(QStringLiteral("new")));
        QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        r = move(*m_uminh, order, {{QStringLiteral("status"), 3}});
        QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        r = move(*m_uminh, order,
                 to(QStringLiteral("confirmed"), QStringLiteral("why"), QStringLiteral("x")));
        QCOMPARE(r.code(), QStringLiteral("unknown_field"));
        r = move(*m_uminh, order, to(QStringLiteral("cancelled")));
        QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        QCOMPARE(r.json().value(u"errors").toArray().at(0).toObject().value(u"field").toString(),
                 QStringLiteral("reason"));
        r = move(*m_uminh, order,
                 to(QStringLiteral("shipped"), QStringLiteral("tracking_number"), QStringLiteral("VN1")));
        QCOMPARE(r.status, 409); // new → shipped skips two steps
        QCOMPARE(r.code(), QStringLiteral("invalid_transition"));

        // new → confirmed, replayed byte for byte with the same key.
        const QByteArray key = newKey();
        r = move(*m_uminh, order, to(QStringLiteral("confirmed")), key);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(integer(r.json().value(u"version")), 2);
        QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
        const ApiReply replay = move(*m_uminh, order, to(QStringLiteral("confirmed")), key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.body, r.body);
        QCOMPARE(move(*m_uminh, order, to(QStringLiteral("packed")), key).code(),
                 QStringLiteral("idempotency_key_reused"));
        order = r.json();
        QCOMPARE(move(*m_uminh, order, to(QStringLiteral("confirmed"))).code(),
                 QStringLiteral("invalid_transition"));

        QVERIFY(advance(*m_uminh, order, to(QStringLiteral("packed"))));
        r = move(*m_uminh, order, to(QStringLiteral("shipped")));
        QCOMPARE(r.json().value(u"errors").toArray().at(0).toObject().value(u"field").toString(),
                 QStringLiteral("tracking_number"));
        QVERIFY(advance(*m_uminh, order,
                        to(QStringLiteral("shipped"), QStringLiteral("tracking_number"),
                           QStringLiteral("VN123456789VN"))));
        QCOMPARE(order.value(u"tracking_number").toString(), QStringLiteral("VN123456789VN"));
        QCOMPARE(move(*m_uminh, order,
                      to(QStringLiteral("cancelled"), QStringLiteral("reason"), QStringLiteral("x")))
                     .code(),
                 QStringLiteral("invalid_transition"));
        const QString cursor = headCursor(*m_uminh);
        QVERIFY(advance(*m_uminh, order, to(QStringLiteral("delivered"))));
        QCOMPARE(order.value(u"status").toString(), QStringLiteral("delivered"));
        QCOMPARE(integer(order.value(u"version")), 5);
        QVERIFY(
            order.value(u"payment").toObject().value(u"paid").toBool()); // cash on delivery, or paid before
        QCOMPARE(stockOf(*m_uminh, productId), before - 1000);           // delivering moves no stock
        const QList<QJsonObject> changes = changesAfter(*m_uminh, cursor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).value(u"type").toString(), QStringLiteral("order.updated"));
        QCOMPARE(changes.at(0).value(u"data").toObject(), order);

        // delivered → returned puts the goods back; returned is final.
        QVERIFY(advance(*m_uminh, order,
                        to(QStringLiteral("returned"), QStringLiteral("reason"),
                           QStringLiteral("Hàng vỡ khi vận chuyển."))));
        QCOMPARE(order.value(u"cancel_reason").toString(), QStringLiteral("Hàng vỡ khi vận chuyển."));
        QCOMPARE(stockOf(*m_uminh, productId), before);
        for (const QString& next : {QStringLiteral("confirmed"), QStringLiteral("delivered")})
            QCOMPARE(move(*m_uminh, order, to(next)).code(), QStringLiteral("invalid_transition"));
    }

    void cancellingPutsTheStockBack()
    {
        const QJsonObject product = approvedProducts(*m_xuan).constFirst();
        const QString productId = product.value(u"id").toString();
        const qint64 before = stockOf(*m_xuan, productId);
        const QJsonObject order = orderOf(QStringLiteral("htx-xuanphong"), productId, 3000);
        QVERIFY(!order.isEmpty());
        QCOMPARE(stockOf(*m_xuan, productId), before - 3000);
        const QString cursor = headCursor(*m_xuan);
        const ApiReply r = move(*m_xuan, order,
                                to(QStringLiteral("cancelled"), QStringLiteral("reason"),
                                   QStringLiteral("Khách đổi ý, gọi điện huỷ đơn.")));
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(stockOf(*m_xuan, productId), before);
        const QList<QJsonObject> changes = changesAfter(*m_xuan, cursor);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).value(u"type").toString(), QStringLiteral("order.updated"));
        QCOMPARE(changes.at(0).value(u"data").toObject().value(u"status").toString(),
                 QStringLiteral("cancelled"));
        const QJsonObject back = changes.at(1).value(u"data").toObject();
        QCOMPARE(back.value(u"reason").toString(), QStringLiteral("returned"));
        QCOMPARE(integer(back.value(u"delta_milli")), 3000);
        QCOMPARE(back.value(u"product_id").toString(), productId);
    }

    void anotherSellersOrderLooksMissing()
    {
        const QJsonObject product = approvedProducts(*m_uminh).constFirst();
        const QJsonObject order = orderOf(QStringLiteral("htx-uminh"), product.value(u"id").toString(), 1000);
        QVERIFY(!order.isEmpty());
        const QString id = order.value(u"id").toString();
        QCOMPARE(m_xuan->get(orderPath(id)).status, 404);
        QCOMPARE(move(*m_xuan, order, to(QStringLiteral("confirmed"))).status, 404);
        QCOMPARE(m_session.amy().get(orderPath(id)).status, 404);
        for (const QJsonValue& item :
             m_xuan->get(QStringLiteral("/v1/orders?limit=500")).json().value(u"items").toArray())
            QVERIFY(item.toObject().value(u"id").toString() != id);
        for (const QJsonObject& change : changesAfter(*m_xuan, QString()))
            QVERIFY(change.value(u"data").toObject().value(u"id").toString() != id);
        // Still the owner's, unchanged.
        QCOMPARE(m_uminh->get(orderPath(id)).json(), order);
        // Ids that name nothing.
        QCOMPARE(m_uminh->get(orderPath(F::newId())).status, 404);
        QCOMPARE(m_uminh->get(orderPath(QStringLiteral("CP-000001"))).status, 404);
        QCOMPARE(m_uminh->get(orderPath(F::newId().toUpper())).status, 404);
        // Without a token: 401.
        ApiClient anonymous(m_session.process().baseUrl(), kTest);
        QCOMPARE(anonymous.get(orderPath(id)).status, 401);
    }

    void ordersArePagedById()
    {
        const Login pao = demo(QStringLiteral("ho-lovanpao"));
        std::unique_ptr<ApiClient> client = logIn(pao);
        QVERIFY(client);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(simulate({{QStringLiteral("username"), pao.username}}).status, 201);
        QStringList ids;
        QString cursor;
        for (int pages = 0; pages < 10; ++pages) {
            const ApiReply r =
                client->get(QStringLiteral("/v1/orders?limit=2") +
                            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json().value(u"items").toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue& item : items)
                ids.append(item.toObject().value(u"id").toString());
            QCOMPARE(r.json().value(u"has_more").toBool(), !r.json().value(u"next_cursor").isNull());
            if (!r.json().value(u"has_more").toBool())
                break;
            cursor = r.json().value(u"next_cursor").toString();
        }
        QCOMPARE(ids.size(), 5);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QCOMPARE(client->get(QStringLiteral("/v1/orders?limit=0")).code(), QStringLiteral("invalid_field"));
        QCOMPARE(client->get(QStringLiteral("/v1/orders?limit=501")).code(), QStringLiteral("invalid_field"));
        QCOMPARE(client->get(QStringLiteral("/v1/orders?cursor=%25%25")).code(),
                 QStringLiteral("invalid_field"));
    }

    void nothingToOrderWithoutAnApprovedListing()
    {
        // Amy has a product in stock, but it was never approved: no buyer can order it.
        const QString id = F::newId();
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("AMY-1")), newKey())
                     .status,
                 201);
        QCOMPARE(m_session.amy()
                     .write("POST", F::productPath(id) + QStringLiteral("/stock-adjustments"),
                            F::adjustment(F::newId(), 50000), newKey())
                     .status,
                 201);
        for (const QJsonObject& wish :
             {QJsonObject{{QStringLiteral("username"), F::kAmy}},
              QJsonObject{{QStringLiteral("product_id"), id}},
              QJsonObject{{QStringLiteral("username"), QStringLiteral("nobody-here")}}}) {
            const ApiReply r = simulate(wish);
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), QStringLiteral("nothing_to_order"));
        }
        QCOMPARE(m_session.amy().get(QStringLiteral("/v1/orders")).json().value(u"items").toArray().size(),
                 0);
        QCOMPARE(stockOf(m_session.amy(), id), 50000);

        // More than the stock of an approved product: nothing to order either, and no stock moves.
        const QJsonObject product = approvedProducts(*m_uminh).constFirst();
        const QString productId = product.value(u"id").toString();
        const qint64 stock = stockOf(*m_uminh, productId);
        QCOMPARE(simulate({{QStringLiteral("product_id"), productId},
                           {QStringLiteral("quantity_milli"), stock + 1}})
                     .code(),
                 QStringLiteral("nothing_to_order"));
        QCOMPARE(stockOf(*m_uminh, productId), stock);
    }

    void simulatedOrderRequestsAreChecked()
    {
        QCOMPARE(simulate({{QStringLiteral("quantity_milli"), QStringLiteral("2")}}).code(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(simulate({{QStringLiteral("quantity_milli"), 0}}).code(), QStringLiteral("invalid_field"));
        QCOMPARE(simulate({{QStringLiteral("product_id"), QStringLiteral("not-a-uuid")}}).code(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(simulate({{QStringLiteral("payment_method"), QStringLiteral("cash")}}).code(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(simulate({{QStringLiteral("buyer"), QStringLiteral("me")}}).code(),
                 QStringLiteral("unknown_field"));
        QCOMPARE(
            m_admin
                ->send("POST", QStringLiteral("/admin/orders"), "[1]", {{"Content-Type", "application/json"}})
                .code(),
            QStringLiteral("invalid_json"));
        QCOMPARE(m_admin
                     ->send("POST", QStringLiteral("/admin/orders"), "username=x",
                            {{"Content-Type", "text/plain"}})
                     .status,
                 415);
        // No body at all: everything drawn at random.
        const ApiReply r = m_admin->send("POST", QStringLiteral("/admin/orders"));
        QVERIFY2(r.status == 201, r.describe().constData());
    }

    void theSameSeedMakesTheSameOrders()
    {
        // Two fresh servers with the same seed and the same calls: the same buyers, goods and fees.
        QList<QList<QJsonObject>> runs;
        for (int run = 0; run < 2; ++run) {
            SandboxSession session;
            QVERIFY2(session.start(kTest, {QStringLiteral("--seed-demo"), QStringLiteral("--seed"),
                                           QStringLiteral("7")}),
                     qPrintable(session.errorString()));
            ApiClient admin(session.process().baseUrl(), kTest);
            QList<QJsonObject> orders;
            for (int i = 0; i < 4; ++i) {
                const ApiReply r = admin.send("POST", QStringLiteral("/admin/orders"));
                QCOMPARE(r.status, 201);
                QJsonObject order = r.json();
                for (const char* serverMade : {"id", "created_at", "updated_at"})
                    order.remove(QLatin1String(serverMade));
                orders.append(order);
            }
            runs.append(orders);
            // The stats count them; wiping the platform's data takes them away with the products.
            QCOMPARE(integer(admin.get(QStringLiteral("/admin/stats")).json().value(u"orders")), 4);
            if (run == 1) {
                const ApiReply wiped =
                    admin.send("POST", QStringLiteral("/admin/epoch-reset"),
                               json({{QStringLiteral("mode"), QStringLiteral("wipe_data")}}));
                QCOMPARE(wiped.status, 200);
                QCOMPARE(integer(admin.get(QStringLiteral("/admin/stats")).json().value(u"orders")), 0);
                QCOMPARE(admin.send("POST", QStringLiteral("/admin/orders")).code(),
                         QStringLiteral("nothing_to_order"));
            }
        }
        QCOMPARE(runs.at(0), runs.at(1));
        QVERIFY(runs.at(0).at(0).value(u"buyer") != runs.at(0).at(1).value(u"buyer") ||
                runs.at(0).at(0).value(u"lines") != runs.at(0).at(1).value(u"lines"));
    }

    void buyersOrderAndActByThemselves()
    {
        SandboxSession session;
        QVERIFY2(session.start(kTest, {QStringLiteral("--seed-demo"), QStringLiteral("--orders-per-minute"),
                                       QStringLiteral("1200")}),
                 qPrintable(session.errorString()));
        const QList<Login> sellers =
            logins(session.process().readLines(kDemoSellers), QStringLiteral("demo seller: "));
        QCOMPARE(sellers.size(), kDemoSellers);
        std::vector<std::unique_ptr<ApiClient>> clients;
        for (const Login& login : sellers) {
            clients.push_back(std::make_unique<ApiClient>(session.process().baseUrl(), kTest));
            QCOMPARE(clients.back()->login(login.username, login.password).status, 200);
        }
        // Each seller's orders, as (client, order).
        const auto orders = [&clients] {
            QList<QPair<ApiClient*, QJsonObject>> all;
            for (const auto& client : clients) {
                for (const QJsonValue& item :
                     client->get(QStringLiteral("/v1/orders?limit=500")).json().value(u"items").toArray())
                    all.append({client.get(), item.toObject()});
            }
            return all;
        };
        // 1,200 a minute is one every 50 ms: a few within a second or two.
        QTRY_VERIFY_WITH_TIMEOUT(orders().size() >= 3, 5000);
        // Amy and Ben have no approved listing: the buyers never order from them.
        QCOMPARE(session.amy().get(QStringLiteral("/v1/orders")).json().value(u"items").toArray().size(), 0);

        // A shipped order is soon delivered by its buyer (a buyer may cancel a new one meanwhile:
        // then another order is taken).
        ApiClient* seller = nullptr;
        QJsonObject order;
        for (int attempt = 0; attempt < 5 && !seller; ++attempt) {
            for (const auto& [client, candidate] : orders()) {
                if (candidate.value(u"status").toString() != u"new")
                    continue;
                order = candidate;
                if (advance(*client, order, to(QStringLiteral("confirmed"))) &&
                    advance(*client, order, to(QStringLiteral("packed"))) &&
                    advance(*client, order,
                            to(QStringLiteral("shipped"), QStringLiteral("tracking_number"),
                               QStringLiteral("VN000000001VN"))))
                    seller = client;
                break;
            }
        }
        QVERIFY(seller);
        const QString path = orderPath(order.value(u"id").toString());
        QTRY_COMPARE_WITH_TIMEOUT(seller->get(path).json().value(u"status").toString(),
                                  QStringLiteral("delivered"), 10000);
        QVERIFY(seller->get(path).json().value(u"payment").toObject().value(u"paid").toBool());
        // And now and then a buyer cancels a new order, saying why.
        const auto cancelled = [&orders] {
            for (const auto& [client, candidate] : orders()) {
                if (candidate.value(u"status").toString() == u"cancelled" &&
                    !candidate.value(u"cancel_reason").toString().isEmpty())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(cancelled(), 15000);
    }

    void traineeAccountsLogInAndLastAcrossRestarts()
    {
        const QList<Login> trainees = logins(m_lines, QStringLiteral("trainee: "));
        QCOMPARE(trainees.size(), kTrainees);
        QCOMPARE(trainees.at(0).username, QStringLiteral("hocvien01"));
        QCOMPARE(trainees.at(2).username, QStringLiteral("hocvien03"));
        for (const Login& login : trainees) {
            QVERIFY(login.password.size() >= 8);
            QVERIFY(logIn(login));
        }
        QVERIFY(trainees.at(0).password != trainees.at(1).password);

        const qsizetype products = approvedProducts(*m_uminh).size();
        QVERIFY(m_session.restart(false));
        const QStringList again = m_session.process().readLines(kDemoSellers + kTrainees);
        QCOMPARE(again, m_lines); // the same logins, the same passwords
        for (const Login& login : trainees)
            QVERIFY(logIn(login));
        m_uminh = logIn(demo(QStringLiteral("htx-uminh")));
        QVERIFY(m_uminh);
        QCOMPARE(
            m_uminh->get(QStringLiteral("/v1/products?limit=500")).json().value(u"items").toArray().size(),
            products); // seeding again added nothing

        // One more trainee: the first three keep their passwords.
        QVERIFY(m_session.process().stop());
        SandboxProcess process;
        QVERIFY(process.start({QStringLiteral("--data"), m_session.folder(), QStringLiteral("--accounts"),
                               QStringLiteral("4")}));
        const QList<Login> four = logins(process.readLines(4), QStringLiteral("trainee: "));
        QCOMPARE(four.size(), 4);
        for (int i = 0; i < kTrainees; ++i)
            QCOMPARE(four.at(i).password, trainees.at(i).password);
        QVERIFY(process.stop());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "tst_sandbox_orders.moc"
