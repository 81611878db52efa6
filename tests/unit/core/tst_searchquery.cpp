#include <core/SearchQuery.h>

#include <QRandomGenerator>
#include <QTest>

using namespace ChoPhien;

class TestSearchQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void termsAreFoldedWords_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("plain") << QStringLiteral("mat ong")
                               << QStringList{QStringLiteral("mat"), QStringLiteral("ong")};
        QTest::newRow("đ and tones") << QStringLiteral("Đặc sản")
                                     << QStringList{QStringLiteral("dac"), QStringLiteral("san")};
        QTest::newRow("decomposed") << QStringLiteral("Mâ\u0323t") << QStringList{QStringLiteral("mat")};
        QTest::newRow("punctuation splits")
            << QStringLiteral("GAO-ST25") << QStringList{QStringLiteral("gao"), QStringLiteral("st25")};
        QTest::newRow("only symbols") << QStringLiteral("\"*()^:-+") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void termsAreFoldedWords()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchQuery(typed).terms(), terms);
    }

    void expressionQuotesEveryTermAsAPrefix()
    {
        QCOMPARE(SearchQuery(QStringLiteral("cà phê")).ftsExpression(), QStringLiteral("\"ca\"* \"phe\"*"));
        // FTS5 operators typed by a user are words, quoted like any other.
        QCOMPARE(SearchQuery(QStringLiteral("a AND b NEAR(c")).ftsExpression(),
                 QStringLiteral("\"a\"* \"and\"* \"b\"* \"near\"* \"c\"*"));
    }

    void boundsHugeInput()
    {
        const QString huge = QString(10000, u'x') + u' ' + QString(5000, u'y');
        const SearchQuery q(huge);
        QVERIFY(q.terms().size() <= SearchQuery::kMaxTerms);
        for (const QString& t : q.terms())
            QVERIFY(t.size() <= SearchQuery::kMaxTermLength);
        QVERIFY(q.exactText().size() <= 128);
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many.append(QStringLiteral("w%1").arg(i));
        QCOMPARE(SearchQuery(many.join(u' ')).terms().size(), SearchQuery::kMaxTerms);
    }

    void randomInputNeverEscapesQuoting()
    {
        // Whatever is typed, the expression is only quoted terms of letters and digits.
        QRandomGenerator random(20261123);
        const QString alphabet = QStringLiteral("aăâđeêoôơuưĐ\"'*()^:+-NEAR AND OR NOT{}[]\\/\t\n0123456789");
        for (int round = 0; round < 2000; ++round) {
            QString typed;
            const int length = int(random.bounded(0, 80));
            for (int i = 0; i < length; ++i)
                typed.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
            const QString expression = SearchQuery(typed).ftsExpression();
            for (const QString& part : expression.split(u' ', Qt::SkipEmptyParts)) {
                QVERIFY2(part.startsWith(u'"') && part.endsWith(QStringLiteral("\"*")), qPrintable(typed));
                const QString inner = part.mid(1, part.size() - 3);
                for (const QChar c : inner)
                    QVERIFY2(c.isLetterOrNumber(), qPrintable(typed));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
