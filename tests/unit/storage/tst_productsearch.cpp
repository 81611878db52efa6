// Search over a real workspace: real Vietnamese product names found by unaccented typing, exact SKU
// and barcode first, names before other fields, and hostile input that is only ever a search.
#include <core/Ids.h>
#include <core/SearchQuery.h>
#include <storage/ProductRepository.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QRandomGenerator>
#include <QTest>

using namespace ChoPhien;

namespace {
struct Row {
    const char16_t* name;
    const char16_t* sku;
    const char16_t* barcode;
    const char16_t* producer;
};
// Real OCOP-style names, with old and new tone placement ("hoà"/"hòa") and đ.
const Row kRows[] = {
    {u"Đặc sản chè Shan Tuyết Hà Giang", u"CHE-ST", u"", u"Hộ Vàng A Dế"},
    {u"Mật ong rừng U Minh Hạ", u"MO-UM", u"8934563138165", u"Hộ Nguyễn Thị Đào"},
    {u"Nước mắm Phú Quốc 40 độ đạm", u"NM-PQ", u"", u"Hộ Trần Văn Hùng"},
    {u"Xoài cát Hoà Lộc", u"XOAI-HL", u"", u"Hộ Lê Văn Đức"},
    {u"Bưởi Hòa Bình", u"BUOI-HB", u"", u"Hộ Bùi Văn Tiến"},
    {u"Gạo ST25 Sóc Trăng", u"GAO-ST25", u"", u"Hộ Hà Thị Xuân"},
    {u"Cà phê Robusta Đắk Lắk", u"CF-DL", u"", u"Hộ Đinh Văn Khởi"},
    {u"Hạt điều rang muối Bình Phước", u"DIEU-BP", u"", u"Hộ Phạm Thị Lụa"},
    {u"Miến dong Bắc Kạn", u"MIEN-BK", u"", u"Hộ Đào Văn Sơn"},
    {u"Tỏi cô đơn Lý Sơn", u"TOI-LS", u"", u"Hộ Sùng Thị Mỷ"},
};

QStringList names(const QList<ProductSummary>& found)
{
    QStringList out;
    for (const ProductSummary& p : found)
        out.append(p.name);
    return out;
}
} // namespace

class TestProductSearch final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_temp;
    QList<ProductSummary> find(const QString& typed, int limit = 20)
    {
        return ProductRepository::search(m_temp->workspace().database(), SearchQuery(typed), limit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<Test::TempWorkspace>();
        QVERIFY(m_temp->isValid());
        WriteTransaction tx(m_temp->workspace().database(), m_temp->actor(), Clock::system());
        for (const Row& row : kRows) {
            ProductSummary p;
            p.id = Ids::newId();
            p.name = QString::fromUtf16(row.name);
            p.sku = QString::fromUtf16(row.sku);
            p.barcode = QString::fromUtf16(row.barcode);
            p.producer = QString::fromUtf16(row.producer);
            p.unit = QStringLiteral("hộp");
            p.price = 100000;
            QVERIFY(ProductRepository::insert(tx, p, QStringLiteral("Sản phẩm OCOP của hợp tác xã"),
                                              QStringLiteral("quà Tết, đặc sản")));
        }
        QVERIFY(tx.commit());
    }

    void unaccentedTypingFindsVietnameseNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("đ folds") << QStringLiteral("dac san")
                                 << QStringLiteral("Đặc sản chè Shan Tuyết Hà Giang");
        QTest::newRow("no marks") << QStringLiteral("mat ong") << QStringLiteral("Mật ong rừng U Minh Hạ");
        QTest::newRow("prefix while typing")
            << QStringLiteral("nuoc ma") << QStringLiteral("Nước mắm Phú Quốc 40 độ đạm");
        QTest::newRow("with marks") << QStringLiteral("cà phê") << QStringLiteral("Cà phê Robusta Đắk Lắk");
        QTest::newRow("upper case") << QStringLiteral("GẠO ST") << QStringLiteral("Gạo ST25 Sóc Trăng");
        QTest::newRow("words in any order")
            << QStringLiteral("son ly toi") << QStringLiteral("Tỏi cô đơn Lý Sơn");
        QTest::newRow("decomposed input")
            << QStringLiteral("Mie\u0302\u0301n dong") << QStringLiteral("Miến dong Bắc Kạn");
    }
    void unaccentedTypingFindsVietnameseNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const QList<ProductSummary> found = find(typed);
        QVERIFY2(!found.isEmpty(), qPrintable(typed));
        QCOMPARE(found.first().name, first);
    }

    void oldAndNewTonePlacementAreTheSameWord()
    {
        // "hoa" finds both "Hoà" (old placement) and "Hòa" (new placement).
        const QStringList found = names(find(QStringLiteral("hoa")));
        QVERIFY(found.contains(QStringLiteral("Xoài cát Hoà Lộc")));
        QVERIFY(found.contains(QStringLiteral("Bưởi Hòa Bình")));
        QCOMPARE(names(find(QStringLiteral("hòa"))), names(find(QStringLiteral("hoà"))));
    }

    void exactSkuAndBarcodeComeFirst()
    {
        QCOMPARE(find(QStringLiteral("gao-st25")).first().sku, QStringLiteral("GAO-ST25"));
        const auto byBarcode = find(QStringLiteral(" 8934563138165 "));
        QCOMPARE(byBarcode.size(), 1);
        QCOMPARE(byBarcode.first().sku, QStringLiteral("MO-UM"));
    }

    void namesRankBeforeOtherFields()
    {
        // "dao" is in a producer ("Hộ Nguyễn Thị Đào", "Hộ Đào Văn Sơn") and in no name; "son" is in a
        // name ("Lý Sơn") and in a producer: the name match leads.
        QCOMPARE(find(QStringLiteral("son")).first().name, QStringLiteral("Tỏi cô đơn Lý Sơn"));
        const QStringList byProducer = names(find(QStringLiteral("dao")));
        QCOMPARE(byProducer.size(), 2);
        QVERIFY(byProducer.contains(QStringLiteral("Mật ong rừng U Minh Hạ")));
        // Tags and description are searched too.
        QCOMPARE(find(QStringLiteral("qua tet")).size(), int(std::size(kRows)));
    }

    void shortPrefixUsesNameOrder()
    {
        const QStringList found = names(find(QStringLiteral("b")));
        QCOMPARE(found, (QStringList{QStringLiteral("Bưởi Hòa Bình")}));
        QCOMPARE(find(QStringLiteral("m")).size(), 2); // Mật ong…, Miến dong…
    }

    // A next word just begun (one letter) narrows by the names' words, without asking the index for
    // every word that starts with that letter.
    void aWordJustBegunNarrowsTheNames()
    {
        // Names first: "hoa"/"hòa" and a word on b or l; then products whose producer is a "Hộ".
        QCOMPARE(names(find(QStringLiteral("ho b"))).value(0), QStringLiteral("Bưởi Hòa Bình"));
        QCOMPARE(names(find(QStringLiteral("ho l"))).value(0), QStringLiteral("Xoài cát Hoà Lộc"));
        QVERIFY(!names(find(QStringLiteral("ho l"))).contains(QStringLiteral("Bưởi Hòa Bình")));
        QCOMPARE(names(find(QStringLiteral("mat ong r"))),
                 (QStringList{QStringLiteral("Mật ong rừng U Minh Hạ")}));
        QVERIFY(find(QStringLiteral("mat ong x")).isEmpty());
    }

    void limitIsHonoured()
    {
        QCOMPARE(find(QStringLiteral("qua"), 3).size(), 3);
        QVERIFY(find(QStringLiteral("qua"), 0).isEmpty());
    }

    void hostileInputIsOnlyASearch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("unbalanced") << QStringLiteral("((mat ong");
        QTest::newRow("operators") << QStringLiteral("mat AND ong OR NOT che");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("near") << QStringLiteral("NEAR(mat ong, 2)");
        QTest::newRow("column filter") << QStringLiteral("name: mat");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE products; --");
        QTest::newRow("10,000 characters") << QString(10000, u'a');
        QTest::newRow("nul and controls") << QStringLiteral("m\u0000a\u0001t");
    }
    void hostileInputIsOnlyASearch()
    {
        QFETCH(QString, typed);
        find(typed); // must not fail or throw; the catalogue stays intact
        QCOMPARE(ProductRepository::count(m_temp->workspace().database()), qint64(std::size(kRows)));
        QCOMPARE(find(QStringLiteral("mat ong")).size(), 1);
    }

    void randomStringsNeverBreakSearch()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 500; ++round) {
            QString typed;
            const int length = int(random.bounded(0, 40));
            for (int i = 0; i < length; ++i)
                typed.append(QChar(char16_t(random.bounded(1, 0x2000))));
            const auto found = find(typed);
            QVERIFY(found.size() <= 20);
        }
        QCOMPARE(find(QStringLiteral("tỏi")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProductSearch)
#include "tst_productsearch.moc"
