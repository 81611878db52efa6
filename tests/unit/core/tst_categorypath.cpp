#include <core/CategoryPath.h>

#include <QTest>

using namespace ChoPhien;

class TestCategoryPath final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("already clean") << u"Nông sản/Gạo"_qs << u"Nông sản/Gạo"_qs;
        QTest::newRow("spaces around levels") << u" Nông sản /  Gạo "_qs << u"Nông sản/Gạo"_qs;
        QTest::newRow("empty levels") << u"/Nông sản//Gạo/"_qs << u"Nông sản/Gạo"_qs;
        QTest::newRow("inner spaces collapse") << u"Nông   sản"_qs << u"Nông sản"_qs;
        QTest::newRow("NFD becomes NFC") << u"Nông sa\u0309n"_qs << u"Nông sản"_qs;
        QTest::newRow("only slashes") << u" / / "_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalized()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(CategoryPath::normalized(typed), stored);
        QVERIFY(!CategoryPath::normalized(typed).isNull());
    }

    void leafAndParent()
    {
        QCOMPARE(CategoryPath::leaf(u"Nông sản/Gạo/Gạo nếp"_qs), u"Gạo nếp"_qs);
        QCOMPARE(CategoryPath::parent(u"Nông sản/Gạo/Gạo nếp"_qs), u"Nông sản/Gạo"_qs);
        QCOMPARE(CategoryPath::parent(u"Nông sản"_qs), QString());
        QCOMPARE(CategoryPath::leaf(QString()), QString());
        QCOMPARE(CategoryPath::levels(u"A / B"_qs), (QStringList{u"A"_qs, u"B"_qs}));
    }
};

QTEST_APPLESS_MAIN(TestCategoryPath)
#include "tst_categorypath.moc"
