#pragma once

#include <core/PriceChange.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// One change made to many products at once (the product list's bulk edit, `product bulk-edit`).
struct BulkChange {
    std::optional<PriceChange> price; // applied to the price and to the sale price
    std::optional<QString> category;  // the new category path; empty: no category
    std::optional<bool> archived;

    bool isEmpty() const { return !price && !category && !archived; }
};

struct BulkOutcome {
    struct Skipped {
        QString id;
        QString name;
        QString reason; // a sentence in the UI language
    };
    int changed = 0;
    int unchanged = 0; // already so
    QList<Skipped> skipped;
};

// Applies a BulkChange product by product through ProductStore, so each changed product is audited
// with the fields that changed, as if edited one at a time. A product the change would make invalid
// (a price too large) is skipped with the reason, the others still change. All in the caller's
// transaction: nothing is written unless it commits.
class ProductBulkEdit final {
    Q_DECLARE_TR_FUNCTIONS(ProductBulkEdit)

public:
    // False when the transaction failed (then see its error); skipped products do not fail it.
    static bool apply(WriteTransaction& tx, const QStringList& productIds, const BulkChange& change,
                      BulkOutcome* outcome);
};

} // namespace ChoPhien
