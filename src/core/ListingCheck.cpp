#include "ListingCheck.h"

#include "VietnameseText.h"

namespace ChoPhien::ListingCheck {
namespace {

using Rule = ListingRules::Rule;

// Fills the {name} placeholders of both messages.
ListingReason reason(const QString& field, const QString& code, const ListingRules::Message& message,
                     const QList<std::pair<QString, QString>>& values = {})
{
    ListingReason out{field, code, message.vi, message.en};
    for (const auto& [name, value] : values) {
        const QString placeholder = u'{' + name + u'}';
        out.message.replace(placeholder, value);
        out.messageEn.replace(placeholder, value);
    }
    return out;
}

// The folded words of `text`, with a space before and after each: " than duoc ".
QString wordKey(const QString& text)
{
    QString key = VietnameseText::searchKey(text);
    for (QChar& c : key) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return u' ' + key.simplified() + u' ';
}

bool given(const ListingFacts& facts, const QString& field)
{
    return !facts.fields.value(field).trimmed().isEmpty();
}

QString sizeText(int value)
{
    return QString::number(value);
}

void checkRequired(const Rule& rule, const ListingFacts& facts, QList<ListingReason>& out)
{
    for (const QString& field : rule.anyOf) {
        if (given(facts, field))
            return;
    }
    out.append(reason(rule.field, rule.code, rule.message));
}

void checkTitle(const Rule& rule, const ListingFacts& facts, QList<ListingReason>& out)
{
    const QString title = facts.fields.value(rule.field).trimmed();
    // Code points, as the contract counts lengths.
    const qsizetype length = title.toUcs4().size();
    const QList<std::pair<QString, QString>> values = {{QStringLiteral("min"), sizeText(rule.min)},
                                                       {QStringLiteral("max"), sizeText(rule.max)}};
    if (length < rule.min)
        out.append(reason(rule.field, rule.shortCode, rule.shortMessage, values));
    else if (length > rule.max)
        out.append(reason(rule.field, rule.code, rule.message, values));
}

QString photoField(const Rule& rule, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(rule.field).arg(index);
}

void checkPhotos(const Rule& rule, const ListingFacts& facts, QList<ListingReason>& out)
{
    const QList<std::pair<QString, QString>> sizes = {
        {QStringLiteral("min_width"), sizeText(rule.minWidth)},
        {QStringLiteral("min_height"), sizeText(rule.minHeight)}};
    switch (rule.kind) {
    case ListingRules::Kind::PhotoCount:
        if (facts.photos.size() < rule.min)
            out.append(reason(rule.field, rule.code, rule.message,
                              {{QStringLiteral("min"), sizeText(rule.min)},
                               {QStringLiteral("count"), QString::number(facts.photos.size())}}));
        return;
    case ListingRules::Kind::PhotoType:
        for (qsizetype i = 0; i < facts.photos.size(); ++i) {
            if (!rule.allowed.contains(facts.photos.at(i).contentType))
                out.append(reason(photoField(rule, i), rule.code, rule.message));
        }
        return;
    case ListingRules::Kind::PhotoSize:
        for (qsizetype i = 0; i < facts.photos.size(); ++i) {
            const PhotoFacts& photo = facts.photos.at(i);
            if (photo.width < rule.minWidth || photo.height < rule.minHeight)
                out.append(reason(photoField(rule, i), rule.code, rule.message, sizes));
        }
        return;
    case ListingRules::Kind::MainPhotoSize:
        if (!facts.photos.isEmpty() &&
            (facts.photos.first().width < rule.minWidth || facts.photos.first().height < rule.minHeight))
            out.append(reason(photoField(rule, 0), rule.code, rule.message, sizes));
        return;
    default:
        return;
    }
}

void checkClaims(const Rule& rule, const ListingFacts& facts, QList<ListingReason>& out)
{
    for (const QString& field : rule.fields) {
        QString text = wordKey(facts.fields.value(field));
        for (const QString& allowed : rule.except) {
            const QString key = wordKey(allowed);
            if (key.size() > 2)
                text.replace(key, QStringLiteral(" | "));
        }
        for (const QString& phrase : rule.phrases) {
            const QString key = wordKey(phrase);
            if (key.size() > 2 && text.contains(key))
                out.append(reason(field, rule.code, rule.message, {{QStringLiteral("phrase"), phrase}}));
        }
    }
}

void checkOcop(const Rule& rule, const ListingFacts& facts, const QDate& today, QList<ListingReason>& out)
{
    const QString text = facts.fields.value(rule.field);
    const QDate decided = QDate::fromString(text, Qt::ISODate);
    // Valid through the day before the same date `months` later.
    if (decided.isValid() && today >= decided.addMonths(rule.months))
        out.append(reason(rule.field, rule.code, rule.message,
                          {{QStringLiteral("date"), decided.toString(QStringLiteral("dd/MM/yyyy"))},
                           {QStringLiteral("months"), QString::number(rule.months)}}));
}

} // namespace

bool containsPhrase(const QString& text, const QString& phrase)
{
    const QString key = wordKey(phrase);
    return key.size() > 2 && wordKey(text).contains(key);
}

QList<ListingReason> run(const ListingRules& rules, const ListingFacts& facts, const QDate& today)
{
    QList<ListingReason> out;
    const QString group = facts.group();
    for (const Rule& rule : rules.rules()) {
        if (!rule.appliesTo(group))
            continue;
        switch (rule.kind) {
        case ListingRules::Kind::Required:
            checkRequired(rule, facts, out);
            break;
        case ListingRules::Kind::TitleLength:
            checkTitle(rule, facts, out);
            break;
        case ListingRules::Kind::PhotoCount:
        case ListingRules::Kind::PhotoType:
        case ListingRules::Kind::PhotoSize:
        case ListingRules::Kind::MainPhotoSize:
            checkPhotos(rule, facts, out);
            break;
        case ListingRules::Kind::BannedClaim:
            checkClaims(rule, facts, out);
            break;
        case ListingRules::Kind::OcopValid:
            checkOcop(rule, facts, today, out);
            break;
        }
    }
    return out;
}

} // namespace ChoPhien::ListingCheck
