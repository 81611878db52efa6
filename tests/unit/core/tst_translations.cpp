#include <core/Translations.h>

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ChoPhien;

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vietnameseIsFirstAndDefault()
    {
        const QStringList codes = Translations::available();
        QVERIFY(codes.size() >= 2);
        QCOMPARE(codes.first(), QStringLiteral("vi"));
        QVERIFY(codes.contains(QStringLiteral("en")));
        QCOMPARE(Translations::defaultLanguage(), QStringLiteral("vi"));
    }

    void everyAvailableCatalogueIsCompiledIn()
    {
        for (const QString& code : Translations::available())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/chophien_%1.qm").arg(code)), qPrintable(code));
    }

    void applySwitchesAndSignals()
    {
        Translations translations;
        QSignalSpy spy(&translations, &Translations::languageChanged);
        QVERIFY(translations.current().isEmpty());

        QVERIFY(translations.apply(QStringLiteral("vi")));
        QCOMPARE(translations.current(), QStringLiteral("vi"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("vi"));

        // Applying the current language again changes nothing.
        QVERIFY(translations.apply(QStringLiteral("vi")));
        QCOMPARE(spy.size(), 0);

        QVERIFY(translations.apply(QStringLiteral("en")));
        QCOMPARE(translations.current(), QStringLiteral("en"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("en"));
    }

    void unknownCodeFallsBackToVietnamese()
    {
        Translations translations;
        QVERIFY(translations.apply(QStringLiteral("en")));
        QVERIFY(translations.apply(QStringLiteral("xx")));
        QCOMPARE(translations.current(), QStringLiteral("vi"));
        QVERIFY(translations.apply(QString()));
        QCOMPARE(translations.current(), QStringLiteral("vi"));
    }

    void vietnameseTranslatesKnownStrings()
    {
        // A message every build has: StorageError's text for a busy workspace.
        const char* context = "StorageError"; // Q_DECLARE_TR_FUNCTIONS(StorageError)
        const char* source =
            "The workspace is busy with another task. Nothing was lost; try again in a moment.";
        Translations translations;
        QVERIFY(translations.apply(QStringLiteral("en")));
        const QString english = QCoreApplication::translate(context, source);
        QVERIFY(translations.apply(QStringLiteral("vi")));
        const QString vietnamese = QCoreApplication::translate(context, source);
        if (vietnamese == QString::fromUtf8(source))
            QSKIP("the Vietnamese catalogue has no entry for this message yet");
        QVERIFY(vietnamese != english);
        QVERIFY(!vietnamese.isEmpty());
    }

    void destroyingRemovesTheTranslator()
    {
        const char* context = "StorageError"; // Q_DECLARE_TR_FUNCTIONS(StorageError)
        const char* source =
            "The workspace is busy with another task. Nothing was lost; try again in a moment.";
        {
            Translations translations;
            QVERIFY(translations.apply(QStringLiteral("vi")));
        }
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8(source));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
