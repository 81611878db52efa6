#pragma once

#include <core/Product.h>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// Undo for the last save of a product: remembers the record as it was before, and writes it back.
// Undoing the save of a new product archives it (records are never deleted; the history keeps it).
class ProductUndo final {
public:
    // `before` is the stored record before the save, nothing when the save created it.
    void remember(const std::optional<Product>& before, const QString& productId);
    void forget();

    bool canUndo() const { return !m_productId.isEmpty(); }
    QString productId() const { return m_productId; }
    bool undoesCreation() const { return canUndo() && !m_before; }

    // Writes the previous version back (or archives a created product) in `tx`; forget() once it committed.
    bool undo(WriteTransaction& tx);

private:
    std::optional<Product> m_before;
    QString m_productId;
};

} // namespace ChoPhien
