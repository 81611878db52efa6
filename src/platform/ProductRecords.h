#pragma once

#include "PlatformStore.h"
#include "ProductJson.h"
#include "ProductPhotos.h"

#include <QList>

#include <optional>

namespace ChoPhien {

// The products table: every statement prepared once. Reads report SQL errors through `ok`. Rows
// read come with their photos (ProductPhotos, kept here so every product read has them).
class ProductRecords final {
    Q_DISABLE_COPY_MOVE(ProductRecords)

public:
    explicit ProductRecords(PlatformStore& store);

    ProductPhotos& photos() { return m_photos; }

    // The product with this id, of any seller, deleted or not.
    std::optional<ProductRow> find(const QString& id, bool& ok);
    // The seller's live product with this id (nullopt for a malformed id, another seller's or a
    // deleted product: all look missing).
    std::optional<ProductRow> own(const QString& sellerId, const QString& id, bool& ok);
    bool insert(const ProductRow& row);
    // Writes version, fields and updated_at.
    bool update(const ProductRow& row);
    // Writes the listing only (not part of the product's version).
    bool setListing(const QString& id, const QJsonObject& listing);
    bool markDeleted(const QString& id, qint64 version, const QString& updatedAt);
    // Adds `delta` to on-hand; the new on-hand, or nullopt on error.
    std::optional<qint64> addStock(const QString& id, qint64 delta);

    // Whether another live product of the seller has this SKU.
    bool skuTaken(const QString& sellerId, const QString& sku, const QString& exceptId, bool& ok);
    // Whether live variants name this product as their parent.
    bool hasVariants(const QString& id, bool& ok);
    // The live variants of a parent, by id.
    QList<ProductRow> variants(const QString& parentId, bool& ok);
    // The seller's live products with ids after `afterId`, by id, at most `limit`.
    QList<ProductRow> page(const QString& sellerId, const QString& afterId, int limit, bool& ok);

private:
    static ProductRow read(const QSqlQuery& q);

    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_setListing;
    QSqlQuery m_variantRows;
    QSqlQuery m_delete;
    QSqlQuery m_addStock;
    QSqlQuery m_sku;
    QSqlQuery m_variants;
    QSqlQuery m_page;
    ProductPhotos m_photos;
};

} // namespace ChoPhien
