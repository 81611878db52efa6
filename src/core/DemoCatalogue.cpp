#include "DemoCatalogue.h"

#include "AdminUnits.h"
#include "Ean13.h"
#include "ProductGroup.h"
#include "VietnameseText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace ChoPhien {
namespace {

QStringList normalizedList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue v : value.toArray())
        list.append(VietnameseText::normalized(v.toString()));
    return list;
}

// Whole units of `milli`, rounded down (demo stock past the seed list is counted in whole units).
MilliQuantity wholeUnits(MilliQuantity milli)
{
    return milli / kMilliPerUnit * kMilliPerUnit;
}

// A plausible Vietnamese mobile number of household `n`: the same household keeps its number.
QString phoneOf(qsizetype n)
{
    static const char* const prefixes[] = {"091", "094", "097", "098", "086",
                                           "096", "035", "038", "088", "083"};
    const qint64 rest = (qint64(n) * 7919 + 1'234'567) % 10'000'000;
    return QString::fromLatin1(prefixes[n % 10]) + QStringLiteral("%1").arg(rest, 7, 10, QLatin1Char('0'));
}

// Which commune codes each province has, read once (AdminUnits::communesOf scans every commune).
const QStringList& communeCodes(const QString& provinceCode)
{
    static const QHash<QString, QStringList> byProvince = [] {
        QHash<QString, QStringList> map;
        for (const AdminUnit& province : AdminUnits::instance().provinces()) {
            QStringList codes;
            for (const AdminUnit& commune : AdminUnits::instance().communesOf(province.code))
                codes.append(commune.code);
            map.insert(province.code, codes);
        }
        return map;
    }();
    static const QStringList none;
    const auto it = byProvince.constFind(provinceCode);
    return it == byProvince.cend() ? none : *it;
}

int between(QRandomGenerator& rng, int lowest, int highest) // both included
{
    return lowest + int(rng.bounded(quint32(highest - lowest + 1)));
}

} // namespace

MilliQuantity DemoProduct::received() const
{
    MilliQuantity sum = 0;
    for (const DemoLot& lot : lots)
        sum += lot.quantity;
    return sum;
}

MilliQuantity DemoProduct::sellable(const QDate& today) const
{
    MilliQuantity sum = -sold;
    for (const DemoLot& lot : lots) {
        if (!lot.expiresOn.isValid() || lot.expiresOn >= today)
            sum += lot.quantity;
    }
    return sum;
}

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
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    DemoCatalogue catalogue;
    catalogue.m_cooperative = VietnameseText::normalized(root.value(u"cooperative").toString());
    catalogue.m_clerks = normalizedList(root.value(u"clerks"));
    catalogue.m_variants = normalizedList(root.value(u"variants"));
    catalogue.m_producers = normalizedList(root.value(u"producers"));
    catalogue.m_holdReferences = normalizedList(root.value(u"hold_references"));
    if (catalogue.m_variants.isEmpty() || !catalogue.m_variants.constFirst().isEmpty())
        catalogue.m_variants.prepend(QString()); // the plain product comes first
    if (catalogue.m_producers.isEmpty())
        catalogue.m_producers.append(catalogue.m_cooperative);
    if (catalogue.m_holdReferences.isEmpty())
        catalogue.m_holdReferences.append(QStringLiteral("khách quen"));
    for (const QJsonValue v : root.value(u"products").toArray()) {
        const QJsonObject o = v.toObject();
        Seed s;
        s.name = VietnameseText::normalized(o.value(u"name").toString());
        s.sku = o.value(u"sku").toString().trimmed();
        s.unit = VietnameseText::normalized(o.value(u"unit").toString());
        s.price = Dong(o.value(u"price").toInteger());
        s.stars = o.value(u"stars").toInt();
        // Stock is written in whole units with at most three decimals; keep it exact.
        s.stock = MilliQuantity(std::llround(o.value(u"stock").toDouble() * double(kMilliPerUnit)));
        s.category = VietnameseText::normalized(o.value(u"category").toString());
        s.group = o.value(u"group").toString();
        s.provinceCode = o.value(u"province").toString();
        s.net = MilliQuantity(std::llround(o.value(u"net").toDouble() * double(kMilliPerUnit)));
        s.netUnit = o.value(u"net_unit").toString();
        s.shelfLifeDays = o.value(u"shelf_days").toInt();
        s.tags = normalizedList(o.value(u"tags"));
        s.about = VietnameseText::normalized(o.value(u"about").toString());
        if (s.name.isEmpty() || s.sku.isEmpty() || s.unit.isEmpty() || s.price < 1000 || s.stock < 0)
            return fail(
                QStringLiteral("demo product without name, SKU, unit or a price of at least 1.000 ₫"));
        if ((s.stars != 0 && (s.stars < 3 || s.stars > 5)) ||
            (!s.group.isEmpty() && !ProductGroup::isKnown(s.group)))
            return fail(QStringLiteral("demo product %1: OCOP stars or product group not valid").arg(s.sku));
        if (!s.provinceCode.isEmpty() && communeCodes(s.provinceCode).isEmpty())
            return fail(QStringLiteral("demo product %1: no 2025 province %2").arg(s.sku, s.provinceCode));
        catalogue.m_seeds.append(s);
    }
    if (catalogue.m_seeds.isEmpty())
        return fail(QStringLiteral("demo catalogue has no products"));
    return catalogue;
}

// Round 0 is the seed list itself; then every pack variant; then each variant again from each
// producer household by name ("… – hộp quà (Hộ Lò Văn Páo)"), then numbered designs ("…, mẫu 2").
QString DemoCatalogue::nameAndProducer(const Seed& seed, qint64 round, qsizetype* producer) const
{
    const qint64 variants = m_variants.size();
    const qint64 producers = m_producers.size();
    QString name = seed.name;
    const QString& variant = m_variants.at(qsizetype(round % variants));
    if (!variant.isEmpty())
        name += u" – " + variant;
    const qint64 k = round / variants;
    if (k == 0)
        return name;
    *producer = qsizetype((k - 1) % producers);
    name += u" (" + m_producers.at(*producer);
    if (const qint64 design = (k - 1) / producers; design > 0)
        name += u", mẫu " + QString::number(design + 1);
    return name + u')';
}

DemoProduct DemoCatalogue::product(qint64 index, quint32 seed, const QDate& today) const
{
    const qint64 seedCount = m_seeds.size();
    const qint64 round = index / seedCount;
    const quint32 seedBuffer[] = {seed, quint32(index), quint32(quint64(index) >> 32)};
    QRandomGenerator rng(seedBuffer);
    // The seed list keeps its order; later rounds start at a place of their own, which differs by seed.
    const qint64 shift =
        round == 0 ? 0 : qint64((quint64(seed) * 2654435761u + quint64(round) * 40503u) % quint64(seedCount));
    const qint64 baseIndex = (index % seedCount + shift) % seedCount;
    const Seed& s = m_seeds.at(qsizetype(baseIndex));
    const qint64 slot = (index + seed) % 20; // spreads the stock stories evenly over any size

    DemoProduct demo;
    Product& p = demo.product;
    qsizetype producer = qsizetype(rng.bounded(quint32(m_producers.size())));
    p.name = nameAndProducer(s, round, &producer);
    p.sku = round == 0 ? s.sku : s.sku + u'-' + QString::number(round);
    p.category = s.category;
    p.group = s.group;
    p.unit = s.unit;
    p.netQuantity = s.net;
    p.netQuantityUnit = s.net > 0 ? s.netUnit : QString();
    p.producer = m_producers.at(producer);
    p.producerPhone = phoneOf(producer);
    p.originProvinceCode = s.provinceCode;
    if (const QStringList& communes = communeCodes(s.provinceCode); !communes.isEmpty())
        p.originCommuneCode = communes.at(qsizetype(rng.bounded(quint32(communes.size()))));
    // Past the seed list: ±20 % around the seed price, in whole thousands of đồng, the way shops price.
    p.price = s.price;
    if (round > 0)
        p.price = qMax<Dong>(1000, (s.price + s.price * between(rng, -4, 4) / 20) / 1000 * 1000);
    if (rng.bounded(100) < 12) {
        const Dong sale = p.price * between(rng, 80, 94) / 100 / 1000 * 1000;
        if (sale > 0 && sale < p.price)
            p.salePrice = sale;
    }
    if (s.stars > 0) {
        p.ocop.stars = s.stars;
        p.ocop.certificate = QStringLiteral("%1/QĐ-UBND").arg(between(rng, 120, 3980));
        p.ocop.decidedOn = today.addDays(-between(rng, 30, 1150)); // some are due for renewal, a few lapsed
    }
    if (rng.bounded(100) < 60) // GS1 Vietnam codes: a company prefix per seed product, an item per round
        p.barcode = Ean13::suggest(QString::number(4000 + baseIndex), round);
    const bool farmProduce = s.category.startsWith(u"Nông sản");
    if (farmProduce && rng.bounded(100) < 25)
        p.certifications.append(
            {QStringLiteral("vietgap"),
             QStringLiteral("VietGAP-TT-%1-%2").arg(s.provinceCode).arg(between(rng, 100, 9999)),
             QStringLiteral("Trung tâm Chứng nhận Phù hợp"), today.addDays(between(rng, 60, 900))});
    p.shelfLifeDays = s.shelfLifeDays;
    if (s.shelfLifeDays > 0)
        p.storage = s.shelfLifeDays <= 30
                        ? QStringLiteral("Bảo quản mát, từ 8 đến 12 °C.")
                        : QStringLiteral("Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng.");
    p.tags = s.tags;
    if (s.stars > 0)
        p.tags.append(QStringLiteral("OCOP %1 sao").arg(s.stars));
    p.description = s.about;

    // Lots: one to three deliveries, the first from the product's own household.
    const MilliQuantity total = round == 0 ? s.stock : wholeUnits(s.stock * between(rng, 1, 5) / 3);
    const int lotCount = total >= 3 * kMilliPerUnit ? between(rng, 1, 3) : 1;
    MilliQuantity left = total;
    for (int j = 0; j < lotCount && left > 0; ++j) {
        DemoLot lot;
        lot.quantity = j + 1 == lotCount ? left : qMax(kMilliPerUnit, wholeUnits(total / lotCount));
        left -= lot.quantity;
        QDate made;
        if (s.shelfLifeDays <= 0) {
            made = today.addDays(-between(rng, 10, 200));
        } else {
            if (j == 0 && (slot == 5 || slot == 15))
                lot.expiresOn = today.addDays(between(rng, 1, qMin(30, s.shelfLifeDays))); // "expiring soon"
            else if (j == 0 && slot == 7)
                lot.expiresOn = today.addDays(-between(rng, 1, 20)); // and a few already expired
            else
                lot.expiresOn = today.addDays(s.shelfLifeDays > 60 ? between(rng, 31, s.shelfLifeDays)
                                                                   : between(rng, 1, s.shelfLifeDays));
            made = lot.expiresOn.addDays(-s.shelfLifeDays);
        }
        (farmProduce ? lot.harvestedOn : lot.producedOn) = made;
        lot.code = QStringLiteral("LÔ-%1-%2").arg(made.toString(QStringLiteral("yyMMdd"))).arg(j + 1);
        lot.supplier =
            j == 0 ? p.producer : m_producers.at(qsizetype(rng.bounded(quint32(m_producers.size()))));
        demo.lots.append(lot);
    }

    // Stock stories, by slot: sales at the market, thresholds (one low, one not), a hold for a buyer.
    if (slot == 9 || slot == 11 || slot == 19)
        demo.sold = wholeUnits(demo.sellable(today) / 4);
    if (slot == 3)
        demo.threshold = wholeUnits(demo.onHand()) + kMilliPerUnit;
    else if (slot == 13)
        demo.threshold = qMax(kMilliPerUnit, wholeUnits(demo.onHand() / 2));
    if (slot == 1) {
        demo.held = wholeUnits(demo.sellable(today) / 3);
        demo.heldFor = m_holdReferences.at(qsizetype(rng.bounded(quint32(m_holdReferences.size()))));
    }
    return demo;
}

} // namespace ChoPhien
