// The sandbox's fault spec grammar (FaultSpec in docs/platform-api.yaml) and the seeded draws.
#include <platform/FaultInjector.h>
#include <platform/FaultSpec.h>

#include <QJsonArray>
#include <QTest>

using namespace ChoPhien;

class TestFaultSpec final : public QObject {
    Q_OBJECT

private:
    // The draws of `count` requests as a string of kind masks, e.g. "L.E.LE".
    static QString draws(FaultInjector& injector, int count)
    {
        QString out;
        for (int i = 0; i < count; ++i) {
            const FaultInjector::Draw d = injector.draw();
            for (int k = 0; k < kFaultKindCount; ++k)
                out += d.has(FaultKind(k)) ? QChar(u'a' + k) : QChar(u'-');
            out += u'|';
        }
        return out;
    }

private Q_SLOTS:
    void canonicalForm_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("defaults filled in, seed last")
            << QStringLiteral("latency=0.3,error5xx=0.1,throttle=0.05")
            << QStringLiteral("latency=0.3:100,error5xx=0.1:503,throttle=0.05:1,seed=0");
        QTest::newRow("kinds sorted, seed from anywhere")
            << QStringLiteral("seed=42,epoch_reset=0.001,truncate=0.05,drop_after_write=0.1,latency=1:200")
            << QStringLiteral("latency=1:200,drop_after_write=0.1,truncate=0.05,epoch_reset=0.001,seed=42");
        QTest::newRow("probability written short") << QStringLiteral("truncate=0.50,error5xx=1.0:500")
                                                   << QStringLiteral("error5xx=1:500,truncate=0.5,seed=0");
        QTest::newRow("tiny probability in fixed point")
            << QStringLiteral("epoch_reset=0.00001") << QStringLiteral("epoch_reset=0.00001,seed=0");
        QTest::newRow("seed alone") << QStringLiteral("seed=7") << QStringLiteral("seed=7");
        QTest::newRow("zero latency, largest seed") << QStringLiteral("latency=0:0,seed=9223372036854775807")
                                                    << QStringLiteral("latency=0:0,seed=9223372036854775807");
    }
    void canonicalForm()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        const std::optional<FaultSpec> parsed = FaultSpec::parse(spec);
        QVERIFY(parsed);
        QCOMPARE(parsed->canonical(), canonical);
        // The canonical form reads back as itself.
        QCOMPARE(FaultSpec::parse(canonical)->canonical(), canonical);
    }

    void jsonHasEveryFaultWithItsParameter()
    {
        const QJsonObject json =
            FaultSpec::parse(QStringLiteral("truncate=0.25,latency=0.5:20,seed=3"))->toJson();
        QCOMPARE(json.value(u"spec").toString(), QStringLiteral("latency=0.5:20,truncate=0.25,seed=3"));
        QCOMPARE(json.value(u"seed").toInteger(), 3);
        const QJsonArray faults = json.value(u"faults").toArray();
        QCOMPARE(faults.size(), 2);
        QCOMPARE(faults.at(0).toObject().value(u"kind").toString(), QStringLiteral("latency"));
        QCOMPARE(faults.at(0).toObject().value(u"probability").toDouble(), 0.5);
        QCOMPARE(faults.at(0).toObject().value(u"parameter").toInteger(), 20);
        QCOMPARE(faults.at(1).toObject().value(u"kind").toString(), QStringLiteral("truncate"));
        QVERIFY(faults.at(1).toObject().value(u"parameter").isNull());
        const QJsonObject off = FaultSpec::parse(QString())->toJson();
        QCOMPARE(off.value(u"spec").toString(), QString());
        QVERIFY(off.value(u"faults").toArray().isEmpty());
    }

    void invalidSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("said"); // a word the English message must contain
        QTest::newRow("unknown kind") << QStringLiteral("lag=0.1") << QStringLiteral("Unknown fault kind");
        QTest::newRow("kind twice") << QStringLiteral("latency=0.1,latency=0.2")
                                    << QStringLiteral("only once");
        QTest::newRow("seed twice") << QStringLiteral("seed=1,seed=2") << QStringLiteral("only once");
        QTest::newRow("probability above 1")
            << QStringLiteral("truncate=1.5") << QStringLiteral("probability");
        QTest::newRow("negative probability")
            << QStringLiteral("truncate=-0.1") << QStringLiteral("probability");
        QTest::newRow("exponent") << QStringLiteral("truncate=1e-1") << QStringLiteral("probability");
        QTest::newRow("no probability") << QStringLiteral("truncate=") << QStringLiteral("probability");
        QTest::newRow("no value") << QStringLiteral("truncate") << QStringLiteral("kind=probability");
        QTest::newRow("empty item") << QStringLiteral("truncate=0.1,,latency=0.1")
                                    << QStringLiteral("kind=probability");
        QTest::newRow("trailing comma")
            << QStringLiteral("truncate=0.1,") << QStringLiteral("kind=probability");
        QTest::newRow("spaces") << QStringLiteral("truncate = 0.1") << QStringLiteral("Unknown fault kind");
        QTest::newRow("parameter not taken")
            << QStringLiteral("drop_after_write=0.1:5") << QStringLiteral("takes no parameter");
        QTest::newRow("error5xx other status")
            << QStringLiteral("error5xx=0.1:502") << QStringLiteral("500, 503");
        QTest::newRow("latency too long") << QStringLiteral("latency=0.1:60001") << QStringLiteral("0–60000");
        QTest::newRow("throttle zero") << QStringLiteral("throttle=0.1:0") << QStringLiteral("1–3600");
        QTest::newRow("parameter not a number")
            << QStringLiteral("latency=0.1:ms") << QStringLiteral("whole number");
        QTest::newRow("negative seed") << QStringLiteral("seed=-1") << QStringLiteral("non-negative");
        QTest::newRow("seed too large")
            << QStringLiteral("seed=9223372036854775808") << QStringLiteral("non-negative");
    }
    void invalidSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, said);
        Words error;
        QVERIFY(!FaultSpec::parse(spec, &error));
        QVERIFY2(error.en.contains(said), qPrintable(error.en));
        QVERIFY(!error.vi.isEmpty());
    }

    void theSameSeedDrawsTheSameFaults()
    {
        const FaultSpec spec =
            *FaultSpec::parse(QStringLiteral("latency=0.5,error5xx=0.3,truncate=0.2,seed=42"));
        FaultInjector first(spec);
        FaultInjector second(spec);
        const QString drawn = draws(first, 200);
        QCOMPARE(draws(second, 200), drawn);
        // Setting the spec again restarts the generator.
        first.setSpec(spec);
        QCOMPARE(draws(first, 200), drawn);
        // The probabilities show: about half the requests are delayed, not all or none.
        const qsizetype delayed = drawn.count(u'a');
        QVERIFY2(delayed > 70 && delayed < 130, qPrintable(QString::number(delayed)));
        // Another seed draws another sequence.
        FaultInjector other(
            *FaultSpec::parse(QStringLiteral("latency=0.5,error5xx=0.3,truncate=0.2,seed=43")));
        QVERIFY(draws(other, 200) != drawn);
    }

    void probabilityOneAlwaysAndZeroNever()
    {
        FaultInjector injector(*FaultSpec::parse(QStringLiteral("latency=1,error5xx=0,drop_after_write=1")));
        for (int i = 0; i < 500; ++i) {
            const FaultInjector::Draw d = injector.draw();
            QVERIFY(d.has(FaultKind::Latency));
            QVERIFY(d.has(FaultKind::DropAfterWrite));
            QVERIFY(!d.has(FaultKind::Error5xx));
            QVERIFY(!d.has(FaultKind::Truncate));
        }
    }

    void refusalsCarryRetryAfter()
    {
        FaultInjector injector(*FaultSpec::parse(QStringLiteral("error5xx=1:500,throttle=1:7")));
        QCOMPARE(injector.refusal(FaultKind::Error5xx).status, 500);
        QCOMPARE(injector.refusal(FaultKind::Error5xx).header("Retry-After"), QByteArray("1"));
        QCOMPARE(injector.refusal(FaultKind::Throttle).status, 429);
        QCOMPARE(injector.refusal(FaultKind::Throttle).header("Retry-After"), QByteArray("7"));
        injector.setSpec(*FaultSpec::parse(QStringLiteral("error5xx=1")));
        QCOMPARE(injector.refusal(FaultKind::Error5xx).status, 503);
    }
};

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
