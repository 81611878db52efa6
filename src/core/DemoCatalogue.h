#pragma once

#include "Money.h"
#include "ProductSummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

struct DemoProduct {
    QString name;
    QString sku;
    QString unit;
    QString producer; // the member household that supplies it
    Dong price = 0;
    int ocopStars = 0;
    MilliQuantity initialStock = 0;
};

// The demo workspace's content, from resources/demo/catalogue.json. Any number of products can be
// drawn from it (benchmarks use 100,000): past the seed list, names get a variant and a lot number.
// product(i) is deterministic, so two demo workspaces of the same size hold the same products.
class DemoCatalogue final {
public:
    static std::optional<DemoCatalogue> load(QString* error = nullptr);
    static std::optional<DemoCatalogue> fromJson(const QByteArray& json, QString* error = nullptr);

    QString cooperative() const { return m_cooperative; }
    QStringList clerkNames() const { return m_clerks; }
    qsizetype seedCount() const { return m_seeds.size(); }
    DemoProduct product(qint64 index) const;

private:
    QString m_cooperative;
    QStringList m_clerks;
    QStringList m_variants;
    QStringList m_producers;
    QList<DemoProduct> m_seeds;
};

} // namespace ChoPhien
