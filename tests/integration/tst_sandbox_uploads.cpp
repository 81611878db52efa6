// Resumable uploads and product photos on the real chophien-sandbox over HTTP: chunks at the
// right offset only, the SHA-256 checked on the last byte, per-seller deduplication, offsets that
// survive a restart and a kill -9, and photos attached, ordered and removed.
#include <support/ApiFixtures.h>
#include <support/SandboxSession.h>
#include <support/UploadSteps.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <utility>

using namespace ChoPhien::Test;
namespace F = ChoPhien::Test::ApiFixtures;
namespace U = ChoPhien::Test::UploadSteps;

namespace {
// Chunks above this are refused with 413 (the server runs with --max-body 262144).
constexpr qint64 kMaxBody = 262144;
const QString kPng = QStringLiteral("image/png");
const QString kJpeg = QStringLiteral("image/jpeg");

QJsonObject attachBody(const QString& uploadId, int position)
{
    return {{QStringLiteral("upload_id"), uploadId}, {QStringLiteral("position"), position}};
}

qint64 offsetOf(const ApiReply& reply)
{
    return reply.header("Upload-Offset").toLongLong();
}

} // namespace

class TestSandboxUploads final : public QObject {
    Q_OBJECT

private:
    SandboxSession m_session;
    int m_seed = 1;

    QString newProduct(ApiClient& client)
    {
        const QString id = F::newId();
        const ApiReply r =
            client.write("PUT", F::productPath(id), F::product(QStringLiteral("P-") + id.left(8)), newKey());
        return r.status == 201 ? id : QString();
    }

    // A complete upload of a fresh PNG; its id.
    QString uploadedPng(ApiClient& client, int size = 24)
    {
        return U::send(client, U::noisePng(size, size, quint32(m_seed++)), kPng);
    }

    QJsonArray photosOf(ApiClient& client, const QString& productId)
    {
        return client.get(F::productPath(productId)).json().value(u"photos").toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_session.start(QStringLiteral("tst_sandbox_uploads"),
                                 {QStringLiteral("--max-body"), QString::number(kMaxBody),
                                  QStringLiteral("--moderation-delay-ms"), QStringLiteral("300")}),
                 qPrintable(m_session.errorString()));
    }

    void chunksAppendAtTheOffsetAndTheLastOneCompletes()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(160, 160, 7); // about 77 KB
        QVERIFY(file.size() > 3 * 20000);
        const ApiReply created = U::create(amy, file, kPng);
        QCOMPARE(created.status, 201);
        const QJsonObject upload = created.json();
        const QString id = upload.value(u"id").toString();
        QCOMPARE(created.header("Location"), U::uploadPath(id).toLatin1());
        QCOMPARE(upload.value(u"offset").toInt(), 0);
        QCOMPARE(upload.value(u"complete").toBool(), false);
        QCOMPARE(qint64(upload.value(u"length").toDouble()), file.size());
        QVERIFY(upload.value(u"expires_at").isString());

        qint64 offset = 0;
        for (const qint64 size : {20000, 20000, 20000}) {
            const ApiReply r = U::chunk(amy, id, offset, file.mid(offset, size));
            QCOMPARE(r.status, 204);
            offset += size;
            QCOMPARE(offsetOf(r), offset);
            const ApiReply h = U::head(amy, id);
            QCOMPARE(h.status, 200);
            QCOMPARE(offsetOf(h), offset);
            QCOMPARE(h.header("Upload-Length").toLongLong(), file.size());
            QCOMPARE(h.header("Cache-Control"), QByteArray("no-store"));
            QVERIFY(h.body.isEmpty());
        }
        const ApiReply last = U::chunk(amy, id, offset, file.mid(offset));
        QCOMPARE(last.status, 204);
        QCOMPARE(offsetOf(last), file.size());
        QCOMPARE(offsetOf(U::head(amy, id)), file.size());
        // Held once, by its content, beside the database; no part file left.
        QVERIFY(
            QFile::exists(QDir(m_session.folder()).filePath(QStringLiteral("blobs/") + U::sha256Hex(file))));
        QVERIFY(!QFile::exists(QDir(m_session.folder()).filePath(QStringLiteral("uploads/%1.part").arg(id))));

        // The same file announced again completes at once: nothing to send.
        const ApiReply again = U::create(amy, file, kPng);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id").toString(), id);
        QCOMPARE(again.json().value(u"complete").toBool(), true);
        QCOMPARE(qint64(again.json().value(u"offset").toDouble()), file.size());
        QVERIFY(again.json().value(u"expires_at").isNull());
        // A chunk after completion meets the moved offset.
        QCOMPARE(U::chunk(amy, id, 0, file.left(10)).status, 409);
    }

    void anUnfinishedUploadIsFoundAgainAtItsOffset()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(100, 100, 8);
        const QString id = U::create(amy, file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(amy, id, 0, file.left(5000)).status, 204);
        const ApiReply again = U::create(amy, file, kPng);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id").toString(), id);
        QCOMPARE(again.json().value(u"offset").toInt(), 5000);
        QCOMPARE(again.json().value(u"complete").toBool(), false);
    }

    void aWrongOffsetIs409WithTheOffsetToGoOnFrom()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(100, 100, 9);
        const QString id = U::create(amy, file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(amy, id, 0, file.left(4096)).status, 204);
        for (const qint64 wrong : {qint64(0), qint64(4000), qint64(8192)}) {
            const ApiReply r = U::chunk(amy, id, wrong, file.mid(wrong, 100));
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), QStringLiteral("upload_offset_mismatch"));
            QCOMPARE(r.json().value(u"upload_offset").toInt(), 4096);
            QCOMPARE(offsetOf(r), 4096);
        }
        QCOMPARE(offsetOf(U::head(amy, id)), 4096);
    }

    void badChunksAreRefused()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(40, 40, 10);
        const QString id = U::create(amy, file, kPng).json().value(u"id").toString();
        const QString path = U::uploadPath(id);
        const QByteArray octets = "application/offset+octet-stream";

        ApiReply r = amy.send("PATCH", path, file.left(10), {{"Content-Type", octets}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"errors").toArray().at(0).toObject().value(u"field").toString(),
                 QStringLiteral("Upload-Offset"));
        for (const QByteArray& bad :
             {QByteArray("abc"), QByteArray("-1"), QByteArray("1e3"), QByteArray("99999999999")}) {
            r = amy.send("PATCH", path, file.left(10), {{"Content-Type", octets}, {"Upload-Offset", bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        }
        r = amy.send("PATCH", path, file.left(10), {{"Upload-Offset", "0"}}); // sent as JSON
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), QStringLiteral("unsupported_media_type"));
        // More bytes than announced.
        r = U::chunk(amy, id, 0, file + "extra");
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json().value(u"errors").toArray().at(0).toObject();
        QCOMPARE(error.value(u"field").toString(), QStringLiteral("Upload-Offset"));
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("too_large"));
        QCOMPARE(offsetOf(U::head(amy, id)), 0);
        // No such upload, or not an id at all.
        QCOMPARE(U::chunk(amy, F::newId(), 0, file.left(10)).status, 404);
        QCOMPARE(U::head(amy, QStringLiteral("not-an-id")).status, 404);
        QCOMPARE(amy.get(path).status, 405);
    }

    void badAnnouncementsAreRefused()
    {
        ApiClient& amy = m_session.amy();
        const QString sha = U::sha256Hex("x");
        const auto post = [&](const QJsonObject& body) {
            return amy.write("POST", QStringLiteral("/v1/uploads"), body, newKey());
        };
        const QJsonObject good{{QStringLiteral("length"), 10},
                               {QStringLiteral("sha256"), sha},
                               {QStringLiteral("content_type"), kPng}};
        QJsonObject bad = good;
        bad.insert(QStringLiteral("sha256"), sha.toUpper());
        QCOMPARE(post(bad).code(), QStringLiteral("invalid_field"));
        bad = good;
        bad.insert(QStringLiteral("length"), 0);
        QCOMPARE(post(bad).code(), QStringLiteral("invalid_field"));
        bad.insert(QStringLiteral("length"), 52428801);
        QCOMPARE(post(bad).code(), QStringLiteral("invalid_field"));
        bad.insert(QStringLiteral("length"), QStringLiteral("10"));
        QCOMPARE(post(bad).code(), QStringLiteral("invalid_field"));
        bad = good;
        bad.insert(QStringLiteral("content_type"), QStringLiteral("image/gif"));
        QCOMPARE(post(bad).code(), QStringLiteral("invalid_field"));
        bad = good;
        bad.insert(QStringLiteral("name"), QStringLiteral("a.png"));
        QCOMPARE(post(bad).code(), QStringLiteral("unknown_field"));
        QCOMPARE(
            amy.send("POST", QStringLiteral("/v1/uploads"), "[1,2", {{"Idempotency-Key", newKey()}}).code(),
            QStringLiteral("invalid_json"));
        // A write: no key, no upload.
        QCOMPARE(amy.send("POST", QStringLiteral("/v1/uploads"), "{}").code(),
                 QStringLiteral("idempotency_key_required"));
    }

    void aChecksumMismatchStartsAgainAtZero()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(80, 80, 11);
        QByteArray damaged = file;
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x5a);
        const QString id = U::create(amy, file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(amy, id, 0, damaged.left(10000)).status, 204);
        const ApiReply r = U::chunk(amy, id, 10000, damaged.mid(10000));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("checksum_mismatch"));
        QCOMPARE(r.json().value(u"upload_offset").toInt(), 0);
        QCOMPARE(offsetOf(U::head(amy, id)), 0);
        QVERIFY(!QFile::exists(
            QDir(m_session.folder()).filePath(QStringLiteral("blobs/") + U::sha256Hex(damaged))));
        // Sent again right, it completes.
        QCOMPARE(U::chunk(amy, id, 0, file).status, 204);
        QCOMPARE(U::create(amy, file, kPng).json().value(u"complete").toBool(), true);
    }

    void aChunkOverTheBodyLimitIs413()
    {
        ApiClient& amy = m_session.amy();
        const QByteArray file = U::noisePng(200, 200, 12); // about 120 KB
        const QByteArray big = U::noisePng(300, 300, 13);  // about 270 KB, over the limit
        QVERIFY(big.size() > kMaxBody);
        const QString id = U::create(amy, big, kPng).json().value(u"id").toString();
        const ApiReply r = U::chunk(amy, id, 0, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
        QCOMPARE(offsetOf(U::head(amy, id)), 0);
        // The same file in chunks under the limit goes through.
        QCOMPARE(U::chunk(amy, id, 0, big.left(kMaxBody)).status, 204);
        QCOMPARE(U::chunk(amy, id, kMaxBody, big.mid(kMaxBody)).status, 204);
        QVERIFY(!U::send(amy, file, kPng, kMaxBody).isEmpty());
    }

    void anUploadResumesAfterARestartAndAKill()
    {
        const QByteArray file = U::noisePng(200, 200, 14);
        const QString id = U::create(m_session.amy(), file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(m_session.amy(), id, 0, file.left(50000)).status, 204);

        QVERIFY2(m_session.restart(false), qPrintable(m_session.errorString()));
        QCOMPARE(offsetOf(U::head(m_session.amy(), id)), 50000);
        QCOMPARE(U::chunk(m_session.amy(), id, 50000, file.mid(50000, 50000)).status, 204);

        QVERIFY2(m_session.restart(true), qPrintable(m_session.errorString())); // kill -9
        ApiClient& amy = m_session.amy();
        QCOMPARE(offsetOf(U::head(amy, id)), 100000);
        QCOMPARE(U::chunk(amy, id, 0, file.left(10)).status, 409);
        const ApiReply last = U::chunk(amy, id, 100000, file.mid(100000));
        QCOMPARE(last.status, 204); // the SHA-256 of bytes sent to three processes
        QCOMPARE(offsetOf(last), file.size());
        QFile blob(QDir(m_session.folder()).filePath(QStringLiteral("blobs/") + U::sha256Hex(file)));
        QVERIFY(blob.open(QIODevice::ReadOnly));
        QCOMPARE(blob.readAll(), file);
    }

    void bytesOfAnUnrecordedChunkAreNotCounted()
    {
        // A chunk whose bytes reached the file but whose offset was never recorded (the server
        // died in between) is as if never sent: the file holds more than the offset says.
        const QByteArray file = U::noisePng(60, 60, 15);
        const QString id = U::create(m_session.amy(), file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(m_session.amy(), id, 0, file.left(1000)).status, 204);
        m_session.process().kill();
        QFile part(QDir(m_session.folder()).filePath(QStringLiteral("uploads/%1.part").arg(id)));
        QVERIFY(part.open(QIODevice::Append));
        part.write("garbage that was never acknowledged");
        part.close();
        QVERIFY2(m_session.restart(true), qPrintable(m_session.errorString()));
        ApiClient& amy = m_session.amy();
        QCOMPARE(offsetOf(U::head(amy, id)), 1000);
        QCOMPARE(U::chunk(amy, id, 1000, file.mid(1000)).status, 204);
    }

    void aPhotoIsAttachedWithItsSize()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QByteArray file = U::noisePng(64, 48, 16);
        const QString upload = U::send(amy, file, kPng);
        QVERIFY(!upload.isEmpty());
        const ApiReply attached = amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey());
        QCOMPARE(attached.status, 201);
        const QJsonObject photo = attached.json();
        QCOMPARE(photo.value(u"width").toInt(), 64);
        QCOMPARE(photo.value(u"height").toInt(), 48);
        QCOMPARE(photo.value(u"position").toInt(), 0);
        QCOMPARE(photo.value(u"sha256").toString(), U::sha256Hex(file));
        QCOMPARE(photo.value(u"content_type").toString(), kPng);

        const ApiReply read = amy.get(F::productPath(product));
        QCOMPARE(read.json().value(u"photos").toArray(), QJsonArray{photo});
        QCOMPARE(read.json().value(u"version").toInt(), 1); // photos are not in the version

        // The same file again is the same photo, unchanged.
        const ApiReply again = amy.write("POST", U::photosPath(product), attachBody(upload, 3), newKey());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), photo);
        QCOMPARE(photosOf(amy, product).size(), 1);
    }

    void aPhotoChangeIsInTheFeedWithTheWholeProduct()
    {
        ApiClient& amy = m_session.amy();
        const QString head =
            amy.get(QStringLiteral("/v1/changes?from=now")).json().value(u"next_cursor").toString();
        const QString product = newProduct(amy);
        const QString upload = uploadedPng(amy);
        const ApiReply attached = amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey());
        QCOMPARE(attached.status, 201);
        const QJsonArray changes =
            amy.get(QStringLiteral("/v1/changes?cursor=") + head).json().value(u"changes").toArray();
        QCOMPARE(changes.size(), 2); // the create, then the photo
        const QJsonObject change = changes.at(1).toObject();
        QCOMPARE(change.value(u"type").toString(), QStringLiteral("product.updated"));
        const QJsonObject data = change.value(u"data").toObject();
        QCOMPARE(data.value(u"id").toString(), product);
        QCOMPARE(data.value(u"version").toInt(), 1);
        QCOMPARE(data.value(u"photos").toArray(), QJsonArray{attached.json()});
    }

    void theSizeIsTakenAfterTheExifOrientation()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QString upload = U::send(amy, U::rotatedJpeg(40, 20), kJpeg);
        const ApiReply r = amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"width").toInt(), 20);
        QCOMPARE(r.json().value(u"height").toInt(), 40);
    }

    void whatIsNotAnImageOfItsTypeIs422()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        QByteArray garbage(3000, 'x');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        const QByteArray png = U::noisePng(30, 30, 17);
        for (const auto& [bytes, type] :
             {std::pair{garbage, kPng}, std::pair{png, kJpeg}, std::pair{png.left(png.size() / 2), kPng}}) {
            const QString upload = U::send(amy, bytes, type);
            QVERIFY(!upload.isEmpty());
            const ApiReply r = amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey());
            QCOMPARE(r.status, 422);
            QCOMPARE(r.code(), QStringLiteral("invalid_image"));
        }
        QVERIFY(photosOf(amy, product).isEmpty());
    }

    void anUnfinishedUploadCannotBeAttached()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QByteArray file = U::noisePng(30, 30, 18);
        const QString upload = U::create(amy, file, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(amy, upload, 0, file.left(100)).status, 204);
        const ApiReply r = amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("upload_incomplete"));
        const ApiReply unknown =
            amy.write("POST", U::photosPath(product), attachBody(F::newId(), 0), newKey());
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json().value(u"errors").toArray().at(0).toObject().value(u"code").toString(),
                 QStringLiteral("not_found"));
        QJsonObject bad = attachBody(upload, 20);
        QCOMPARE(amy.write("POST", U::photosPath(product), bad, newKey()).code(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(amy.write("POST", U::photosPath(F::newId()), attachBody(upload, 0), newKey()).status, 404);
    }

    void badAttachBodiesAreRefused()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QString upload = uploadedPng(amy);
        const auto attach = [&](const QByteArray& body) {
            return amy.send("POST", U::photosPath(product), body, {{"Idempotency-Key", newKey()}});
        };
        QCOMPARE(attach("{\"upload_id\":").code(), QStringLiteral("invalid_json"));
        QCOMPARE(attach("[]").code(), QStringLiteral("invalid_json"));
        const QByteArray id = upload.toLatin1();
        QCOMPARE(attach("{\"upload_id\":\"" + id + "\",\"position\":0,\"main\":true}").code(),
                 QStringLiteral("unknown_field"));
        for (const QByteArray& body :
             {QByteArray("{\"upload_id\":\"" + id + "\",\"position\":\"0\"}"),
              QByteArray("{\"upload_id\":\"" + id + "\",\"position\":-1}"),
              QByteArray("{\"upload_id\":\"" + id + "\",\"position\":0.5}"),
              QByteArray("{\"upload_id\":\"" + id + "\"}"),
              QByteArray("{\"upload_id\":\"../../sandbox.db\",\"position\":0}"),
              QByteArray("{\"upload_id\":\"" + id.toUpper() + "\",\"position\":0}")}) {
            const ApiReply r = attach(body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), QStringLiteral("invalid_field"));
        }
        QCOMPARE(amy.send("POST", U::photosPath(product), "{}",
                          {{"Idempotency-Key", newKey()}, {"Content-Type", "text/plain"}})
                     .status,
                 415);
        QVERIFY(photosOf(amy, product).isEmpty());
        // An upload id in the path never names a file: only ids the server made do.
        QCOMPARE(U::head(amy, QStringLiteral("..%2F..%2Fsandbox.db")).status, 404);
    }

    void photosKeepPositionsZeroToNMinusOne()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        QStringList photoIds;
        for (int i = 0; i < 3; ++i) {
            const ApiReply r = amy.write("POST", U::photosPath(product), attachBody(uploadedPng(amy), 19),
                                         newKey()); // appends
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json().value(u"position").toInt(), i);
            photoIds.append(r.json().value(u"id").toString());
        }
        // Inserted first: the others move down.
        const ApiReply first =
            amy.write("POST", U::photosPath(product), attachBody(uploadedPng(amy), 0), newKey());
        QCOMPARE(first.json().value(u"position").toInt(), 0);
        photoIds.prepend(first.json().value(u"id").toString());
        // Removed from the middle: the ones after move up.
        const ApiReply removed =
            amy.write("DELETE", U::photosPath(product) + u'/' + photoIds.at(2), {}, newKey());
        QCOMPARE(removed.status, 204);
        photoIds.removeAt(2);
        const QJsonArray photos = photosOf(amy, product);
        QCOMPARE(photos.size(), 3);
        for (int i = 0; i < photos.size(); ++i) {
            QCOMPARE(photos.at(i).toObject().value(u"position").toInt(), i);
            QCOMPARE(photos.at(i).toObject().value(u"id").toString(), photoIds.at(i));
        }
        QCOMPARE(amy.write("DELETE", U::photosPath(product) + u'/' + F::newId(), {}, newKey()).status, 404);
        QCOMPARE(amy.write("DELETE", U::photosPath(product) + u'/' + photoIds.at(0), {}, {}).code(),
                 QStringLiteral("idempotency_key_required"));
    }

    void theTwentyFirstPhotoIs409()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(amy.write("POST", U::photosPath(product), attachBody(uploadedPng(amy, 8), i), newKey())
                         .status,
                     201);
        const ApiReply r =
            amy.write("POST", U::photosPath(product), attachBody(uploadedPng(amy, 8), 0), newKey());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("too_many_photos"));
        QCOMPARE(photosOf(amy, product).size(), 20);
    }

    void anAttachIsReplayedByItsKey()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QString upload = uploadedPng(amy);
        const QByteArray key = newKey();
        const ApiReply first = amy.write("POST", U::photosPath(product), attachBody(upload, 0), key);
        QCOMPARE(first.status, 201);
        const ApiReply replay = amy.write("POST", U::photosPath(product), attachBody(upload, 0), key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.body, first.body);
        QCOMPARE(amy.write("POST", U::photosPath(product), attachBody(upload, 1), key).code(),
                 QStringLiteral("idempotency_key_reused"));
        QCOMPARE(photosOf(amy, product).size(), 1);
    }

    void aSellerNeverSeesAnothersUploads()
    {
        ApiClient& amy = m_session.amy();
        ApiClient& ben = m_session.ben();
        const QByteArray file = U::noisePng(50, 50, 19);
        const QString done = U::send(amy, file, kPng);
        const QByteArray other = U::noisePng(50, 50, 20);
        const QString half = U::create(amy, other, kPng).json().value(u"id").toString();
        QCOMPARE(U::chunk(amy, half, 0, other.left(100)).status, 204);

        for (const QString& id : {done, half}) {
            QCOMPARE(U::head(ben, id).status, 404);
            QCOMPARE(U::chunk(ben, id, 100, other.mid(100, 100)).status, 404);
        }
        QCOMPARE(offsetOf(U::head(amy, half)), 100);
        const QString benProduct = newProduct(ben);
        const ApiReply r = ben.write("POST", U::photosPath(benProduct), attachBody(done, 0), newKey());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"errors").toArray().at(0).toObject().value(u"code").toString(),
                 QStringLiteral("not_found"));
        // Deduplication is per seller: Ben holding nothing must send the bytes himself.
        const ApiReply announced = U::create(ben, file, kPng);
        QCOMPARE(announced.status, 201);
        QCOMPARE(announced.json().value(u"offset").toInt(), 0);
        QVERIFY(announced.json().value(u"id").toString() != done);
        QCOMPARE(U::chunk(ben, announced.json().value(u"id").toString(), 0, file).status, 204);
        // Amy's photo on Amy's product stays out of Ben's reach.
        const QString amyProduct = newProduct(amy);
        const QString photo = amy.write("POST", U::photosPath(amyProduct), attachBody(done, 0), newKey())
                                  .json()
                                  .value(u"id")
                                  .toString();
        QCOMPARE(ben.write("DELETE", U::photosPath(amyProduct) + u'/' + photo, {}, newKey()).status, 404);
        // Nor can Ben put his own complete upload on Amy's product.
        const ApiReply onAmys = ben.write("POST", U::photosPath(amyProduct),
                                          attachBody(announced.json().value(u"id").toString(), 1), newKey());
        QCOMPARE(onAmys.status, 404);
        QCOMPARE(photosOf(amy, amyProduct).size(), 1);
    }

    void aPhotoSendsAListingInModerationBackAndModerationSeesItsSize()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        QCOMPARE(amy.write("POST", F::productPath(product) + QStringLiteral("/publish"), {}, newKey()).status,
                 202);
        const QJsonObject submitted = amy.get(F::productPath(product)).json().value(u"listing").toObject();
        QCOMPARE(submitted.value(u"status").toString(), QStringLiteral("pending"));
        QTest::qWait(5); // the next submission gets a later time
        const ApiReply attached =
            amy.write("POST", U::photosPath(product), attachBody(uploadedPng(amy, 40), 0), newKey());
        QCOMPARE(attached.status, 201);
        const QJsonObject again = amy.get(F::productPath(product)).json().value(u"listing").toObject();
        QCOMPARE(again.value(u"status").toString(), QStringLiteral("pending"));
        QVERIFY2(again.value(u"submitted_at").toString() > submitted.value(u"submitted_at").toString(),
                 qPrintable(again.value(u"submitted_at").toString()));
        // Moderation judges the photo by its size: 40 × 40 is too small.
        QJsonObject listing;
        QTRY_VERIFY_WITH_TIMEOUT(
            (listing = amy.get(F::productPath(product)).json().value(u"listing").toObject())
                    .value(u"status")
                    .toString() != u"pending",
            10000);
        QCOMPARE(listing.value(u"status").toString(), QStringLiteral("rejected"));
        QStringList codes;
        for (const QJsonValue& reason : listing.value(u"reasons").toArray())
            codes.append(reason.toObject().value(u"code").toString());
        QVERIFY2(codes.contains(QStringLiteral("main_photo_too_small")), qPrintable(codes.join(u' ')));
        // A rejected listing stays rejected when a photo changes: the seller publishes again.
        const QString photo = attached.json().value(u"id").toString();
        QCOMPARE(amy.write("DELETE", U::photosPath(product) + u'/' + photo, {}, newKey()).status, 204);
        QCOMPARE(
            amy.get(F::productPath(product)).json().value(u"listing").toObject().value(u"status").toString(),
            QStringLiteral("rejected"));
    }

    // Last: it wipes every seller's data.
    void anEpochResetWipesUploadsAndPhotosAndTheirFiles()
    {
        ApiClient& amy = m_session.amy();
        const QString product = newProduct(amy);
        const QByteArray file = U::noisePng(30, 30, 99);
        const QString upload = U::send(amy, file, kPng);
        QCOMPARE(amy.write("POST", U::photosPath(product), attachBody(upload, 0), newKey()).status, 201);
        ApiClient admin(m_session.process().baseUrl(), QStringLiteral("tst_sandbox_uploads"));
        QVERIFY(admin.get(QStringLiteral("/admin/stats")).json().value(u"uploads").toInteger() > 0);
        const ApiReply reset =
            admin.send("POST", QStringLiteral("/admin/epoch-reset"), R"({"mode":"wipe_data"})");
        QCOMPARE(reset.status, 200); // photos go with the products they show
        QCOMPARE(admin.get(QStringLiteral("/admin/stats")).json().value(u"uploads").toInteger(), 0);
        QCOMPARE(U::head(amy, upload).status, 404);
        QCOMPARE(amy.get(F::productPath(product)).status, 404);
        // The files go with the next purge (at start here): nothing names them any more.
        QVERIFY2(m_session.restart(false), qPrintable(m_session.errorString()));
        QVERIFY(QDir(QDir(m_session.folder()).filePath(QStringLiteral("blobs"))).isEmpty(QDir::Files));
        QCOMPARE(U::create(m_session.amy(), file, kPng).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUploads)
#include "tst_sandbox_uploads.moc"
