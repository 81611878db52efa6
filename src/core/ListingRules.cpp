#include "ListingRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcRules, "chophien.core.listingrules")

const QHash<QString, ListingRules::Kind>& kinds()
{
    static const QHash<QString, ListingRules::Kind> all = {
        {QStringLiteral("required"), ListingRules::Kind::Required},
        {QStringLiteral("title_length"), ListingRules::Kind::TitleLength},
        {QStringLiteral("photo_count"), ListingRules::Kind::PhotoCount},
        {QStringLiteral("photo_type"), ListingRules::Kind::PhotoType},
        {QStringLiteral("photo_size"), ListingRules::Kind::PhotoSize},
        {QStringLiteral("main_photo_size"), ListingRules::Kind::MainPhotoSize},
        {QStringLiteral("banned_claim"), ListingRules::Kind::BannedClaim},
        {QStringLiteral("ocop_valid"), ListingRules::Kind::OcopValid},
    };
    return all;
}

QStringList texts(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

bool isCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(code).hasMatch();
}

// Reads one rule; an empty string when it is valid, else what is wrong.
QString readRule(const QJsonObject& json, ListingRules::Rule& rule)
{
    const auto found = kinds().constFind(json.value(u"kind").toString());
    if (found == kinds().constEnd())
        return QStringLiteral("unknown kind \"%1\"").arg(json.value(u"kind").toString());
    rule.kind = *found;
    rule.groups = texts(json.value(u"groups"));
    rule.field = json.value(u"field").toString();
    rule.anyOf = texts(json.value(u"any_of"));
    if (rule.anyOf.isEmpty())
        rule.anyOf = {rule.field};
    rule.fields = texts(json.value(u"fields"));
    rule.phrases = texts(json.value(u"phrases"));
    rule.except = texts(json.value(u"except"));
    rule.allowed = texts(json.value(u"allowed"));
    rule.min = json.value(u"min").toInt();
    rule.max = json.value(u"max").toInt();
    rule.minWidth = json.value(u"min_width").toInt();
    rule.minHeight = json.value(u"min_height").toInt();
    rule.months = json.value(u"months").toInt();
    rule.code = json.value(u"code").toString();
    rule.message = {json.value(u"message").toString(), json.value(u"message_en").toString()};
    rule.shortCode = json.value(u"code_short").toString();
    rule.shortMessage = {json.value(u"message_short").toString(), json.value(u"message_short_en").toString()};

    if (rule.groups.isEmpty())
        return QStringLiteral("no groups");
    if (!isCode(rule.code) || rule.message.vi.isEmpty() || rule.message.en.isEmpty())
        return QStringLiteral("a code and both messages are needed");
    const bool hasField = !rule.field.isEmpty();
    switch (rule.kind) {
    case ListingRules::Kind::Required:
        return hasField ? QString() : QStringLiteral("no field");
    case ListingRules::Kind::TitleLength:
        if (!isCode(rule.shortCode) || rule.shortMessage.vi.isEmpty() || rule.shortMessage.en.isEmpty())
            return QStringLiteral("code_short and both short messages are needed");
        return hasField && rule.min >= 0 && rule.max >= rule.min ? QString()
                                                                 : QStringLiteral("field, min ≤ max needed");
    case ListingRules::Kind::PhotoCount:
        return hasField && rule.min >= 1 ? QString() : QStringLiteral("field and min ≥ 1 needed");
    case ListingRules::Kind::PhotoType:
        return hasField && !rule.allowed.isEmpty() ? QString() : QStringLiteral("field and allowed needed");
    case ListingRules::Kind::PhotoSize:
    case ListingRules::Kind::MainPhotoSize:
        return hasField && rule.minWidth > 0 && rule.minHeight > 0
                   ? QString()
                   : QStringLiteral("field, min_width and min_height needed");
    case ListingRules::Kind::BannedClaim:
        return !rule.fields.isEmpty() && !rule.phrases.isEmpty()
                   ? QString()
                   : QStringLiteral("fields and phrases needed");
    case ListingRules::Kind::OcopValid:
        return hasField && rule.months > 0 ? QString() : QStringLiteral("field and months needed");
    }
    return QStringLiteral("unhandled kind");
}

} // namespace

bool ListingRules::Rule::appliesTo(const QString& group) const
{
    return groups.contains(QStringLiteral("*")) || (!group.isEmpty() && groups.contains(group));
}

std::optional<ListingRules> ListingRules::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(parse.errorString()));
    const QJsonObject root = document.object();
    if (root.value(u"format").toInt() != kFormat)
        return fail(QStringLiteral("format %1 is not %2").arg(root.value(u"format").toInt()).arg(kFormat));
    ListingRules rules;
    rules.m_version = root.value(u"version").toInt();
    if (rules.m_version < 1)
        return fail(QStringLiteral("no version"));
    const QJsonArray list = root.value(u"rules").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Rule rule;
        if (const QString why = readRule(list.at(i).toObject(), rule); !why.isEmpty())
            return fail(QStringLiteral("rule %1: %2").arg(i).arg(why));
        rules.m_rules.append(rule);
    }
    return rules;
}

const ListingRules& ListingRules::builtIn()
{
    static const ListingRules rules = [] {
        QFile file(QStringLiteral(":/rules/listing-rules.json"));
        QString error = QStringLiteral("cannot open");
        std::optional<ListingRules> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        if (!loaded) {
            // Compiled in and tested: this only happens in a broken build.
            qCCritical(lcRules) << "the built-in listing rules cannot be read:" << error;
            return ListingRules();
        }
        return *loaded;
    }();
    return rules;
}

} // namespace ChoPhien
