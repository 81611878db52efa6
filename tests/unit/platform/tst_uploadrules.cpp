// The arithmetic of resumable uploads: Upload-Offset parsing, where a chunk lands, where an
// upload resumes after a crash, and when it expires.
#include <platform/UploadRules.h>

#include <QTest>

using namespace ChoPhien;
namespace R = ChoPhien::UploadRules;

class TestUploadRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offsetHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces around") << QByteArray(" 4096 ") << qint64(4096);
        QTest::newRow("the largest file") << QByteArray("52428800") << R::kMaxLength;
        QTest::newRow("past the largest file") << QByteArray("52428801") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+1") << qint64(-1);
        QTest::newRow("exponent") << QByteArray("1e3") << qint64(-1);
        QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
        QTest::newRow("two values") << QByteArray("1, 2") << qint64(-1);
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << qint64(-1);
    }

    void offsetHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = R::parseOffset(header);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void chunkMediaType()
    {
        QVERIFY(R::isChunkMediaType("application/offset+octet-stream"));
        QVERIFY(R::isChunkMediaType("Application/Offset+Octet-Stream; charset=binary"));
        QVERIFY(!R::isChunkMediaType("application/octet-stream"));
        QVERIFY(!R::isChunkMediaType("application/json"));
        QVERIFY(!R::isChunkMediaType(""));
    }

    void resumeFromWhatIsBothRecordedAndOnDisk()
    {
        QCOMPARE(R::resumeOffset(1000, 1000), 1000);
        QCOMPARE(R::resumeOffset(1000, 1500), 1000); // an unrecorded chunk's bytes are dropped
        QCOMPARE(R::resumeOffset(1000, 400), 400);   // a file shorter than recorded
        QCOMPARE(R::resumeOffset(1000, 0), 0);       // no file at all
    }

    void chunks()
    {
        using C = R::Chunk;
        QCOMPARE(R::classify(0, 100, 0, 40), C::Appends);
        QCOMPARE(R::classify(40, 100, 40, 60), C::Appends); // exactly to the end
        QCOMPARE(R::classify(40, 100, 40, 61), C::PastLength);
        QCOMPARE(R::classify(40, 100, 0, 40), C::OffsetMismatch);  // a repeated chunk
        QCOMPARE(R::classify(40, 100, 80, 10), C::OffsetMismatch); // a gap
        QCOMPARE(R::classify(100, 100, 100, 0), C::Appends);       // nothing more, at the end
        QCOMPARE(R::classify(100, 100, 100, 1), C::PastLength);
        QCOMPARE(R::classify(100, 100, 200, 1), C::OffsetMismatch); // the offset is checked first
    }

    void unfinishedUploadsExpireAWeekAfterTheirLastChunk()
    {
        QCOMPARE(R::expiresAtMs(1000), 1000 + qint64(7) * 24 * 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestUploadRules)
#include "tst_uploadrules.moc"
