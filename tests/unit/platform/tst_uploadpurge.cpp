// Upload expiry on a clock the test moves: an unfinished upload is forgotten 7 days after its
// last chunk, a complete one no photo uses 30 days after it completed, and their files with them;
// a file a photo shows stays.
#include <core/Clock.h>
#include <platform/SandboxServer.h>
#include <support/ApiClient.h>
#include <support/ApiFixtures.h>
#include <support/UploadSteps.h>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChoPhien;
using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;
namespace U = ChoPhien::Test::UploadSteps;

namespace {
constexpr qint64 kDay = 24 * 60 * 60;
const QString kPng = QStringLiteral("image/png");
} // namespace

class TestUploadPurge final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_amy;

    QString blob(const QByteArray& bytes) const
    {
        return QDir(m_folder.path()).filePath(QStringLiteral("blobs/") + U::sha256Hex(bytes));
    }
    QString part(const QString& id) const
    {
        return QDir(m_folder.path()).filePath(QStringLiteral("uploads/%1.part").arg(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        SandboxConfig config;
        config.dataFolder = m_folder.path();
        config.users = {{F::kAmy, F::kAmyPassword}};
        config.accessTokenSeconds = 3600 * 24 * 90;
        m_server = std::make_unique<SandboxServer>(config, m_clock);
        QVERIFY2(m_server->open(), qPrintable(m_server->errorString()));
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_amy = std::make_unique<ApiClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)),
                                            QStringLiteral("tst_uploadpurge"));
        QCOMPARE(m_amy->login(F::kAmy, F::kAmyPassword).status, 200);
    }

    void expiredUploadsAndTheirFilesGo()
    {
        const QByteArray unfinished = U::noisePng(20, 20, 1);
        const ApiReply created = U::create(*m_amy, unfinished, kPng);
        QCOMPARE(created.json().value(u"expires_at").toString(), QStringLiteral("2026-03-08T08:00:00.000Z"));
        const QString half = created.json().value(u"id").toString();
        QCOMPARE(U::chunk(*m_amy, half, 0, unfinished.left(100)).status, 204);

        const QByteArray unused = U::noisePng(20, 20, 2);
        const QString unusedId = U::send(*m_amy, unused, kPng);
        const QByteArray shown = U::noisePng(20, 20, 3);
        const QString shownId = U::send(*m_amy, shown, kPng);
        const QString product = F::newId();
        QCOMPARE(m_amy->write("PUT", F::productPath(product), F::product(QStringLiteral("PURGE-1")), newKey())
                     .status,
                 201);
        QCOMPARE(m_amy
                     ->write("POST", U::photosPath(product),
                             {{QStringLiteral("upload_id"), shownId}, {QStringLiteral("position"), 0}},
                             newKey())
                     .status,
                 201);

        // Six days on, a chunk keeps the unfinished upload alive for another seven.
        m_clock.advanceSecs(6 * kDay);
        QCOMPARE(U::chunk(*m_amy, half, 100, unfinished.mid(100, 100)).status, 204);
        m_clock.advanceSecs(6 * kDay);
        m_server->purge();
        QCOMPARE(U::head(*m_amy, half).status, 200);
        m_clock.advanceSecs(2 * kDay);
        m_server->purge();
        QCOMPARE(U::head(*m_amy, half).status, 404);
        QVERIFY(!QFile::exists(part(half)));
        QCOMPARE(U::head(*m_amy, unusedId).status, 200); // complete: kept 30 days

        m_clock.advanceSecs(17 * kDay); // 31 days after they completed
        m_server->purge();
        QCOMPARE(U::head(*m_amy, unusedId).status, 404);
        QVERIFY(!QFile::exists(blob(unused)));
        // A photo still shows this one: its upload and file stay.
        QCOMPARE(U::head(*m_amy, shownId).status, 200);
        QVERIFY(QFile::exists(blob(shown)));
        // Announced again, the forgotten file must be sent again.
        QCOMPARE(U::create(*m_amy, unused, kPng).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestUploadPurge)
#include "tst_uploadpurge.moc"
