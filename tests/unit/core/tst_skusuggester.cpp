#include <core/SkuSuggester.h>

#include <QSet>
#include <QTest>

using namespace ChoPhien;

class TestSkuSuggester final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void base_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sku");
        QTest::newRow("initials") << QStringLiteral("Mật ong rừng U Minh") << QStringLiteral("MORUM");
        QTest::newRow("code kept whole") << QStringLiteral("Gạo ST25") << QStringLiteral("GST25");
        QTest::newRow("đ becomes D") << QStringLiteral("Đặc sản Đồng Tháp") << QStringLiteral("DSDT");
        QTest::newRow("size kept") << QStringLiteral("Trà xanh túi 500g") << QStringLiteral("TXT500G");
        QTest::newRow("cut to eight")
            << QStringLiteral("Nước mắm Phú Quốc 40 độ đạm cá cơm") << QStringLiteral("NMPQ40DD");
        QTest::newRow("long code cut") << QStringLiteral("Gạo ST25 túi 5kg") << QStringLiteral("GST25T5K");
        QTest::newRow("short name spelled out") << QStringLiteral("Gạo") << QStringLiteral("GAO");
        QTest::newRow("two words spelled out") << QStringLiteral("Mật ong") << QStringLiteral("MATO");
        QTest::newRow("hyphens separate") << QStringLiteral("Chuối-sứ-Xiêm") << QStringLiteral("CSX");
        QTest::newRow("long first word cut") << QStringLiteral("Nghêuuuuuuuu") << QStringLiteral("NGHEUUUU");
        QTest::newRow("decomposed input")
            << QStringLiteral("Ma\u0302\u0323t ong ru\u031b\u0300ng") << QStringLiteral("MOR");
        QTest::newRow("punctuation separates")
            << QStringLiteral("Cà phê (rang xay), 250g!") << QStringLiteral("CPRX250G");
        QTest::newRow("other script ignored") << QStringLiteral("Trà 茶 sen") << QStringLiteral("TRAS");
        QTest::newRow("digits only") << QStringLiteral("555") << QStringLiteral("555");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("symbols only") << QStringLiteral("★ – !!") << QString();
        QTest::newRow("other script only") << QStringLiteral("茶叶") << QString();
    }
    void base()
    {
        QFETCH(QString, name);
        QFETCH(QString, sku);
        QCOMPARE(SkuSuggester::base(name), sku);
    }

    void baseIsAsciiUpperCase()
    {
        const QStringList names = {QStringLiteral("Ớt chỉ thiên"), QStringLiteral("Ổi Đông Dư"),
                                   QStringLiteral("ỨC GÀ"), QStringLiteral("bưởi da xanh")};
        for (const QString& name : names) {
            const QString sku = SkuSuggester::base(name);
            QVERIFY2(!sku.isEmpty(), qPrintable(name));
            for (const QChar c : sku)
                QVERIFY2((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'), qPrintable(sku));
        }
    }

    void suggestFreeBase()
    {
        QCOMPARE(SkuSuggester::suggest(QStringLiteral("Mật ong rừng U Minh"), nullptr),
                 QStringLiteral("MORUM"));
        QCOMPARE(SkuSuggester::suggest(QStringLiteral("Gạo ST25"), [](const QString&) { return false; }),
                 QStringLiteral("GST25"));
    }

    void suggestAddsNumbers_data()
    {
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("sku");
        QTest::newRow("base taken") << QStringList{QStringLiteral("MORUM")} << QStringLiteral("MORUM-2");
        QTest::newRow("base and -2 taken")
            << QStringList{QStringLiteral("MORUM"), QStringLiteral("MORUM-2")} << QStringLiteral("MORUM-3");
        QTest::newRow("gap is reused")
            << QStringList{QStringLiteral("MORUM"), QStringLiteral("MORUM-3")} << QStringLiteral("MORUM-2");
        QTest::newRow("only -2 taken") << QStringList{QStringLiteral("MORUM-2")} << QStringLiteral("MORUM");
        QTest::newRow("other SKUs irrelevant")
            << QStringList{QStringLiteral("GST25")} << QStringLiteral("MORUM");
    }
    void suggestAddsNumbers()
    {
        QFETCH(QStringList, taken);
        QFETCH(QString, sku);
        const QSet<QString> used(taken.cbegin(), taken.cend());
        QCOMPARE(SkuSuggester::suggest(QStringLiteral("Mật ong rừng U Minh"),
                                       [&used](const QString& s) { return used.contains(s); }),
                 sku);
    }

    void fallbackForNamesWithoutLetters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("sku");
        QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("SP1");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringList() << QStringLiteral("SP1");
        QTest::newRow("symbols") << QStringLiteral("★★★") << QStringList{QStringLiteral("SP1")}
                                 << QStringLiteral("SP2");
        QTest::newRow("other script")
            << QStringLiteral("茶叶") << QStringList{QStringLiteral("SP1"), QStringLiteral("SP2")}
            << QStringLiteral("SP3");
    }
    void fallbackForNamesWithoutLetters()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, sku);
        const QSet<QString> used(taken.cbegin(), taken.cend());
        QCOMPARE(SkuSuggester::suggest(name, [&used](const QString& s) { return used.contains(s); }), sku);
    }

    void everythingTakenGivesEmpty()
    {
        int calls = 0;
        const auto all = [&calls](const QString&) {
            ++calls;
            return true;
        };
        QCOMPARE(SkuSuggester::suggest(QStringLiteral("Gạo ST25"), all), QString());
        QCOMPARE(calls, SkuSuggester::kMaxAttempts);
        QCOMPARE(SkuSuggester::suggest(QString(), all), QString());
    }

    void suggestionsAreUnique()
    {
        // Ten products with the same name get ten different SKUs.
        QSet<QString> used;
        for (int i = 0; i < 10; ++i) {
            const QString sku = SkuSuggester::suggest(QStringLiteral("Gạo ST25"),
                                                      [&used](const QString& s) { return used.contains(s); });
            QVERIFY(!used.contains(sku));
            used.insert(sku);
        }
        QVERIFY(used.contains(QStringLiteral("GST25")));
        QVERIFY(used.contains(QStringLiteral("GST25-10")));
    }
};

QTEST_GUILESS_MAIN(TestSkuSuggester)
#include "tst_skusuggester.moc"
