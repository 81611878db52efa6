#include "ProductUndo.h"

#include <storage/ProductStore.h>
#include <storage/WriteTransaction.h>

namespace ChoPhien {

void ProductUndo::remember(const std::optional<Product>& before, const QString& productId)
{
    m_entries = {{before, productId}};
}

void ProductUndo::rememberAlso(const std::optional<Product>& before, const QString& productId)
{
    m_entries.append({before, productId});
}

void ProductUndo::forget()
{
    m_entries.clear();
}

bool ProductUndo::undo(WriteTransaction& tx)
{
    if (!canUndo())
        return false;
    // Records the save created go first: a variant brought back may need the options they took.
    for (const Entry& e : m_entries) {
        if (!e.before && !ProductStore::archive(tx, e.productId))
            return false;
    }
    for (const Entry& e : m_entries) {
        if (!e.before)
            continue;
        const bool archived = e.before->archived ? ProductStore::archive(tx, e.productId)
                                                 : ProductStore::restore(tx, e.productId);
        if (!archived || !ProductStore::update(tx, *e.before))
            return false;
    }
    return true;
}

} // namespace ChoPhien
