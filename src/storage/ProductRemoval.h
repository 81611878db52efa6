#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ChoPhien {

class WriteTransaction;

// Deleting a product typed by mistake. Only a product with no history beyond its own edits can go:
// once it has stock movements, lots or holds (later: orders), it is archived instead, so the ledger
// and what was promised to buyers stay readable. A deleted product keeps its row, marked deleted
// (the platform will need to hear of it), leaves every list and the search index, and frees its SKU.
class ProductRemoval final {
    Q_DECLARE_TR_FUNCTIONS(ProductRemoval)

public:
    // True when the product has stock movements, lots or holds.
    static bool hasHistory(QSqlDatabase db, const QString& productId);
    // Refused ("has_history", with the advice to archive) when it has; nothing written then.
    static bool remove(WriteTransaction& tx, const QString& productId);
};

} // namespace ChoPhien
