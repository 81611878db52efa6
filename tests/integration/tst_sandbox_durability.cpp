// The real chophien-sandbox killed with SIGKILL in the middle of writes: after a restart on the
// same data folder, everything it acknowledged is there, and what it did not is applied once.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Sent {
    QByteArray method;
    QString path;
    QJsonObject body;
    QByteArray key;
    ApiClient* client = nullptr;
    QNetworkReply* reply = nullptr;
    ApiReply answer;
};

} // namespace

class TestSandboxDurability final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingAcknowledgedIsLostToAKill()
    {
        SandboxSession session;
        QVERIFY2(session.start(QStringLiteral("tst_sandbox_durability")), qPrintable(session.errorString()));
        const QString epoch =
            session.amy().get(QStringLiteral("/v1/health")).json().value(u"epoch").toString();
        const QString shared = F::newId();
        QCOMPARE(session.amy()
                     .write("PUT", F::productPath(shared), F::product(QStringLiteral("DUR-0")), newKey())
                     .status,
                 201);
        const ApiReply sellerPut =
            session.amy().write("PUT", QStringLiteral("/v1/seller"), F::seller(), newKey(), 1);
        QCOMPARE(sellerPut.status, 200);

        std::vector<std::unique_ptr<ApiClient>> writers;
        for (int c = 0; c < 4; ++c)
            writers.push_back(session.amyAgain());
        QList<Sent> sent;
        for (int i = 0; i < 250; ++i) {
            for (auto& writer : writers) {
                Sent s;
                s.client = writer.get();
                s.key = newKey();
                if (i % 3 == 0) {
                    s.method = "PUT";
                    s.path = F::productPath(F::newId());
                    s.body = F::product(QStringLiteral("DUR-%1-%2").arg(sent.size()).arg(i));
                } else {
                    s.method = "POST";
                    s.path = F::productPath(shared) + QStringLiteral("/stock-adjustments");
                    s.body = F::adjustment(F::newId(), 100 + i);
                }
                s.reply = writer->start(s.method, s.path, compact(s.body), {{"Idempotency-Key", s.key}});
                sent.append(s);
            }
        }
        // Let some of them be answered, then kill the server while the rest are in flight.
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(sent.begin(), sent.end(),
                                               [](const Sent& s) { return s.reply->isFinished(); }) >= 150,
                                 30000);
        session.process().kill();
        int acknowledged = 0;
        for (Sent& s : sent) {
            s.answer = s.client->finish(s.reply, 10000);
            if (s.answer.status >= 200 && s.answer.status < 300)
                ++acknowledged;
            else
                QVERIFY2(s.answer.status == 0, s.answer.describe().constData());
        }
        QVERIFY2(acknowledged >= 150 && acknowledged < sent.size(),
                 qPrintable(QString::number(acknowledged)));
        writers.clear();

        QVERIFY2(session.restart(true), qPrintable(session.errorString()));
        ApiClient& amy = session.amy();
        QCOMPARE(amy.get(QStringLiteral("/v1/health")).json().value(u"epoch").toString(), epoch);
        QCOMPARE(amy.get(QStringLiteral("/v1/seller")).json().value(u"version").toInt(), 2);

        // Every acknowledged write is there: its key replays the same answer.
        qint64 allDeltas = 0;
        for (const Sent& s : std::as_const(sent)) {
            if (s.method == "POST")
                allDeltas += qint64(s.body.value(u"delta_milli").toDouble());
            if (s.answer.status == 0)
                continue;
            const ApiReply replay = amy.send(s.method, s.path, compact(s.body), {{"Idempotency-Key", s.key}});
            QCOMPARE(replay.status, s.answer.status);
            QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(replay.body, s.answer.body);
            if (s.method == "PUT")
                QCOMPARE(amy.get(s.path).status, 200);
        }
        // The unanswered ones sent again (as an outbox would): each applied exactly once in all.
        for (const Sent& s : std::as_const(sent)) {
            if (s.answer.status != 0)
                continue;
            const ApiReply retry = amy.send(s.method, s.path, compact(s.body), {{"Idempotency-Key", s.key}});
            QVERIFY2(retry.status == 200 || retry.status == 201, retry.describe().constData());
        }
        QCOMPARE(qint64(amy.get(F::productPath(shared)).json().value(u"stock_on_hand_milli").toDouble()),
                 allDeltas);
    }

    void aCleanStopKeepsEverythingToo()
    {
        SandboxSession session;
        QVERIFY2(session.start(QStringLiteral("tst_sandbox_durability")), qPrintable(session.errorString()));
        const QString id = F::newId();
        QCOMPARE(session.ben()
                     .write("PUT", F::productPath(id), F::product(QStringLiteral("STOP-1")), newKey())
                     .status,
                 201);
        QVERIFY2(session.restart(false), qPrintable(session.errorString()));
        QCOMPARE(session.ben().get(F::productPath(id)).json().value(u"sku").toString(),
                 QStringLiteral("STOP-1"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDurability)
#include "tst_sandbox_durability.moc"
