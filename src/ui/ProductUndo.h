#pragma once

#include <core/Product.h>

#include <QCoreApplication>

#include <optional>

namespace ChoPhien {

class WorkspaceSession;
class WriteTransaction;

// Undo for the last save of a product: remembers the record as it was before, and writes it back.
// Undoing the save of a new product archives it (records are never deleted; the history keeps it).
class ProductUndo final {
    Q_DECLARE_TR_FUNCTIONS(ProductUndo)

public:
    // `before` is the stored record before the save, nothing when the save created it.
    void remember(const std::optional<Product>& before, const QString& productId);
    void forget();

    bool canUndo() const { return !m_productId.isEmpty(); }
    QString productId() const { return m_productId; }
    bool undoesCreation() const { return canUndo() && !m_before; }

    // Writes the previous version back (or archives a created product) in `tx`; forget() once it committed.
    bool undo(WriteTransaction& tx);
    // The whole undo in the session's workspace, under the clerk on duty: on success forgets, tells the
    // pages and returns the sentence to show ("Undone: …"); on failure returns nothing with the reason
    // in `error`.
    std::optional<QString> undo(WorkspaceSession& session, QString* error);

private:
    std::optional<Product> m_before;
    QString m_productId;
};

} // namespace ChoPhien
