#include "ProductUndo.h"

#include <storage/ProductStore.h>
#include <storage/WriteTransaction.h>

namespace ChoPhien {

void ProductUndo::remember(const std::optional<Product>& before, const QString& productId)
{
    m_before = before;
    m_productId = productId;
}

void ProductUndo::forget()
{
    m_before.reset();
    m_productId.clear();
}

bool ProductUndo::undo(WriteTransaction& tx)
{
    if (!canUndo())
        return false;
    return m_before ? ProductStore::update(tx, *m_before) : ProductStore::archive(tx, m_productId);
}

} // namespace ChoPhien
