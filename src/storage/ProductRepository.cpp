#include "ProductRepository.h"

#include "ProductSearchIndex.h"
#include "WriteTransaction.h"

#include <core/SearchQuery.h>
#include <core/VietnameseText.h>

#include <QSet>
#include <QSqlQuery>

namespace ChoPhien {
namespace {

// What every product list reads; readSummary() follows this order. A parent's stock is its variants'.
const QString kSummaryColumns = QStringLiteral(
    "SELECT p.id, p.name, p.sku, p.barcode, p.producer, p.unit, p.price_dong, p.ocop_stars, "
    "(SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.product_id = p.id) + "
    "(SELECT COALESCE(SUM(m.delta_milli), 0) FROM products v JOIN stock_movements m ON m.product_id = v.id "
    "WHERE v.parent_id = p.id), p.name_sort");
// Lists show a product with variants once, as its parent (ADR 0006); with deleted_at IS NULL this is
// the condition of the partial index products_top_by_name.
const QString kTopLevel = QStringLiteral(" p.deleted_at IS NULL AND p.parent_id IS NULL ");
constexpr int kSortKeyColumn = 9;

ProductSummary readSummary(const QSqlQuery& q)
{
    ProductSummary p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.barcode = q.value(3).toString();
    p.producer = q.value(4).toString();
    p.unit = q.value(5).toString();
    p.price = q.value(6).toLongLong();
    p.ocopStars = q.value(7).toInt();
    p.onHand = q.value(8).toLongLong();
    return p;
}

// Adds to `results` (up to `limit`) the products whose index entry matches `match`, skipping `seen`.
void appendMatches(QSqlDatabase& db, const QString& match, int limit, QList<ProductSummary>& results,
                   QSet<QString>& seen)
{
    constexpr int kCandidates = 2000;
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(
        QStringLiteral("SELECT rowid FROM product_search WHERE product_search MATCH ? LIMIT ?"));
    candidates.addBindValue(match);
    candidates.addBindValue(kCandidates);
    if (!candidates.exec())
        return;
    QStringList rowIds;
    while (candidates.next())
        rowIds.append(QString::number(candidates.value(0).toLongLong())); // integers: safe to inline
    if (rowIds.isEmpty())
        return;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    // A variant's match shows its parent, once.
    rows.prepare(kSummaryColumns +
                 QStringLiteral(" FROM products p WHERE p.id IN (SELECT coalesce(s.parent_id, s.id) FROM "
                                "products s WHERE s.rowid IN (") +
                 rowIds.join(u',') +
                 QStringLiteral(")) AND p.deleted_at IS NULL ORDER BY p.name_sort LIMIT ?"));
    rows.addBindValue(limit + int(seen.size()));
    if (!rows.exec())
        return;
    while (rows.next() && results.size() < limit) {
        ProductSummary p = readSummary(rows);
        if (!seen.contains(p.id)) {
            seen.insert(p.id);
            results.append(std::move(p));
        }
    }
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

ProductPage ProductRepository::page(QSqlDatabase db, const ProductCursor& after, int limit)
{
    if (limit <= 0) // SQLite reads LIMIT -1 as "no limit"; and an empty page has no last row
        return {};
    static const QString select = kSummaryColumns + QStringLiteral(" FROM products p WHERE") + kTopLevel;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (after.isStart()) {
        q.prepare(select + QStringLiteral("ORDER BY p.name_sort, p.id LIMIT ?"));
    } else {
        q.prepare(select +
                  QStringLiteral("AND (p.name_sort, p.id) > (?, ?) ORDER BY p.name_sort, p.id LIMIT ?"));
        q.addBindValue(after.sortKey);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);

    ProductPage page;
    if (!q.exec())
        return page;
    page.rows.reserve(limit);
    QString lastSortKey;
    while (q.next()) {
        page.rows.append(readSummary(q));
        lastSortKey = q.value(kSortKeyColumn).toString();
    }
    if (page.rows.size() == limit)
        page.next = ProductCursor{lastSortKey, page.rows.constLast().id};
    return page;
}

qint64 ProductRepository::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM products p WHERE") + kTopLevel) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<ProductSummary> ProductRepository::search(QSqlDatabase db, const SearchQuery& query, int limit)
{
    QList<ProductSummary> results;
    if (limit <= 0 || (query.isEmpty() && query.exactText().isEmpty()))
        return results;
    QSet<QString> seen;

    // 1. A whole SKU or barcode (a scanner types the code then Enter) comes first.
    QSqlQuery exact(db);
    exact.prepare(kSummaryColumns +
                  QStringLiteral(" FROM products p WHERE p.deleted_at IS NULL AND "
                                 "(upper(p.sku) = upper(?) OR (p.barcode <> '' AND p.barcode = ?)) "
                                 "ORDER BY p.name_sort LIMIT ?"));
    exact.addBindValue(query.exactText());
    exact.addBindValue(query.exactText());
    exact.addBindValue(limit);
    if (exact.exec()) {
        while (exact.next()) {
            results.append(readSummary(exact));
            seen.insert(results.constLast().id);
        }
    }
    if (query.isEmpty() || results.size() >= limit)
        return results;

    // 2. One or two letters typed match too much to rank by relevance quickly: show the names that
    //    start with them, in order, straight from an index.
    if (query.terms().size() == 1 && query.terms().constFirst().size() <= 2) {
        const QString prefix = query.terms().constFirst();
        QString upper = prefix;
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
        QSqlQuery names(db);
        names.setForwardOnly(true);
        names.prepare(kSummaryColumns + QStringLiteral(" FROM products p WHERE") + kTopLevel +
                      QStringLiteral("AND p.name_search >= ? AND p.name_search < ? "
                                     "ORDER BY p.name_search LIMIT ?"));
        names.addBindValue(prefix);
        names.addBindValue(upper);
        names.addBindValue(limit);
        if (names.exec()) {
            while (names.next() && results.size() < limit) {
                ProductSummary p = readSummary(names);
                if (!seen.contains(p.id))
                    results.append(std::move(p));
            }
        }
        return results;
    }

    // 3. Full-text prefix matches: names first, then the other fields. Ranking every match of a broad
    //    prefix costs far more than a keystroke may, so at most kCandidates matches are taken from the
    //    index (cheap, in index order) and put in Vietnamese name order; a longer query narrows them.
    const QString terms = query.ftsExpression();
    appendMatches(db, QStringLiteral("{name} : (") + terms + u')', limit, results, seen);
    if (results.size() < limit)
        appendMatches(db, terms, limit, results, seen);
    return results;
}

std::optional<ProductSummary> ProductRepository::find(QSqlDatabase db, const QString& skuOrId)
{
    const QString text = skuOrId.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QSqlQuery byId(db);
    byId.prepare(kSummaryColumns +
                 QStringLiteral(" FROM products p WHERE p.id = ? AND p.deleted_at IS NULL"));
    byId.addBindValue(text);
    if (byId.exec() && byId.next())
        return readSummary(byId);
    QSqlQuery bySku(db);
    bySku.prepare(kSummaryColumns +
                  QStringLiteral(" FROM products p WHERE upper(p.sku) = upper(?) AND "
                                 "p.deleted_at IS NULL ORDER BY p.sku = ? DESC, p.id LIMIT 1"));
    bySku.addBindValue(text);
    bySku.addBindValue(text);
    if (bySku.exec() && bySku.next())
        return readSummary(bySku);
    return std::nullopt;
}

} // namespace ChoPhien
