#include "StockFixture.h"

#include "TempWorkspace.h"

#include <core/Ids.h>
#include <storage/ProductRepository.h>

namespace ChoPhien::Test {

StockFixture::StockFixture(TempWorkspace& temp, const Clock& clock)
    : m_temp(temp)
    , m_clock(clock)
{}

QSqlDatabase StockFixture::database() const
{
    return m_temp.workspace().database();
}

Actor StockFixture::actor() const
{
    return m_temp.actor();
}

QString StockFixture::addProduct(const QString& name, const QString& sku, const QString& unit)
{
    ProductSummary p;
    p.id = Ids::newId();
    p.name = name;
    p.sku = sku;
    p.unit = unit;
    p.price = 50000;
    return write([&](WriteTransaction& tx) { return ProductRepository::insert(tx, p); }) ? p.id : QString();
}

QString StockFixture::receive(const QString& productId, MilliQuantity quantity, const QString& lotCode,
                              const QDate& expires)
{
    LotDetails details;
    details.code = lotCode;
    details.expiresOn = expires;
    Lot lot;
    const bool ok = write([&](WriteTransaction& tx) {
        return StockLedger::receive(tx, productId, quantity, details, nullptr, &lot);
    });
    return ok ? lot.id : QString();
}

} // namespace ChoPhien::Test
