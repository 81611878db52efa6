#include <platform/RequestFramer.h>

#include <QTest>

using namespace ChoPhien;
using Kind = RequestFramer::Event::Kind;

class TestRequestFramer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aHeadIsReportedWithItsLength()
    {
        RequestFramer framer;
        const QList<RequestFramer::Event> events =
            framer.feed("PUT /v1/products/1?x=2 HTTP/1.1\r\nHost: a\r\ncontent-length: 12\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, Kind::Head);
        QCOMPARE(events.at(0).head.method, QByteArray("PUT"));
        QCOMPARE(events.at(0).head.target, QByteArray("/v1/products/1?x=2"));
        QCOMPARE(events.at(0).head.path(), QByteArray("/v1/products/1"));
        QCOMPARE(events.at(0).head.contentLength, 12);
        QVERIFY(events.at(0).head.keepAlive);
        QVERIFY(!events.at(0).head.expectContinue);
    }

    void aHeadSplitAcrossReadsIsFoundOnce()
    {
        const QByteArray request =
            "POST /v1/auth/token HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello"
            "GET /v1/health HTTP/1.1\r\nConnection: close\r\n\r\n";
        // Every split point, one byte at a time included.
        for (qsizetype cut = 1; cut < request.size(); ++cut) {
            RequestFramer framer;
            QList<RequestFramer::Event> events = framer.feed(QByteArrayView(request).first(cut));
            events += framer.feed(QByteArrayView(request).sliced(cut));
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).head.method, QByteArray("POST"));
            QVERIFY(events.at(0).head.expectContinue);
            QCOMPARE(events.at(0).head.contentLength, 5);
            QCOMPARE(events.at(1).head.method, QByteArray("GET"));
            QVERIFY(!events.at(1).head.keepAlive);
        }
        RequestFramer bytewise;
        int heads = 0;
        for (const char c : request)
            heads += int(bytewise.feed(QByteArrayView(&c, 1)).size());
        QCOMPARE(heads, 2);
    }

    void bodyBytesAreNotMistakenForAHead()
    {
        RequestFramer framer;
        const QByteArray body = "GET /fake HTTP/1.1\r\n\r\n";
        const QList<RequestFramer::Event> events = framer.feed(QByteArray(
            "PUT /a HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).head.target, QByteArray("/a"));
    }

    void hugeLengthsSaturateInsteadOfOverflowing()
    {
        RequestFramer framer;
        const QList<RequestFramer::Event> events =
            framer.feed("PUT /a HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QVERIFY(events.at(0).head.contentLength > qint64(1) << 50);
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        RequestFramer a;
        QVERIFY(!a.feed("GET / HTTP/1.0\r\n\r\n").at(0).head.keepAlive);
        RequestFramer b;
        QVERIFY(b.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").at(0).head.keepAlive);
    }

    void transferEncodingStopsTheFramer()
    {
        RequestFramer framer;
        const QList<RequestFramer::Event> events =
            framer.feed("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(events.size(), 1);
        QVERIFY(events.at(0).head.transferEncoding);
        QVERIFY(framer.isStopped());
    }

    void malformedHeads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n");
        QTest::newRow("relative target") << QByteArray("GET v1 HTTP/1.1\r\n\r\n");
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n");
        QTest::newRow("length not a number") << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n");
        QTest::newRow("negative length") << QByteArray("PUT / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray(
            "PUT / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\n", 13);
    }
    void malformedHeads()
    {
        QFETCH(QByteArray, bytes);
        RequestFramer framer;
        const QList<RequestFramer::Event> events = framer.feed(bytes);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, Kind::Malformed);
        QVERIFY(framer.isStopped());
        QVERIFY(framer.feed("GET / HTTP/1.1\r\n\r\n").isEmpty());
    }

    void anEndlessHeadIsTooLarge()
    {
        RequestFramer framer(1024);
        QVERIFY(framer.feed("GET / HTTP/1.1\r\n").isEmpty());
        QList<RequestFramer::Event> events;
        for (int i = 0; i < 100 && events.isEmpty(); ++i)
            events = framer.feed(QByteArray("X-Padding: " + QByteArray(40, 'x') + "\r\n"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, Kind::HeadTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
