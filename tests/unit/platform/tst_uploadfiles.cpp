// Upload bytes on disk: chunks written at their offset (dropping bytes past it), the SHA-256 of
// what is held, a mismatch emptied, a verified file made its content-addressed blob.
#include <platform/UploadFiles.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

namespace {
const QString kId = QStringLiteral("3f6c1b2e-8d4a-4c5e-9b1f-2a7d6e8c9f01");

QString sha(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}
} // namespace

class TestUploadFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chunksLandAtTheirOffset()
    {
        QTemporaryDir folder;
        UploadFiles files(folder.path());
        QVERIFY(files.open());
        QCOMPARE(files.partSize(kId), 0);
        QVERIFY(files.write(kId, 0, "hello "));
        QVERIFY(files.write(kId, 6, "world"));
        QCOMPARE(files.partSize(kId), 11);
        QCOMPARE(contents(files.partPath(kId)), QByteArray("hello world"));
        // Bytes past the offset (a chunk never recorded) are dropped by the next write there.
        QVERIFY(files.write(kId, 6, "there"));
        QCOMPARE(contents(files.partPath(kId)), QByteArray("hello there"));
        QVERIFY(files.write(kId, 5, "!"));
        QCOMPARE(contents(files.partPath(kId)), QByteArray("hello!"));
        QCOMPARE(files.partSha256(kId).value_or(QByteArray()), sha("hello!").toLatin1());
        QCOMPARE(files.partIds(), QStringList{kId});
    }

    void aResetEmptiesThePart()
    {
        QTemporaryDir folder;
        UploadFiles files(folder.path());
        QVERIFY(files.open());
        QVERIFY(files.write(kId, 0, "damaged"));
        QVERIFY(files.reset(kId));
        QCOMPARE(files.partSize(kId), 0);
        QVERIFY(!files.partSha256(QStringLiteral("no-such-upload")));
    }

    void aVerifiedFileBecomesItsBlobOnce()
    {
        QTemporaryDir folder;
        UploadFiles files(folder.path());
        QVERIFY(files.open());
        const QByteArray bytes = "the photo";
        const QString hash = sha(bytes);
        QVERIFY(files.write(kId, 0, bytes));
        QVERIFY(files.promote(kId, hash));
        QVERIFY(files.hasBlob(hash));
        QVERIFY(!QFile::exists(files.partPath(kId)));
        QCOMPARE(contents(files.blobPath(hash)), bytes);
        // A second upload of the same bytes: the blob stays, the second part goes.
        const QString second = QStringLiteral("9a6c1b2e-8d4a-4c5e-9b1f-2a7d6e8c9f02");
        QVERIFY(files.write(second, 0, bytes));
        QVERIFY(files.promote(second, hash));
        QVERIFY(!QFile::exists(files.partPath(second)));
        QCOMPARE(files.blobNames(), QStringList{hash});
        files.removeBlob(hash);
        QVERIFY(!files.hasBlob(hash));
        // Stray files in the blob folder are not blobs.
        QFile stray(QDir(folder.path()).filePath(QStringLiteral("blobs/readme.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY(files.blobNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUploadFiles)
#include "tst_uploadfiles.moc"
