#include "ProductUndo.h"

#include "WorkspaceSession.h"

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

std::optional<QString> ProductUndo::undo(WorkspaceSession& session, QString* error)
{
    const auto workspace = session.workspace();
    if (!canUndo() || !workspace)
        return std::nullopt;
    const bool created = undoesCreation();
    const QString id = m_productId;
    WriteTransaction tx(workspace->database(), session.actor(), workspace->clock());
    if (!(tx.isActive() && undo(tx) && tx.commit())) {
        *error = tx.error().message();
        return std::nullopt;
    }
    forget();
    session.notifyChanged();
    const std::optional<Product> restored = ProductStore::get(workspace->database(), id);
    const QString name = restored ? restored->name : QString();
    return created ? tr("Undone: “%1” is no longer in the product list.").arg(name)
                   : tr("Undone: “%1” is back as it was before.").arg(name);
}

} // namespace ChoPhien
