// The changes feed of the real chophien-sandbox: paged while others write, every acknowledged
// change arrives once, in order; cursors of another epoch are refused.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxChanges final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;

    ApiReply page(ApiClient& client, const QString& cursor, int limit)
    {
        return client.get(QStringLiteral("/v1/changes?limit=%1").arg(limit) +
                          (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_changes")), qPrintable(m_session.errorString()));
    }

    void pagingWhileOthersWriteMissesNothingAndRepeatsNothing()
    {
        const QString shared = F::newId();
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(shared), F::product(QStringLiteral("FEED-0")), newKey())
                     .status,
                 201);

        // Four devices write (new products, and stock on one shared product) while a fifth reads.
        std::vector<std::unique_ptr<ApiClient>> writers;
        for (int c = 0; c < 4; ++c)
            writers.push_back(m_session.amyAgain());
        QList<QPair<ApiClient*, QNetworkReply*>> inFlight;
        for (int i = 0; i < 50; ++i) {
            for (size_t c = 0; c < writers.size(); ++c) {
                ApiClient* writer = writers[c].get();
                if (i % 2 == 0) {
                    inFlight.append(
                        {writer,
                         writer->start("PUT", F::productPath(F::newId()),
                                       compact(F::product(QStringLiteral("FEED-%1-%2").arg(c).arg(i))),
                                       {{"Idempotency-Key", newKey()}})});
                } else {
                    inFlight.append(
                        {writer,
                         writer->start("POST", F::productPath(shared) + QStringLiteral("/stock-adjustments"),
                                       compact(F::adjustment(F::newId(), 1000 + i)),
                                       {{"Idempotency-Key", newKey()}})});
                }
            }
        }
        // Ben writes too: his changes share the seq numbers but never show in Amy's feed.
        for (int i = 0; i < 10; ++i)
            inFlight.append(
                {&m_session.ben(), m_session.ben().start("PUT", F::productPath(F::newId()),
                                                         compact(F::product(QStringLiteral("BEN-%1").arg(i))),
                                                         {{"Idempotency-Key", newKey()}})});

        ApiClient& reader = m_session.amy();
        QList<qint64> seqs;
        QSet<QString> productsFed;
        QSet<QString> opsFed;
        QString cursor;
        int pagesWhileWriting = 0;
        auto readPage = [&](bool& hasMore) {
            const ApiReply r = page(reader, cursor, 7);
            QCOMPARE(r.status, 200);
            const QJsonArray changes = r.json().value(u"changes").toArray();
            QVERIFY(changes.size() <= 7);
            for (const QJsonValue& value : changes) {
                const QJsonObject change = value.toObject();
                seqs.append(qint64(change.value(u"seq").toDouble()));
                const QJsonObject data = change.value(u"data").toObject();
                if (change.value(u"type").toString() == u"product.updated")
                    productsFed.insert(data.value(u"id").toString());
                else if (change.value(u"type").toString() == u"stock.adjusted")
                    opsFed.insert(data.value(u"op_id").toString());
                QVERIFY(!data.value(u"sku").toString().startsWith(u"BEN"));
            }
            hasMore = r.json().value(u"has_more").toBool();
            const QString next = r.json().value(u"next_cursor").toString();
            QVERIFY(!next.isEmpty());
            cursor = next;
        };
        for (const auto& [writer, reply] : std::as_const(inFlight)) {
            if (!reply->isFinished()) {
                bool hasMore = false;
                readPage(hasMore);
                ++pagesWhileWriting;
            }
        }
        QSet<QString> productsMade{shared};
        QSet<QString> opsMade;
        for (const auto& [writer, reply] : std::as_const(inFlight)) {
            const QByteArray sent = reply->request().url().path().toLatin1();
            const ApiReply r = writer->finish(reply);
            QVERIFY2(r.status == 201, r.describe().constData());
            if (writer == &m_session.ben())
                continue;
            if (sent.endsWith("stock-adjustments"))
                opsMade.insert(r.json().value(u"op_id").toString());
            else
                productsMade.insert(r.json().value(u"id").toString());
        }
        for (bool more = true; more;)
            readPage(more);

        QVERIFY2(pagesWhileWriting > 3, "the reader should have paged while writes were still going on");
        for (qsizetype i = 1; i < seqs.size(); ++i)
            QVERIFY2(seqs.at(i) > seqs.at(i - 1), "seqs must only grow, each change once");
        QCOMPARE(productsFed, productsMade);
        QCOMPARE(opsFed, opsMade);
        QCOMPARE(seqs.size(), qsizetype(productsMade.size() + opsMade.size()));

        // At the end, polling with the last cursor finds nothing new, and keeps the cursor.
        const ApiReply idle = page(reader, cursor, 7);
        QCOMPARE(idle.json().value(u"changes").toArray().size(), 0);
        QCOMPARE(idle.json().value(u"next_cursor").toString(), cursor);
        QCOMPARE(idle.json().value(u"has_more").toBool(), false);
    }

    void fromNowStartsAtTheHead()
    {
        const ApiReply head = m_session.amy().get(QStringLiteral("/v1/changes?from=now"));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.json().value(u"changes").toArray().size(), 0);
        const QString cursor = head.json().value(u"next_cursor").toString();
        const QString id = F::newId();
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("HEAD-1")), newKey())
                     .status,
                 201);
        const ApiReply next = page(m_session.amy(), cursor, 100);
        const QJsonArray changes = next.json().value(u"changes").toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(u"data").toObject().value(u"id").toString(), id);
        QCOMPARE(next.json().value(u"epoch").toString(),
                 m_session.amy().get(QStringLiteral("/v1/health")).json().value(u"epoch").toString());
    }

    void deletesAndEditsAreInTheFeed()
    {
        const ApiReply head = m_session.amy().get(QStringLiteral("/v1/changes?from=now"));
        const QString id = F::newId();
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("DEL-1")), newKey())
                     .status,
                 201);
        QCOMPARE(m_session.amy()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("DEL-1B")), newKey(), 1)
                     .status,
                 200);
        QCOMPARE(m_session.amy().write("DELETE", F::productPath(id), {}, newKey(), 2).status, 204);
        const QJsonArray changes = page(m_session.amy(), head.json().value(u"next_cursor").toString(), 100)
                                       .json()
                                       .value(u"changes")
                                       .toArray();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).toObject().value(u"data").toObject().value(u"version").toInt(), 1);
        QCOMPARE(changes.at(1).toObject().value(u"data").toObject().value(u"sku").toString(),
                 QStringLiteral("DEL-1B"));
        QCOMPARE(changes.at(2).toObject().value(u"type").toString(), QStringLiteral("product.deleted"));
        QCOMPARE(changes.at(2).toObject().value(u"data").toObject(),
                 (QJsonObject{{QStringLiteral("product_id"), id}, {QStringLiteral("version"), 3}}));
    }

    void aCursorOfAnotherEpochIsExpired()
    {
        SandboxSession other;
        QVERIFY2(other.start(QStringLiteral("tst_sandbox_changes")), qPrintable(other.errorString()));
        const QString foreign =
            other.amy().get(QStringLiteral("/v1/changes?from=now")).json().value(u"next_cursor").toString();
        const ApiReply r = page(m_session.amy(), foreign, 10);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.code(), QStringLiteral("cursor_expired"));
        QVERIFY(!r.json().value(u"detail").toString().isEmpty());
    }

    void queriesAreChecked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("cursor and from") << QStringLiteral("from=now&cursor=MQ");
        QTest::newRow("from unknown") << QStringLiteral("from=yesterday");
        QTest::newRow("cursor junk") << QStringLiteral("cursor=%21%21");
        QTest::newRow("cursor without seq") << QStringLiteral("cursor=YWJj");
        QTest::newRow("limit") << QStringLiteral("limit=1000");
    }
    void queriesAreChecked()
    {
        QFETCH(QString, query);
        const ApiReply r = m_session.amy().get(QStringLiteral("/v1/changes?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_field"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxChanges)
#include "tst_sandbox_changes.moc"
