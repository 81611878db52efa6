#include "DemoCatalogue.h"

#include "VietnameseText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ChoPhien {

std::optional<DemoCatalogue> DemoCatalogue::load(QString* error)
{
    QFile file(QStringLiteral(":/demo/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("demo catalogue resource missing");
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<DemoCatalogue> DemoCatalogue::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    DemoCatalogue catalogue;
    catalogue.m_cooperative = VietnameseText::normalized(root.value(u"cooperative").toString());
    for (const QJsonValue v : root.value(u"clerks").toArray())
        catalogue.m_clerks.append(VietnameseText::normalized(v.toString()));
    for (const QJsonValue v : root.value(u"variants").toArray())
        catalogue.m_variants.append(VietnameseText::normalized(v.toString()));
    for (const QJsonValue v : root.value(u"producers").toArray())
        catalogue.m_producers.append(VietnameseText::normalized(v.toString()));
    if (catalogue.m_variants.isEmpty())
        catalogue.m_variants.append(QString());
    for (const QJsonValue v : root.value(u"products").toArray()) {
        const QJsonObject o = v.toObject();
        DemoProduct p;
        p.name = VietnameseText::normalized(o.value(u"name").toString());
        p.sku = o.value(u"sku").toString();
        p.unit = VietnameseText::normalized(o.value(u"unit").toString());
        p.price = Dong(o.value(u"price").toInteger());
        p.ocopStars = o.value(u"stars").toInt();
        // Stock is written in whole units with at most three decimals; keep it exact.
        p.initialStock = MilliQuantity(std::llround(o.value(u"stock").toDouble() * double(kMilliPerUnit)));
        if (p.name.isEmpty() || p.sku.isEmpty() || p.price < 0) {
            if (error)
                *error = QStringLiteral("demo product without name, SKU or valid price");
            return std::nullopt;
        }
        catalogue.m_seeds.append(p);
    }
    if (catalogue.m_seeds.isEmpty()) {
        if (error)
            *error = QStringLiteral("demo catalogue has no products");
        return std::nullopt;
    }
    return catalogue;
}

DemoProduct DemoCatalogue::product(qint64 index) const
{
    const qint64 seedCount = m_seeds.size();
    DemoProduct p = m_seeds.at(qsizetype(index % seedCount));
    if (!m_producers.isEmpty())
        p.producer = m_producers.at(qsizetype((index * 7 + index / seedCount) % m_producers.size()));
    const qint64 round = index / seedCount;
    if (round == 0)
        return p;
    const qsizetype variantCount = m_variants.size();
    const QString& variant = m_variants.at(qsizetype(round % variantCount));
    const qint64 lot = round / variantCount;
    if (!variant.isEmpty())
        p.name += u" – " + variant;
    if (lot > 0)
        p.name += u" (lô " + QString::number(lot) + u')';
    p.sku += u'-' + QString::number(round);
    // Vary the price by up to ±20 % in whole thousands of đồng, the way shops price.
    const qint64 step = (round * 7) % 9 - 4;
    p.price = qMax<Dong>(1000, (p.price + p.price * step / 20) / 1000 * 1000);
    // Whole units past the seed list (a weighed seed like 1.500,5 kg keeps its exact amount).
    p.initialStock = p.initialStock * ((round % 5) + 1) / 3 / kMilliPerUnit * kMilliPerUnit;
    return p;
}

} // namespace ChoPhien
