#pragma once

#include "PlatformStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// One photo of a product; its file is blobs/<sha256> (ADR 0015).
struct PhotoRow {
    QString id;
    QString productId;
    QString sellerId;
    QString sha256;
    QString contentType;
    int position = 0;
    int width = 0; // pixels, after EXIF orientation
    int height = 0;
    QString createdAt;

    // The Photo of the contract.
    QJsonObject toJson() const;
};

// The photos table: a product's photos at positions 0 … n-1, every statement prepared once. Reads
// report SQL errors through `ok`. Moderation reads forProduct() for its photo rules.
class ProductPhotos final {
    Q_DISABLE_COPY_MOVE(ProductPhotos)

public:
    // At most this many photos per product (409 too_many_photos).
    static constexpr int kMaxPhotos = 20;

    explicit ProductPhotos(PlatformStore& store);

    // The product's photos in order.
    QList<PhotoRow> forProduct(const QString& productId, bool& ok);
    // The same as the `photos` array of the Product.
    QJsonArray jsonForProduct(const QString& productId, bool& ok);
    std::optional<PhotoRow> find(const QString& photoId, bool& ok);
    std::optional<PhotoRow> findFile(const QString& productId, const QString& sha256, bool& ok);
    int count(const QString& productId, bool& ok);

    // Inserts `row` at row.position (0 … count), moving the photos from there down one.
    bool insert(const PhotoRow& row);
    // Removes the photo and moves the ones after it up one.
    bool remove(const PhotoRow& row);

private:
    static PhotoRow read(const QSqlQuery& q);

    QSqlQuery m_forProduct;
    QSqlQuery m_find;
    QSqlQuery m_findFile;
    QSqlQuery m_count;
    QSqlQuery m_shift;
    QSqlQuery m_insert;
    QSqlQuery m_remove;
};

} // namespace ChoPhien
