// The audit trail as the product history reads it: the lines about one record only, newest first,
// with the clerk's name, limited in number.
#include <storage/AuditTrail.h>
#include <storage/WriteTransaction.h>
#include <support/TempWorkspace.h>

#include <QTest>

using namespace ChoPhien;

class TestAuditTrail final : public QObject {
    Q_OBJECT

private:
    static bool write(Test::TempWorkspace& temp, const QString& action, const QString& entity,
                      const QString& id, const QString& detail = {})
    {
        WriteTransaction tx(temp.workspace().database(), temp.actor(), Clock::system());
        return tx.audit(action, entity, id, detail) && tx.commit();
    }

private Q_SLOTS:
    void forEntityKeepsToOneRecordNewestFirst()
    {
        Test::TempWorkspace temp;
        QVERIFY(temp.isValid());
        const QString honey = QStringLiteral("p-honey");
        const QString rice = QStringLiteral("p-rice");
        QVERIFY(write(temp, QStringLiteral("create"), QStringLiteral("product"), honey));
        QVERIFY(write(temp, QStringLiteral("create"), QStringLiteral("product"), rice));
        QVERIFY(write(temp, QStringLiteral("update"), QStringLiteral("product"), honey,
                      QStringLiteral("price_dong")));
        // Same id, another kind of record: not this product's history.
        QVERIFY(write(temp, QStringLiteral("update"), QStringLiteral("lot"), honey));
        QVERIFY(write(temp, QStringLiteral("archive"), QStringLiteral("product"), honey));

        const QSqlDatabase db = temp.workspace().database();
        const QList<AuditEntry> lines = AuditTrail::forEntity(db, QStringLiteral("product"), honey, 10);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].action, QStringLiteral("archive"));
        QCOMPARE(lines[1].action, QStringLiteral("update"));
        QCOMPARE(lines[1].detail, QStringLiteral("price_dong"));
        QCOMPARE(lines[2].action, QStringLiteral("create"));
        QVERIFY(lines[0].seq > lines[1].seq && lines[1].seq > lines[2].seq);
        for (const AuditEntry& line : lines) {
            QCOMPARE(line.entity, QStringLiteral("product"));
            QCOMPARE(line.entityId, honey);
            QCOMPARE(line.clerkId, temp.clerkId());
            QCOMPARE(line.clerkName, QStringLiteral("Người kiểm thử"));
            QVERIFY(!line.at.isEmpty());
        }

        const QList<AuditEntry> newest = AuditTrail::forEntity(db, QStringLiteral("product"), honey, 2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest[0].seq, lines[0].seq);
        QCOMPARE(AuditTrail::forEntity(db, QStringLiteral("product"), rice, 10).size(), 1);
        QVERIFY(AuditTrail::forEntity(db, QStringLiteral("product"), QStringLiteral("p-none"), 10).isEmpty());
        // recent() still sees every line.
        QCOMPARE(AuditTrail::recent(db, 100).first().seq, lines[0].seq);
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
