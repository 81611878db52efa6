#pragma once

#include "Accounts.h"
#include "ChangesFeed.h"
#include "ProductRecords.h"
#include "StockAdjustments.h"
#include "UploadFiles.h"

#include <core/ListingCheck.h>

#include <QHash>
#include <QList>

namespace ChoPhien {

class DemoCatalogue;

// A username and password printed for people to log in with (demo sellers, trainees).
struct Credential {
    QString username;
    QString password;
    QString name; // who it is, when there is more to say than the username
};

// `--seed-demo` (ADR 0016): a few cooperatives and a household with a complete legal identity,
// fixed usernames and passwords, and products from the demo catalogue (resources/demo, the same
// goods as the workstation's demo) already approved on the platform channel and in stock, so
// the buyer simulator has something to order at once. Each has made-up photos, and only
// catalogue products the listing rules approve (with that photo) are taken: a demo listing
// published again is approved again. Running it again on the same data changes
// nothing: sellers, products and their first stock are found by fixed names and ids.
class DemoSellers final {
    Q_DISABLE_COPY_MOVE(DemoSellers)

public:
    DemoSellers(PlatformStore& store, Accounts& accounts, ProductRecords& products, StockAdjustments& ledger,
                ChangesFeed& changes, UploadFiles& files, const ListingRules& rules);

    // The demo sellers' credentials, or an empty list with `error`.
    QList<Credential> seed(const QDateTime& now, QString* error);

private:
    struct Seller;
    bool seedSeller(const Seller& seller, const DemoCatalogue& catalogue, int first, const QDateTime& now,
                    QString* error);
    // Saves the product's made-up photos (files and rows) inside the open transaction.
    bool addPhotos(const ProductRow& row, const QString& at);
    // The blob (its sha256) of the made-up photo for `key`, written on first use; empty on failure.
    QString photoFile(const QString& key);

    PlatformStore& m_store;
    Accounts& m_accounts;
    ProductRecords& m_products;
    StockAdjustments& m_ledger;
    ChangesFeed& m_changes;
    UploadFiles& m_files;
    const ListingRules& m_rules;
    QHash<QString, QString> m_photoFiles; // photo key → sha256 of its blob
};

} // namespace ChoPhien
