#include <core/Ean13.h>

#include <QTest>

#include <limits>

using namespace ChoPhien;

class TestEan13 final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realCodesAreValid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Vietnam 893") << QStringLiteral("8934563138165");
        QTest::newRow("Vietnam 893, check 9") << QStringLiteral("8936036020519");
        QTest::newRow("Vietnam 893, check 4") << QStringLiteral("8935049500544");
        QTest::newRow("Vietnam 893, check 2") << QStringLiteral("8934588012112");
        QTest::newRow("Germany 400") << QStringLiteral("4006381333931");
        QTest::newRow("Poland 590 (GS1 example)") << QStringLiteral("5901234123457");
        QTest::newRow("check digit 0") << QStringLiteral("0000000000000");
    }
    void realCodesAreValid()
    {
        QFETCH(QString, code);
        QVERIFY(Ean13::isValid(code));
        QCOMPARE(Ean13::problem(code), QString());
        QCOMPARE(Ean13::checkDigit(QStringView(code).first(12)), code.back().digitValue());
        QCOMPARE(Ean13::complete(QStringView(code).first(12)), code);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("length");
        QTest::newRow("twelve digits") << QStringLiteral("893456313816") << QStringLiteral("length");
        QTest::newRow("fourteen digits") << QStringLiteral("89345631381650") << QStringLiteral("length");
        QTest::newRow("EAN-8 refused") << QStringLiteral("96385074") << QStringLiteral("length");
        QTest::newRow("UPC-A refused") << QStringLiteral("036000291452") << QStringLiteral("length");
        QTest::newRow("wrong check digit")
            << QStringLiteral("8934563138166") << QStringLiteral("check_digit");
        QTest::newRow("transposed digits")
            << QStringLiteral("8934563131865") << QStringLiteral("check_digit");
        QTest::newRow("one digit changed")
            << QStringLiteral("4006381333932") << QStringLiteral("check_digit");
        QTest::newRow("letter") << QStringLiteral("893456313816A") << QStringLiteral("digits");
        QTest::newRow("letter, short") << QStringLiteral("abc") << QStringLiteral("digits");
        QTest::newRow("fullwidth digits")
            << QStringLiteral("８９３４５６３１３８１６５") << QStringLiteral("digits");
        QTest::newRow("Arabic-Indic digit")
            << QStringLiteral("893456313816\u0665") << QStringLiteral("digits");
        QTest::newRow("space not stripped") << QStringLiteral(" 8934563138165") << QStringLiteral("digits");
        QTest::newRow("hyphen not stripped") << QStringLiteral("893-4563138165") << QStringLiteral("digits");
    }
    void problems()
    {
        QFETCH(QString, code);
        QFETCH(QString, problem);
        QCOMPARE(Ean13::problem(code), problem);
        QVERIFY(!Ean13::isValid(code));
    }

    void checkDigitRefusesBadInput_data()
    {
        QTest::addColumn<QString>("first12");
        QTest::newRow("empty") << QString();
        QTest::newRow("eleven") << QStringLiteral("89345631381");
        QTest::newRow("thirteen") << QStringLiteral("8934563138165");
        QTest::newRow("letter") << QStringLiteral("89345631381x");
        QTest::newRow("fullwidth") << QStringLiteral("８９３４５６３１３８１６");
    }
    void checkDigitRefusesBadInput()
    {
        QFETCH(QString, first12);
        QCOMPARE(Ean13::checkDigit(first12), -1);
        QCOMPARE(Ean13::complete(first12), QString());
    }

    void everyWrongCheckDigitIsCaught()
    {
        const QString first12 = QStringLiteral("893456313816");
        for (int digit = 0; digit <= 9; ++digit) {
            const QString code = first12 + QString::number(digit);
            QCOMPARE(Ean13::isValid(code), digit == 5);
        }
    }

    void normalizedBarcode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("already clean") << QStringLiteral("8934563138165") << QStringLiteral("8934563138165");
        QTest::newRow("scanner newline")
            << QStringLiteral("8934563138165\r\n") << QStringLiteral("8934563138165");
        QTest::newRow("printed groups")
            << QStringLiteral("8 934563 138165") << QStringLiteral("8934563138165");
        QTest::newRow("hyphens") << QStringLiteral("893-4563-13816-5") << QStringLiteral("8934563138165");
        QTest::newRow("no-break spaces and tab")
            << QStringLiteral("\t893\u00a04563\u202f138165 ") << QStringLiteral("8934563138165");
        QTest::newRow("letters kept") << QStringLiteral("89a-3") << QStringLiteral("89a3");
        QTest::newRow("fullwidth kept") << QStringLiteral("８９３ ") << QStringLiteral("８９３");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizedBarcode()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(Ean13::normalizedBarcode(text), normalized);
    }

    void normalizedThenValidated()
    {
        QVERIFY(Ean13::isValid(Ean13::normalizedBarcode(u" 893 4563 138165 ")));
        QCOMPARE(Ean13::problem(Ean13::normalizedBarcode(u"８９３４５６３１３８１６５")),
                 QStringLiteral("digits"));
    }

    void suggest_data()
    {
        QTest::addColumn<QString>("companyPrefix");
        QTest::addColumn<qint64>("item");
        QTest::addColumn<QString>("code");
        QTest::newRow("real product")
            << QStringLiteral("4563") << qint64(13816) << QStringLiteral("8934563138165");
        QTest::newRow("zero padded") << QStringLiteral("1234") << qint64(1)
                                     << QStringLiteral("8931234000011");
        QTest::newRow("item zero") << QStringLiteral("0000") << qint64(0) << QStringLiteral("8930000000002");
        QTest::newRow("largest item for 4-digit prefix")
            << QStringLiteral("4563") << qint64(99999) << Ean13::complete(u"893456399999");
        QTest::newRow("item too large") << QStringLiteral("4563") << qint64(100000) << QString();
        QTest::newRow("8-digit prefix")
            << QStringLiteral("12345678") << qint64(7) << Ean13::complete(u"893123456787");
        QTest::newRow("8-digit prefix, item too large")
            << QStringLiteral("12345678") << qint64(10) << QString();
        QTest::newRow("9-digit prefix leaves no room")
            << QStringLiteral("123456789") << qint64(0) << QString();
        QTest::newRow("empty prefix") << QString() << qint64(1) << QString();
        QTest::newRow("letters in prefix") << QStringLiteral("45a3") << qint64(1) << QString();
        QTest::newRow("negative item") << QStringLiteral("4563") << qint64(-1) << QString();
        QTest::newRow("huge item") << QStringLiteral("4563") << std::numeric_limits<qint64>::max()
                                   << QString();
    }
    void suggest()
    {
        QFETCH(QString, companyPrefix);
        QFETCH(qint64, item);
        QFETCH(QString, code);
        const QString suggested = Ean13::suggest(companyPrefix, item);
        QCOMPARE(suggested, code);
        if (!code.isEmpty()) {
            QVERIFY(Ean13::isValid(suggested));
            QVERIFY(Ean13::hasVietnamPrefix(suggested));
        }
    }

    void hasVietnamPrefix_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("vietnamese");
        QTest::newRow("893") << QStringLiteral("8934563138165") << true;
        QTest::newRow("400") << QStringLiteral("4006381333931") << false;
        QTest::newRow("89 only") << QStringLiteral("89") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("prefix of an invalid code") << QStringLiteral("893") << true;
        QTest::newRow("fullwidth") << QStringLiteral("８９３４５６３１３８１６５") << false;
    }
    void hasVietnamPrefix()
    {
        QFETCH(QString, code);
        QFETCH(bool, vietnamese);
        QCOMPARE(Ean13::hasVietnamPrefix(code), vietnamese);
    }
};

QTEST_GUILESS_MAIN(TestEan13)
#include "tst_ean13.moc"
