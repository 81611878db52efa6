#include "ProductUndo.h"

#include "WorkspaceSession.h"

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
                                                 : ProductStore::unarchive(tx, e.productId);
        if (!archived || !ProductStore::update(tx, *e.before))
            return false;
    }
    return true;
}

std::optional<QString> ProductUndo::undo(WorkspaceSession& session, QString* error)
{
    const auto workspace = session.workspace();
    if (!canUndo() || !workspace)
        return std::nullopt;
    const bool created = undoesCreation();
    const QString id = productId();
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
