#include "ProductRecords.h"

#include "ProductIds.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcProducts, "chophien.platform.products")

const QString kColumns = QStringLiteral(
    "id, seller_id, version, deleted, fields, stock_on_hand_milli, listing, created_at, updated_at");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcProducts) << q.lastQuery() << "failed:" << q.lastError().text();
    return false;
}

} // namespace

ProductRecords::ProductRecords(PlatformStore& store)
    : m_find(
          store.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM products WHERE id = ?")))
    , m_insert(store.prepare(QStringLiteral("INSERT INTO products(id, seller_id, version, sku, parent_id, "
                                            "fields, listing, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_update(store.prepare(QStringLiteral("UPDATE products SET version = ?, sku = ?, parent_id = ?, fields "
                                            "= ?, updated_at = ? WHERE id = ?")))
    , m_setListing(store.prepare(QStringLiteral("UPDATE products SET listing = ? WHERE id = ?")))
    , m_variantRows(
          store.prepare(QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM products WHERE parent_id = ? AND deleted = 0 ORDER BY id")))
    , m_delete(store.prepare(
          QStringLiteral("UPDATE products SET deleted = 1, version = ?, updated_at = ? WHERE id = ?")))
    , m_addStock(
          store.prepare(QStringLiteral("UPDATE products SET stock_on_hand_milli = stock_on_hand_milli + ? "
                                       "WHERE id = ? RETURNING stock_on_hand_milli")))
    , m_sku(store.prepare(QStringLiteral(
          "SELECT 1 FROM products WHERE seller_id = ? AND sku = ? AND deleted = 0 AND id <> ? LIMIT 1")))
    , m_variants(
          store.prepare(QStringLiteral("SELECT 1 FROM products WHERE parent_id = ? AND deleted = 0 LIMIT 1")))
    , m_page(store.prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM products WHERE seller_id = ? AND deleted = 0 AND id > ? "
                                          "ORDER BY id LIMIT ?")))
    , m_photos(store)
{}

ProductRow ProductRecords::read(const QSqlQuery& q)
{
    ProductRow row;
    row.id = q.value(0).toString();
    row.sellerId = q.value(1).toString();
    row.version = q.value(2).toLongLong();
    row.deleted = q.value(3).toInt() != 0;
    row.fields = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    row.stockOnHandMilli = q.value(5).toLongLong();
    row.listing = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    row.createdAt = q.value(7).toString();
    row.updatedAt = q.value(8).toString();
    return row;
}

std::optional<ProductRow> ProductRecords::find(const QString& id, bool& ok)
{
    m_find.bindValue(0, id);
    ok = run(m_find);
    std::optional<ProductRow> row;
    if (ok && m_find.next())
        row = read(m_find);
    m_find.finish();
    if (row)
        row->photos = m_photos.jsonForProduct(id, ok);
    return row;
}

std::optional<ProductRow> ProductRecords::own(const QString& sellerId, const QString& id, bool& ok)
{
    ok = true;
    if (!ProductIds::isWellFormed(id))
        return std::nullopt;
    std::optional<ProductRow> row = find(id, ok);
    if (!row || row->sellerId != sellerId || row->deleted)
        return std::nullopt;
    return row;
}

bool ProductRecords::insert(const ProductRow& row)
{
    const QString parent = row.parentId();
    m_insert.bindValue(0, row.id);
    m_insert.bindValue(1, row.sellerId);
    m_insert.bindValue(2, row.version);
    m_insert.bindValue(3, row.sku());
    m_insert.bindValue(4, parent.isEmpty() ? QVariant() : QVariant(parent));
    m_insert.bindValue(5, compact(row.fields));
    m_insert.bindValue(6, compact(row.listing));
    m_insert.bindValue(7, row.createdAt);
    m_insert.bindValue(8, row.updatedAt);
    return run(m_insert);
}

bool ProductRecords::update(const ProductRow& row)
{
    const QString parent = row.parentId();
    m_update.bindValue(0, row.version);
    m_update.bindValue(1, row.sku());
    m_update.bindValue(2, parent.isEmpty() ? QVariant() : QVariant(parent));
    m_update.bindValue(3, compact(row.fields));
    m_update.bindValue(4, row.updatedAt);
    m_update.bindValue(5, row.id);
    return run(m_update);
}

bool ProductRecords::setListing(const QString& id, const QJsonObject& listing)
{
    m_setListing.bindValue(0, compact(listing));
    m_setListing.bindValue(1, id);
    return run(m_setListing);
}

QList<ProductRow> ProductRecords::variants(const QString& parentId, bool& ok)
{
    m_variantRows.bindValue(0, parentId);
    ok = run(m_variantRows);
    QList<ProductRow> rows;
    while (ok && m_variantRows.next())
        rows.append(read(m_variantRows));
    m_variantRows.finish();
    return rows;
}

bool ProductRecords::markDeleted(const QString& id, qint64 version, const QString& updatedAt)
{
    m_delete.bindValue(0, version);
    m_delete.bindValue(1, updatedAt);
    m_delete.bindValue(2, id);
    return run(m_delete);
}

std::optional<qint64> ProductRecords::addStock(const QString& id, qint64 delta)
{
    m_addStock.bindValue(0, delta);
    m_addStock.bindValue(1, id);
    std::optional<qint64> onHand;
    if (run(m_addStock) && m_addStock.next())
        onHand = m_addStock.value(0).toLongLong();
    m_addStock.finish();
    return onHand;
}

bool ProductRecords::skuTaken(const QString& sellerId, const QString& sku, const QString& exceptId, bool& ok)
{
    m_sku.bindValue(0, sellerId);
    m_sku.bindValue(1, sku);
    m_sku.bindValue(2, exceptId);
    ok = run(m_sku);
    const bool taken = ok && m_sku.next();
    m_sku.finish();
    return taken;
}

bool ProductRecords::hasVariants(const QString& id, bool& ok)
{
    m_variants.bindValue(0, id);
    ok = run(m_variants);
    const bool found = ok && m_variants.next();
    m_variants.finish();
    return found;
}

QList<ProductRow> ProductRecords::page(const QString& sellerId, const QString& afterId, int limit, bool& ok)
{
    m_page.bindValue(0, sellerId);
    m_page.bindValue(1, afterId.isNull() ? QStringLiteral("") : afterId); // a null QString binds NULL
    m_page.bindValue(2, limit);
    ok = run(m_page);
    QList<ProductRow> rows;
    while (ok && m_page.next())
        rows.append(read(m_page));
    m_page.finish();
    for (ProductRow& row : rows) {
        if (ok)
            row.photos = m_photos.jsonForProduct(row.id, ok);
    }
    return rows;
}

} // namespace ChoPhien
