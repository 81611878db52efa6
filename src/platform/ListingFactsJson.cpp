#include "ListingFactsJson.h"

#include <QJsonArray>

namespace ChoPhien::ListingFactsJson {
namespace {

// The text of one value as the tables see it (empty: not given); objects are flattened into `out`.
QString flatten(const QString& name, const QJsonValue& value, QHash<QString, QString>& out)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        text = value.toDouble() > 0 ? QString::number(value.toInteger()) : QString();
    } else if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isString())
                items.append(item.toString());
        }
        text = items.join(QStringLiteral(", "));
    } else if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString part = flatten(name + u'.' + it.key(), it.value(), out);
            if (!part.isEmpty())
                parts.append(part);
        }
        text = parts.join(u' ');
    }
    if (!text.isEmpty())
        out.insert(name, text);
    return text;
}

void flattenAll(const QString& prefix, const QJsonObject& object, QHash<QString, QString>& out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        flatten(prefix + it.key(), it.value(), out);
}

} // namespace

ListingFacts make(const QJsonObject& product, const QJsonObject& seller, const QList<PhotoFacts>& photos)
{
    ListingFacts facts;
    flattenAll(QString(), product, facts.fields);
    flattenAll(QStringLiteral("seller."), seller, facts.fields);
    facts.photos = photos;
    return facts;
}

} // namespace ChoPhien::ListingFactsJson
