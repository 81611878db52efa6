#pragma once

#include <core/Product.h>

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ChoPhien {

class WorkspaceSession;
class WriteTransaction;

// Undo for the last save of a product: remembers the records as they were before (the product's and,
// when it has variants, each variant's that the save wrote), and writes them back. Undoing the save
// of a new record archives it (records are never deleted; the history keeps it).
class ProductUndo final {
    Q_DECLARE_TR_FUNCTIONS(ProductUndo)

public:
    // `before` is the stored record before the save, nothing when the save created it. remember()
    // starts over with the product; rememberAlso() adds a variant the same save wrote.
    void remember(const std::optional<Product>& before, const QString& productId);
    void rememberAlso(const std::optional<Product>& before, const QString& productId);
    void forget();

    bool canUndo() const { return !m_entries.isEmpty(); }
    QString productId() const { return canUndo() ? m_entries.constFirst().productId : QString(); }
    bool undoesCreation() const { return canUndo() && !m_entries.constFirst().before; }

    // Writes the previous versions back (or archives created records) in `tx`; forget() once it
    // committed.
    bool undo(WriteTransaction& tx);
    // The whole undo in the session's workspace, under the clerk on duty: on success forgets, tells the
    // pages and returns the sentence to show ("Undone: …"); on failure returns nothing with the reason
    // in `error`.
    std::optional<QString> undo(WorkspaceSession& session, QString* error);

private:
    struct Entry {
        std::optional<Product> before;
        QString productId;
    };
    QList<Entry> m_entries; // the product first, then its variants
};

} // namespace ChoPhien
