#pragma once

#include "Money.h"
#include "Product.h"
#include "ProductSummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

// A lot the demo receives for a product: what the goods receipt would say.
struct DemoLot {
    QString code;
    MilliQuantity quantity = 0;
    QDate harvestedOn; // farm produce
    QDate producedOn;  // processed goods
    QDate expiresOn;   // none: does not expire
    QString supplier;  // the member household
};

// One demo product: a complete catalogue record (id left empty) and the stock story the demo
// writes for it: lots received, a sale at the market, a low-stock threshold, a hold for a buyer.
struct DemoProduct {
    Product product;
    QList<DemoLot> lots;
    MilliQuantity sold = 0;      // sold at the market after receiving (never from expired lots)
    MilliQuantity threshold = 0; // low-stock threshold; 0: none
    MilliQuantity held = 0;      // an open hold of this much; 0: none
    QString heldFor;

    MilliQuantity received() const;
    MilliQuantity onHand() const { return received() - sold; }
    // What can still be sold on `today`: lots not yet expired, less what was sold.
    MilliQuantity sellable(const QDate& today) const;
};

// The demo workspace's content, from resources/demo/catalogue.json (a seed list of real-sounding OCOP
// goods with category, product group, province, net quantity and shelf life; member households; pack
// variants). Any number of products can be drawn from it (benchmarks use 100,000).
//
// product(index, seed, today) is a pure function: each product draws from its own QRandomGenerator
// seeded with (seed, index), so the same seed, index and day always give the same product, in any
// order, and a different seed gives a different mix (which seed product comes at which index, prices,
// barcodes, origin communes, OCOP dates, lots, sales, thresholds, holds). Dates are relative to
// `today`, so a demo always has lots expiring within 30 days and a few already expired. Names and SKUs
// never repeat: past the seed list a name gets a pack variant, then its producer household.
class DemoCatalogue final {
public:
    static constexpr quint32 kDefaultSeed = 2025;

    static std::optional<DemoCatalogue> load(QString* error = nullptr);
    static std::optional<DemoCatalogue> fromJson(const QByteArray& json, QString* error = nullptr);

    QString cooperative() const { return m_cooperative; }
    QStringList clerkNames() const { return m_clerks; }
    qsizetype seedCount() const { return m_seeds.size(); }
    DemoProduct product(qint64 index, quint32 seed, const QDate& today) const;

private:
    struct Seed {
        QString name;
        QString sku;
        QString unit;
        Dong price = 0;
        int stars = 0;
        MilliQuantity stock = 0;
        QString category;
        QString group;
        QString provinceCode;
        MilliQuantity net = 0;
        QString netUnit;
        int shelfLifeDays = 0;
        QStringList tags;
        QString about;
    };
    QString nameAndProducer(const Seed& seed, qint64 round, qsizetype* producer) const;

    QString m_cooperative;
    QStringList m_clerks;
    QStringList m_variants;
    QStringList m_producers;
    QStringList m_holdReferences;
    QList<Seed> m_seeds;
};

} // namespace ChoPhien
