#include "ProductBulkEdit.h"

#include "ProductStore.h"
#include "WriteTransaction.h"

#include <core/CategoryPath.h>
#include <core/Product.h>

namespace ChoPhien {
namespace {

// The validator's problems as "field: message" lines, to tell problems the change makes from old ones.
QStringList problemsOf(const Product& product)
{
    QStringList lines;
    for (const ProductProblem& problem : ProductValidator::check(product))
        lines.append(problem.field + u": " + problem.message);
    return lines;
}

} // namespace

bool ProductBulkEdit::apply(WriteTransaction& tx, const QStringList& productIds, const BulkChange& change,
                            BulkOutcome* outcome)
{
    *outcome = {};
    for (const QString& id : productIds) {
        std::optional<Product> product = ProductStore::get(tx.database(), id);
        if (!product) {
            outcome->skipped.append({id, QString(), tr("This product no longer exists.")});
            continue;
        }
        const QString name = product->name;
        auto skip = [&](const QString& reason) { outcome->skipped.append({id, name, reason}); };

        Product changed = *product;
        if (change.price) {
            const auto price = change.price->apply(product->price);
            const auto sale = product->salePrice ? change.price->apply(*product->salePrice) : std::nullopt;
            if (!price || (product->salePrice && !sale)) {
                skip(tr("The new price would be too large."));
                continue;
            }
            changed.price = *price;
            if (product->salePrice)
                changed.salePrice = sale;
        }
        if (change.category)
            changed.category = CategoryPath::normalized(*change.category);

        const QStringList before = problemsOf(*product);
        QStringList introduced;
        for (const QString& problem : problemsOf(changed)) {
            if (!before.contains(problem))
                introduced.append(problem.section(QStringLiteral(": "), 1));
        }
        if (!introduced.isEmpty()) {
            skip(introduced.join(u' '));
            continue;
        }

        QStringList fields;
        if (!ProductStore::update(tx, changed, &fields))
            return false;
        bool archiveChanged = false;
        if (change.archived && *change.archived != product->archived) {
            if (!ProductStore::setArchived(tx, id, *change.archived))
                return false;
            archiveChanged = true;
        }
        if (fields.isEmpty() && !archiveChanged)
            ++outcome->unchanged;
        else
            ++outcome->changed;
    }
    return true;
}

} // namespace ChoPhien
