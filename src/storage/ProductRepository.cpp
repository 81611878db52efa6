#include "ProductRepository.h"

#include "ProductList.h"
#include "ProductSearchIndex.h"
#include "ProductSummaryRow.h"
#include "WriteTransaction.h"

#include <core/SearchQuery.h>
#include <core/VietnameseText.h>

#include <QSet>
#include <QSqlQuery>

namespace ChoPhien {
namespace {

// The products of `filter` for which `where` holds (in `from products p`), `limit` at most and
// skipping `seen`, appended to `results`.
void appendRows(QSqlDatabase& db, const ProductFilter& filter, ProductList::Rows which, const QString& where,
                QVariantList values, const QString& orderBy, int limit, QList<ProductSummary>& results,
                QSet<QString>& seen)
{
    QVariantList filterValues;
    const QString condition = ProductList::condition(filter, &filterValues, which);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(ProductSummaryRow::columns() + u" FROM products p WHERE " + condition + u" AND " + where +
                 u" ORDER BY " + orderBy + u" LIMIT ?");
    for (const QVariant& v : std::as_const(filterValues))
        rows.addBindValue(v);
    for (const QVariant& v : std::as_const(values))
        rows.addBindValue(v);
    rows.addBindValue(limit + int(seen.size()));
    if (!rows.exec())
        return;
    while (rows.next() && results.size() < limit) {
        ProductSummary p = ProductSummaryRow::read(rows);
        if (!seen.contains(p.id)) {
            seen.insert(p.id);
            results.append(std::move(p));
        }
    }
}

// Adds the products whose index entry matches `match` and, when `initial` is given, whose name has a
// word starting with it.
void appendMatches(QSqlDatabase& db, const ProductFilter& filter, const QString& match,
                   const QString& initial, int limit, QList<ProductSummary>& results, QSet<QString>& seen)
{
    constexpr int kCandidates = 400;
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(
        QStringLiteral("SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT ?"));
    candidates.addBindValue(match);
    candidates.addBindValue(kCandidates);
    if (!candidates.exec())
        return;
    QList<qint64> rowIds;
    while (candidates.next())
        rowIds.append(candidates.value(0).toLongLong());
    if (rowIds.isEmpty())
        return;
    auto inList = [](const auto& ids) { // integers: safe to inline
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        return list.join(u',');
    };
    // A variant's match shows its parent, once. Which matches are variants is read from the variants'
    // index alone, so each match's row is read once, below.
    QSet<qint64> shown(rowIds.cbegin(), rowIds.cend());
    QSqlQuery parents(db);
    parents.setForwardOnly(true);
    if (parents.exec(u"SELECT v.rowid, parent.rowid FROM products v INDEXED BY products_parent JOIN products "
                     u"parent ON parent.id = v.parent_id WHERE v.parent_id IS NOT NULL AND v.rowid IN (" +
                     inList(rowIds) + u')')) {
        while (parents.next()) {
            shown.remove(parents.value(0).toLongLong());
            shown.insert(parents.value(1).toLongLong());
        }
    }
    QString where = u"p.rowid IN (" + inList(shown) + u')';
    QVariantList values;
    if (!initial.isEmpty()) {
        where += QStringLiteral(" AND (' ' || p.name_search) LIKE ?");
        values << QString(u"% " + initial + u'%');
    }
    appendRows(db, filter, ProductList::Rows::TopLevel, where, values, QStringLiteral("p.name_sort"), limit,
               results, seen);
}

} // namespace

bool ProductRepository::insert(WriteTransaction& tx, const ProductSummary& product,
                               const QString& description, const QString& tags)
{
    const QString name = VietnameseText::normalized(product.name);
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral("INSERT INTO products (id, name, name_search, name_sort, sku, barcode, "
                             "producer, tags, unit, price_dong, "
                             "ocop_stars, description, created_at, created_by, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const ProductSearchIndex::Document document{name,
                                                VietnameseText::normalized(product.sku),
                                                VietnameseText::normalized(product.barcode),
                                                VietnameseText::normalized(product.producer),
                                                VietnameseText::normalized(tags),
                                                VietnameseText::normalized(description)};
    q.addBindValue(product.id);
    q.addBindValue(name);
    q.addBindValue(VietnameseText::searchKey(name));
    q.addBindValue(VietnameseText::sortKey(name));
    q.addBindValue(document.sku);
    q.addBindValue(document.barcode);
    q.addBindValue(document.producer);
    q.addBindValue(document.tags);
    q.addBindValue(VietnameseText::normalized(product.unit));
    q.addBindValue(product.price);
    q.addBindValue(product.ocopStars);
    q.addBindValue(document.description);
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    q.addBindValue(tx.now());
    q.addBindValue(tx.actor().clerkId);
    if (!q.exec())
        return tx.fail(q.lastError());
    QSqlError error;
    if (!ProductSearchIndex::write(tx.database(), q.lastInsertId().toLongLong(), document, &error))
        return tx.fail(error);
    return true;
}

qint64 ProductRepository::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(
            QStringLiteral("SELECT count(*) FROM products WHERE deleted_at IS NULL AND parent_id IS NULL")) &&
        q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool ProductRepository::hasProducts(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM products WHERE deleted_at IS NULL AND "
                                 "parent_id IS NULL)")) &&
           q.next() && q.value(0).toBool();
}

ProductFilter ProductRepository::everything()
{
    ProductFilter filter;
    filter.status = ProductFilter::Status::All;
    return filter;
}

QList<ProductSummary> ProductRepository::search(QSqlDatabase db, const SearchQuery& query, int limit,
                                                const ProductFilter& filter)
{
    QList<ProductSummary> results;
    if (limit <= 0 || (query.isEmpty() && query.exactText().isEmpty()))
        return results;
    QSet<QString> seen;

    // 1. A whole SKU or barcode (a scanner types the code then Enter) comes first.
    //    That is the variant row itself when the code is a variant's.
    appendRows(db, filter, ProductList::Rows::VariantsToo,
               QStringLiteral("(upper(p.sku) = upper(?) OR (p.barcode <> '' AND p.barcode = ?))"),
               {query.exactText(), query.exactText()}, QStringLiteral("p.name_sort"), limit, results, seen);
    if (query.isEmpty() || results.size() >= limit)
        return results;

    // 2. One or two letters typed match too much to rank by relevance quickly: show the names that
    //    start with them, in order, straight from an index.
    if (query.terms().size() == 1 && query.terms().constFirst().size() <= 2) {
        const QString prefix = query.terms().constFirst();
        QString upper = prefix;
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        appendRows(db, filter, ProductList::Rows::TopLevel,
                   QStringLiteral("p.name_search >= ? AND p.name_search < ?"), {prefix, upper},
                   QStringLiteral("p.name_search"), limit, results, seen);
        return results;
    }

    // 3. Full-text prefix matches: names first, then the other fields. Ranking every match of a broad
    //    prefix costs far more than a keystroke may, so at most kCandidates matches are taken from the
    //    index (cheap, in index order) and put in Vietnamese name order; a longer query narrows them.
    //    A last word of one letter (the next word just begun) would match a large share of the index
    //    as a prefix: the index is asked without it, and the candidates keep the names with a word
    //    starting with it.
    const QStringList words = query.terms();
    const bool begun = words.size() > 1 && words.constLast().size() == 1;
    const QString terms = query.ftsExpression(begun ? words.size() - 1 : words.size());
    const QString initial = begun ? words.constLast() : QString();
    appendMatches(db, filter, QStringLiteral("{name} : (") + terms + u')', initial, limit, results, seen);
    if (results.size() < limit)
        appendMatches(db, filter, terms, initial, limit, results, seen);
    return results;
}

std::optional<ProductSummary> ProductRepository::find(QSqlDatabase db, const QString& skuOrId)
{
    const QString text = skuOrId.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QSqlQuery byId(db);
    byId.prepare(ProductSummaryRow::columns() +
                 QStringLiteral(" FROM products p WHERE p.id = ? AND p.deleted_at IS NULL"));
    byId.addBindValue(text);
    if (byId.exec() && byId.next())
        return ProductSummaryRow::read(byId);
    QSqlQuery bySku(db);
    bySku.prepare(ProductSummaryRow::columns() +
                  QStringLiteral(" FROM products p WHERE upper(p.sku) = upper(?) AND "
                                 "p.deleted_at IS NULL ORDER BY p.sku = ? DESC, p.id LIMIT 1"));
    bySku.addBindValue(text);
    bySku.addBindValue(text);
    if (bySku.exec() && bySku.next())
        return ProductSummaryRow::read(bySku);
    return std::nullopt;
}

} // namespace ChoPhien
