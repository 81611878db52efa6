#pragma once

#include <core/Clock.h>
#include <core/ProductSummary.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>

namespace ChoPhien::Test {

class TempWorkspace;

// Products and stock for the tests of the Stock page's parts, written through the real repositories.
class StockFixture final {
public:
    StockFixture(TempWorkspace& temp, const Clock& clock);

    // Adds a product; returns its id (empty on failure).
    QString addProduct(const QString& name, const QString& sku, const QString& unit = QStringLiteral("kg"));
    // Receives into a new lot; returns the lot's id (empty on failure).
    QString receive(const QString& productId, MilliQuantity quantity, const QString& lotCode = {},
                    const QDate& expires = {});

    // Runs one write in its own transaction; `error` receives the refusal or failure, if any.
    template <typename Write> bool write(Write&& w, StorageError* error = nullptr)
    {
        WriteTransaction tx(database(), actor(), m_clock);
        const bool ok = w(tx) && tx.commit();
        if (error)
            *error = tx.error();
        return ok;
    }

private:
    QSqlDatabase database() const;
    Actor actor() const;

    TempWorkspace& m_temp;
    const Clock& m_clock;
};

} // namespace ChoPhien::Test
