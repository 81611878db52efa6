#include <core/Clerk.h>
#include <core/Ids.h>

#include <QTest>

using namespace ChoPhien;

class TestClerk final : public QObject {
    Q_OBJECT

private:
    const QDateTime m_at = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);

private Q_SLOTS:
    void wellFormedPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("empty (no PIN)") << QString() << true;
        QTest::newRow("empty string") << QStringLiteral("") << true;
        QTest::newRow("four digits") << QStringLiteral("1234") << true;
        QTest::newRow("leading zeros") << QStringLiteral("0007") << true;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("five digits") << QStringLiteral("12345") << false;
        QTest::newRow("letter") << QStringLiteral("12a4") << false;
        QTest::newRow("space") << QStringLiteral("12 4") << false;
        QTest::newRow("padded") << QStringLiteral(" 1234") << false;
        QTest::newRow("fullwidth digits") << QStringLiteral("１２３４") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
        QTest::newRow("superscript digits") << QStringLiteral("\u00b9\u00b2\u00b3\u2074") << false;
        QTest::newRow("sign") << QStringLiteral("-123") << false;
    }
    void wellFormedPin()
    {
        QFETCH(QString, pin);
        QFETCH(bool, wellFormed);
        QCOMPARE(Clerk::isWellFormedPin(pin), wellFormed);
    }

    void createWithPinAcceptsOnlyThatPin()
    {
        const Clerk clerk = Clerk::create(QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("2468"), m_at);
        QVERIFY(clerk.hasPin());
        QVERIFY(clerk.acceptsPin(QStringLiteral("2468")));
        QVERIFY(!clerk.acceptsPin(QStringLiteral("2469")));
        QVERIFY(!clerk.acceptsPin(QStringLiteral("8642")));
        QVERIFY(!clerk.acceptsPin(QString()));
        QVERIFY(!clerk.acceptsPin(QStringLiteral("2468 ")));
        // The PIN itself is not kept anywhere in the profile.
        QVERIFY(!clerk.pinHash.contains("2468"));
        QVERIFY(!clerk.pinSalt.isEmpty());
    }

    void createWithoutPinAcceptsAnything()
    {
        const Clerk clerk = Clerk::create(QStringLiteral("Trần Văn Minh"), QString(), m_at);
        QVERIFY(!clerk.hasPin());
        QVERIFY(clerk.pinHash.isEmpty());
        QVERIFY(clerk.pinSalt.isEmpty());
        QVERIFY(clerk.acceptsPin(QString()));
        QVERIFY(clerk.acceptsPin(QStringLiteral("0000")));
    }

    void saltDiffersBetweenClerksWithTheSamePin()
    {
        const Clerk a = Clerk::create(QStringLiteral("A"), QStringLiteral("1234"), m_at);
        const Clerk b = Clerk::create(QStringLiteral("B"), QStringLiteral("1234"), m_at);
        QVERIFY(a.pinSalt != b.pinSalt);
        QVERIFY(a.pinHash != b.pinHash);
        QVERIFY(a.acceptsPin(QStringLiteral("1234")));
        QVERIFY(b.acceptsPin(QStringLiteral("1234")));
        // The salt is 16 random bytes, kept as hex.
        QCOMPARE(a.pinSalt.size(), 32);
        QVERIFY(!QByteArray::fromHex(a.pinSalt).isEmpty());
        QCOMPARE(QByteArray::fromHex(a.pinSalt).toHex(), a.pinSalt);
    }

    void hashPinIsDeterministicForASalt()
    {
        const QByteArray salt = "00112233445566778899aabbccddeeff";
        const QByteArray hash = Clerk::hashPin(QStringLiteral("1234"), salt);
        QCOMPARE(Clerk::hashPin(QStringLiteral("1234"), salt), hash);
        QVERIFY(Clerk::hashPin(QStringLiteral("1235"), salt) != hash);
        QVERIFY(Clerk::hashPin(QStringLiteral("1234"), "00112233445566778899aabbccddeefe") != hash);
        QCOMPARE(hash.size(), 64); // SHA-256 as hex
        // A stored profile (salt + hash read back) still checks the PIN.
        Clerk stored;
        stored.pinSalt = salt;
        stored.pinHash = hash;
        QVERIFY(stored.acceptsPin(QStringLiteral("1234")));
        QVERIFY(!stored.acceptsPin(QStringLiteral("4321")));
    }

    void nameIsNfcNormalisedAndTrimmed()
    {
        const QString decomposed = QStringLiteral("  Nguye\u0302\u0303n Thi\u0323 Hoa\t");
        const Clerk clerk = Clerk::create(decomposed, QString(), m_at);
        QCOMPARE(clerk.name, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(clerk.name, clerk.name.normalized(QString::NormalizationForm_C));
        QVERIFY(clerk.name != decomposed.trimmed());
    }

    void idsAreUniqueUuidsAndTimeIsKept()
    {
        const Clerk a = Clerk::create(QStringLiteral("A"), QString(), m_at);
        const Clerk b = Clerk::create(QStringLiteral("A"), QString(), m_at);
        QVERIFY(Ids::isValid(a.id));
        QVERIFY(Ids::isValid(b.id));
        QVERIFY(a.id != b.id);
        QCOMPARE(a.createdAt, m_at);
    }
};

QTEST_GUILESS_MAIN(TestClerk)
#include "tst_clerk.moc"
