// The order statuses' moves and the money of an order line, as the contract states them.
#include <platform/OrderBook.h>
#include <platform/OrderStatus.h>

#include <QTest>

using namespace ChoPhien;

class TestOrderStatus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyTheContractsMovesAreAllowed()
    {
        const QStringList statuses = {QStringLiteral("new"),       QStringLiteral("confirmed"),
                                      QStringLiteral("packed"),    QStringLiteral("shipped"),
                                      QStringLiteral("delivered"), QStringLiteral("cancelled"),
                                      QStringLiteral("returned")};
        // docs/platform-api.yaml, POST /v1/orders/{id}/status.
        const QSet<QString> allowed = {
            QStringLiteral("new>confirmed"),      QStringLiteral("new>cancelled"),
            QStringLiteral("confirmed>packed"),   QStringLiteral("confirmed>cancelled"),
            QStringLiteral("packed>shipped"),     QStringLiteral("packed>cancelled"),
            QStringLiteral("shipped>delivered"),  QStringLiteral("shipped>returned"),
            QStringLiteral("delivered>returned"),
        };
        int moves = 0;
        for (const QString& from : statuses) {
            for (const QString& to : statuses) {
                const bool expected = allowed.contains(from + u'>' + to);
                QVERIFY2(OrderStatus::canMove(from, to) == expected, qPrintable(from + u'>' + to));
                moves += expected ? 1 : 0;
            }
        }
        QCOMPARE(moves, allowed.size());
        QVERIFY(!OrderStatus::canMove(QStringLiteral("unknown"), QStringLiteral("new")));
    }

    void aRefusalNamesBothStatusesInBothLanguages()
    {
        const HttpResponse r =
            OrderStatus::refusal(QStringLiteral("delivered"), QStringLiteral("cancelled")).toResponse();
        QCOMPARE(r.status, 409);
        QVERIFY(r.body.contains("invalid_transition"));
        QVERIFY(r.body.contains(QStringLiteral("đã giao").toUtf8()));
        QVERIFY(r.body.contains("cannot become cancelled"));
    }

    void lineTotalsRoundHalvesAwayFromZero_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("total");
        QTest::newRow("whole units") << qint64(250000) << qint64(2000) << qint64(500000);
        QTest::newRow("half a unit") << qint64(1001) << qint64(500) << qint64(501);  // 500,5 → 501
        QTest::newRow("below a half") << qint64(1001) << qint64(499) << qint64(499); // 499,499 → 499
        QTest::newRow("a gram of rice") << qint64(25000) << qint64(1) << qint64(25);
        QTest::newRow("free") << qint64(0) << qint64(3000) << qint64(0);
        QTest::newRow("the largest total") << qint64(1000000000) << qint64(1000000) << qint64(1000000000000);
    }

    void lineTotalsRoundHalvesAwayFromZero()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, quantity);
        QFETCH(qint64, total);
        QCOMPARE(OrderBook::lineTotal(price, quantity), std::optional<qint64>(total));
    }

    void totalsPastTheLimitAreRefused()
    {
        QCOMPARE(OrderBook::lineTotal(1000000000, 1000001), std::nullopt);
        QCOMPARE(OrderBook::lineTotal(1000000000000, 1000000000000), std::nullopt); // would overflow int64
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
