#include <core/VietnameseText.h>

#include <QCollator>
#include <QTest>

#include <algorithm>

using namespace ChoPhien;

class TestVietnameseText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizedIsNfcAndTrimmed()
    {
        const QString decomposed = QStringLiteral("  Ha\u0300 No\u0302\u0323i ");
        QCOMPARE(VietnameseText::normalized(decomposed), QStringLiteral("Hà Nội"));
        QVERIFY(!VietnameseText::normalized(QString()).isNull());
    }

    void searchKeyFoldsDiacriticsAndD_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("đ folds") << QStringLiteral("Đặc sản") << QStringLiteral("dac san");
        QTest::newRow("tones") << QStringLiteral("Cà phê Buôn Ma Thuột")
                               << QStringLiteral("ca phe buon ma thuot");
        QTest::newRow("old tone placement") << QStringLiteral("hoà") << QStringLiteral("hoa");
        QTest::newRow("new tone placement") << QStringLiteral("hòa") << QStringLiteral("hoa");
        QTest::newRow("decomposed input") << QStringLiteral("Mâ\u0323t ong") << QStringLiteral("mat ong");
        QTest::newRow("spaces") << QStringLiteral("  Gạo   ST25 ") << QStringLiteral("gao st25");
    }
    void searchKeyFoldsDiacriticsAndD()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(VietnameseText::searchKey(text), key);
    }

    void sortKeyFollowsVietnameseDictionaryOrder()
    {
        // The order a Vietnamese dictionary uses: base letters (a ă â … d đ …), then tones.
        const QStringList expected = {
            QStringLiteral("Bánh"), QStringLiteral("Bưởi"), QStringLiteral("Cam"), QStringLiteral("Cam xoàn"),
            QStringLiteral("Chè"),  QStringLiteral("Dưa"),  QStringLiteral("Dừa"), QStringLiteral("Đào"),
            QStringLiteral("Ổi"),   QStringLiteral("Ơt"),   QStringLiteral("Tỏi"), QStringLiteral("Tôm"),
        };
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), [](const QString& a, const QString& b) {
            return VietnameseText::sortKey(a).toUtf8() < VietnameseText::sortKey(b).toUtf8();
        });
        QCOMPARE(shuffled, expected);
    }

    void sortKeyToneOrder()
    {
        // ICU's Vietnamese tailoring: a, à, ả, ã, á, ạ.
        const QStringList tones = {QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"),
                                   QStringLiteral("mã"), QStringLiteral("má"), QStringLiteral("mạ")};
        for (qsizetype i = 1; i < tones.size(); ++i)
            QVERIFY2(VietnameseText::sortKey(tones[i - 1]).toUtf8() <
                         VietnameseText::sortKey(tones[i]).toUtf8(),
                     qPrintable(tones[i - 1] + u" < " + tones[i]));
    }

    void sortKeyAgreesWithQCollatorOnWords()
    {
        QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        const QStringList words = {
            QStringLiteral("gạo"), QStringLiteral("gà"),   QStringLiteral("giỏ"), QStringLiteral("đông"),
            QStringLiteral("dưa"), QStringLiteral("ăn"),   QStringLiteral("âm"),  QStringLiteral("an"),
            QStringLiteral("ước"), QStringLiteral("uống"), QStringLiteral("mật"), QStringLiteral("măng"),
            QStringLiteral("mắm"), QStringLiteral("nấm"),  QStringLiteral("nón"), QStringLiteral("ổi"),
        };
        for (const QString& a : words) {
            for (const QString& b : words) {
                if (a == b)
                    continue;
                const bool ours = VietnameseText::sortKey(a).toUtf8() < VietnameseText::sortKey(b).toUtf8();
                const bool icu = collator.compare(a, b) < 0;
                QVERIFY2(ours == icu, qPrintable(a + u" vs " + b));
            }
        }
    }

    void sortKeyIsBinarySafeForOtherScripts()
    {
        // Non-Latin text still gets a key that sorts after Vietnamese letters and does not crash.
        QVERIFY(VietnameseText::sortKey(QStringLiteral("茶")).toUtf8() >
                VietnameseText::sortKey(QStringLiteral("zzz")).toUtf8());
        QVERIFY(!VietnameseText::sortKey(QString()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "tst_vietnamesetext.moc"
