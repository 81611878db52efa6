#include <platform/JsonRules.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ChoPhien;

namespace {

QList<FieldError> check(const JsonRule& rule, const QByteArray& json)
{
    QList<FieldError> errors;
    rule.check(QJsonDocument::fromJson(json).object(), QString(), errors);
    return errors;
}

QStringList describe(const QList<FieldError>& errors)
{
    QStringList out;
    for (const FieldError& e : errors)
        out.append(e.field + u' ' + e.code);
    return out;
}

const JsonRule& rule()
{
    static const JsonRule r = JsonRule::object({
        {QStringLiteral("name"), JsonRule::text(1, 5)},
        {QStringLiteral("count"), JsonRule::integer(-3, 3)},
        {QStringLiteral("ok"), JsonRule::boolean()},
        {QStringLiteral("kind"), JsonRule::oneOf({QStringLiteral("a"), QStringLiteral("b")})},
        {QStringLiteral("when"), JsonRule::date().orNull()},
        {QStringLiteral("inner"),
         JsonRule::object({{QStringLiteral("code"), JsonRule::text(0, 5, QStringLiteral("[0-9]*"))}})},
        {QStringLiteral("tags"), JsonRule::arrayOf(JsonRule::text(1, 3), 2, true)},
    });
    return r;
}

} // namespace

class TestJsonRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aValidObjectHasNoErrors()
    {
        QCOMPARE(describe(check(rule(), R"({"name":"Đặc","count":-3,"ok":false,"kind":"b","when":null,
                                           "inner":{"code":"123"},"tags":["x","yz"]})")),
                 QStringList());
    }

    void anOptionalMemberMayBeLeftOutButIsCheckedWhenGiven()
    {
        static const JsonRule r = JsonRule::object({
            {QStringLiteral("status"), JsonRule::oneOf({QStringLiteral("a"), QStringLiteral("b")})},
            {QStringLiteral("reason"), JsonRule::text(1, 5).optional()},
        });
        QCOMPARE(describe(check(r, R"({"status":"a"})")), QStringList());
        QCOMPARE(describe(check(r, R"({"status":"a","reason":"ok"})")), QStringList());
        QCOMPARE(describe(check(r, R"({"status":"a","reason":""})")),
                 QStringList{QStringLiteral("reason too_short")});
        QCOMPARE(describe(check(r, R"({"status":"a","reason":null})")),
                 QStringList{QStringLiteral("reason wrong_type")});
        QCOMPARE(describe(check(r, R"({"reason":"ok"})")), QStringList{QStringLiteral("status required")});
    }

    void eachFieldSaysWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QByteArray rest = R"("ok":true,"kind":"a","when":"2026-02-28","inner":{"code":""},"tags":[])";
        QTest::newRow("missing") << QByteArray(R"({"count":1,)" + rest + "}")
                                 << QStringList{QStringLiteral("name required")};
        QTest::newRow("wrong type") << QByteArray(R"({"name":5,"count":"1",)" + rest + "}")
                                    << QStringList{QStringLiteral("name wrong_type"),
                                                   QStringLiteral("count wrong_type")};
        QTest::newRow("not whole") << QByteArray(R"({"name":"a","count":1.5,)" + rest + "}")
                                   << QStringList{QStringLiteral("count wrong_type")};
        QTest::newRow("too big") << QByteArray(R"({"name":"a","count":4,)" + rest + "}")
                                 << QStringList{QStringLiteral("count too_large")};
        QTest::newRow("beyond int64") << QByteArray(R"({"name":"a","count":1e300,)" + rest + "}")
                                      << QStringList{QStringLiteral("count too_large")};
        QTest::newRow("empty text") << QByteArray(R"({"name":"","count":0,)" + rest + "}")
                                    << QStringList{QStringLiteral("name too_short")};
        // Five code points, one of them outside the BMP: still five.
        QTest::newRow("code points") << QByteArray("{\"name\":\"ab\xF0\x9F\x8D\xAF"
                                                   "cd\",\"count\":0," +
                                                   rest + "}")
                                     << QStringList();
        QTest::newRow("too long") << QByteArray(R"({"name":"abcdef","count":0,)" + rest + "}")
                                  << QStringList{QStringLiteral("name too_long")};
        // "Đặc" decomposed (D + combining marks) is not NFC.
        QTest::newRow("not NFC") << QByteArray("{\"name\":\"a\xCC\x80\",\"count\":0," + rest + "}")
                                 << QStringList{QStringLiteral("name not_nfc")};
        QTest::newRow("enum")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":true,"kind":"c","when":null,"inner":{"code":""},"tags":[]})")
            << QStringList{QStringLiteral("kind not_allowed")};
        QTest::newRow("date")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":true,"kind":"a","when":"2026-02-30","inner":{"code":""},"tags":[]})")
            << QStringList{QStringLiteral("when invalid_format")};
        QTest::newRow("nested")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":true,"kind":"a","when":null,"inner":{"code":"x","y":1},"tags":[]})")
            << QStringList{QStringLiteral("inner.y unknown_field"),
                           QStringLiteral("inner.code invalid_format")};
        QTest::newRow("list")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":1,"kind":"a","when":null,"inner":{"code":""},"tags":["x","x"]})")
            << QStringList{QStringLiteral("ok wrong_type"), QStringLiteral("tags[1] duplicate")};
        QTest::newRow("list too long")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":true,"kind":"a","when":null,"inner":{"code":""},"tags":["x","y","z"]})")
            << QStringList{QStringLiteral("tags too_long")};
        QTest::newRow("item")
            << QByteArray(
                   R"({"name":"a","count":0,"ok":true,"kind":"a","when":null,"inner":{"code":""},"tags":["long"]})")
            << QStringList{QStringLiteral("tags[0] too_long")};
    }
    void eachFieldSaysWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QList<FieldError> errors = check(rule(), json);
        QCOMPARE(describe(errors), expected);
        for (const FieldError& e : errors) {
            QVERIFY(!e.message.vi.isEmpty());
            QVERIFY(!e.message.en.isEmpty());
        }
    }

    void unknownFieldsWinOverOtherErrors()
    {
        const QList<FieldError> errors = check(rule(), R"({"name":5,"extra":true})");
        const std::optional<Problem> problem = fieldProblem(errors);
        QVERIFY(problem);
        QCOMPARE(problem->code, ProblemCode::UnknownField);
        QCOMPARE(problem->errors.size(), 1);
        QCOMPARE(problem->errors.at(0).field, QStringLiteral("extra"));
    }

    void bodiesThatAreNotObjectsAreInvalidJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"name":)");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray(R"("x")");
        QTest::newRow("bad UTF-8") << QByteArray("{\"name\":\"\xC3\x28\"}");
    }
    void bodiesThatAreNotObjectsAreInvalidJson()
    {
        QFETCH(QByteArray, body);
        QJsonObject object;
        const std::optional<Problem> problem = readBody(body, rule(), object);
        QVERIFY(problem);
        QCOMPARE(problem->code, ProblemCode::InvalidJson);
        const QJsonObject json = QJsonDocument::fromJson(problem->toResponse().body).object();
        QCOMPARE(json.value(u"status").toInt(), 400);
        QVERIFY(json.value(u"detail").toString().contains(QStringLiteral("JSON")));
    }
};

QTEST_GUILESS_MAIN(TestJsonRules)
#include "tst_jsonrules.moc"
