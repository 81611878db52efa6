#include <storage/StorageError.h>

#include <QSet>
#include <QTest>

using namespace ChoPhien;

Q_DECLARE_METATYPE(ChoPhien::StorageError::Kind)

namespace {
QSqlError sqliteError(const QString& nativeCode, const QString& text = QStringLiteral("some error"))
{
    return QSqlError(text, QString(), QSqlError::StatementError, nativeCode);
}

const QList<StorageError::Kind> kAllFailures = {
    StorageError::Kind::FolderMissing,    StorageError::Kind::NotAWorkspace,
    StorageError::Kind::AlreadyWorkspace, StorageError::Kind::NotWritable,
    StorageError::Kind::DiskFull,         StorageError::Kind::Locked,
    StorageError::Kind::NotADatabase,     StorageError::Kind::Damaged,
    StorageError::Kind::NewerVersion,     StorageError::Kind::Busy,
    StorageError::Kind::Failed,
};
} // namespace

class TestStorageError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNoError()
    {
        const StorageError none;
        QVERIFY(!none);
        QCOMPARE(none.kind(), StorageError::Kind::None);
        QCOMPARE(none.code(), QStringLiteral("ok"));
        QVERIFY(none.message().isEmpty());
        QVERIFY(!StorageError::fromSql(QSqlError()));
    }

    void fromSql_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("text");
        QTest::addColumn<StorageError::Kind>("kind");
        QTest::newRow("busy") << QStringLiteral("5") << QStringLiteral("database is locked")
                              << StorageError::Kind::Busy;
        QTest::newRow("busy snapshot (extended)")
            << QStringLiteral("517") << QString() << StorageError::Kind::Busy;
        QTest::newRow("locked") << QStringLiteral("6") << QString() << StorageError::Kind::Busy;
        QTest::newRow("read-only") << QStringLiteral("8") << QString() << StorageError::Kind::NotWritable;
        QTest::newRow("read-only db moved (extended)")
            << QStringLiteral("1032") << QString() << StorageError::Kind::NotWritable;
        QTest::newRow("corrupt") << QStringLiteral("11") << QString() << StorageError::Kind::Damaged;
        QTest::newRow("corrupt index (extended)")
            << QStringLiteral("779") << QString() << StorageError::Kind::Damaged;
        QTest::newRow("full") << QStringLiteral("13") << QString() << StorageError::Kind::DiskFull;
        QTest::newRow("shm cannot grow")
            << QStringLiteral("4874") << QStringLiteral("disk I/O error") << StorageError::Kind::DiskFull;
        QTest::newRow("other I/O error")
            << QStringLiteral("266") << QStringLiteral("disk I/O error") << StorageError::Kind::Failed;
        QTest::newRow("not a database")
            << QStringLiteral("26") << QString() << StorageError::Kind::NotADatabase;
        QTest::newRow("constraint") << QStringLiteral("2067") << QStringLiteral("UNIQUE constraint failed")
                                    << StorageError::Kind::Failed;
        QTest::newRow("no code, no space")
            << QString() << QStringLiteral("write failed: No space left on device")
            << StorageError::Kind::DiskFull;
        QTest::newRow("no code, read-only")
            << QString() << QStringLiteral("attempt to write a readonly database")
            << StorageError::Kind::NotWritable;
        QTest::newRow("no code, other")
            << QString() << QStringLiteral("Driver not loaded") << StorageError::Kind::Failed;
    }
    void fromSql()
    {
        QFETCH(QString, native);
        QFETCH(QString, text);
        QFETCH(StorageError::Kind, kind);
        const StorageError error =
            StorageError::fromSql(sqliteError(native, text.isEmpty() ? QStringLiteral("x") : text),
                                  QStringLiteral("/data/ws/workspace.db"));
        QCOMPARE(error.kind(), kind);
        QVERIFY(error);
        QCOMPARE(error.path(), QStringLiteral("/data/ws/workspace.db"));
        QVERIFY(!error.detail().isEmpty());
    }

    void codesAreDistinctMachineNames()
    {
        QSet<QString> codes;
        for (StorageError::Kind kind : kAllFailures) {
            const QString code = StorageError(kind, {}).code();
            QVERIFY2(!code.isEmpty() && code != u"ok", qPrintable(code));
            QVERIFY2(code == code.toLower() && !code.contains(u' '), qPrintable(code));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), kAllFailures.size());
        QCOMPARE(StorageError(StorageError::Kind::DiskFull, {}).code(), QStringLiteral("disk_full"));
        QCOMPARE(StorageError(StorageError::Kind::Locked, {}).code(), QStringLiteral("locked"));
    }

    void refusalsCarryTheirRuleAndSentence()
    {
        const StorageError error =
            StorageError::refused(QStringLiteral("not_enough_stock"), QStringLiteral("Chỉ còn 2 chai."));
        QVERIFY(error);
        QCOMPARE(error.kind(), StorageError::Kind::Refused);
        QCOMPARE(error.code(), QStringLiteral("not_enough_stock"));
        QCOMPARE(error.message(), QStringLiteral("Chỉ còn 2 chai."));
        QCOMPARE(StorageError(StorageError::Kind::Refused, {}).code(), QStringLiteral("refused"));
    }

    void everyFailureHasAMessageNamingWhatItConcerns()
    {
        const QString path = QStringLiteral("/data/Hợp tác xã/workspace.db");
        const QString detail = QStringLiteral("chophien, PID 4242, may-ban-hang");
        for (StorageError::Kind kind : kAllFailures) {
            const StorageError error(kind, detail, path);
            const QString message = error.message();
            QVERIFY2(!message.isEmpty(), qPrintable(error.code()));
            QVERIFY2(!message.contains(u'\n'), qPrintable(message)); // the CLI prints it on one line
            QVERIFY2(!message.contains(u"%1"), qPrintable(message));
            if (kind == StorageError::Kind::Locked || kind == StorageError::Kind::NewerVersion ||
                kind == StorageError::Kind::Failed)
                QVERIFY2(message.contains(detail), qPrintable(message));
            else if (kind != StorageError::Kind::Busy)
                QVERIFY2(message.contains(path), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageError)
#include "tst_storageerror.moc"
