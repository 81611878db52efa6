#include "ProductPhotos.h"

#include "SqlRows.h"

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcPhotos, "chophien.platform.photos")

const QString kColumns =
    QStringLiteral("id, product_id, seller_id, sha256, content_type, position, width, height, created_at");

bool run(QSqlQuery& q)
{
    return SqlRows::run(q, lcPhotos());
}

} // namespace

QJsonObject PhotoRow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("position"), position},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height}};
}

ProductPhotos::ProductPhotos(PlatformStore& store)
    : m_forProduct(store.prepare(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM photos WHERE product_id = ? ORDER BY position")))
    , m_find(
          store.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM photos WHERE id = ?")))
    , m_findFile(store.prepare(QStringLiteral("SELECT ") + kColumns +
                               QStringLiteral(" FROM photos WHERE product_id = ? AND sha256 = ?")))
    , m_count(store.prepare(QStringLiteral("SELECT count(*) FROM photos WHERE product_id = ?")))
    , m_shift(store.prepare(
          QStringLiteral("UPDATE photos SET position = position + ? WHERE product_id = ? AND position >= ?")))
    , m_insert(store.prepare(QStringLiteral("INSERT INTO photos(") + kColumns +
                             QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_remove(store.prepare(QStringLiteral("DELETE FROM photos WHERE id = ?")))
{}

PhotoRow ProductPhotos::read(const QSqlQuery& q)
{
    PhotoRow row;
    row.id = q.value(0).toString();
    row.productId = q.value(1).toString();
    row.sellerId = q.value(2).toString();
    row.sha256 = q.value(3).toString();
    row.contentType = q.value(4).toString();
    row.position = q.value(5).toInt();
    row.width = q.value(6).toInt();
    row.height = q.value(7).toInt();
    row.createdAt = q.value(8).toString();
    return row;
}

QList<PhotoRow> ProductPhotos::forProduct(const QString& productId, bool& ok)
{
    m_forProduct.bindValue(0, productId);
    return SqlRows::all(m_forProduct, lcPhotos(), read, ok);
}

QJsonArray ProductPhotos::jsonForProduct(const QString& productId, bool& ok)
{
    QJsonArray photos;
    for (const PhotoRow& row : forProduct(productId, ok))
        photos.append(row.toJson());
    return photos;
}

std::optional<PhotoRow> ProductPhotos::find(const QString& photoId, bool& ok)
{
    m_find.bindValue(0, photoId);
    return SqlRows::one(m_find, lcPhotos(), read, ok);
}

std::optional<PhotoRow> ProductPhotos::findFile(const QString& productId, const QString& sha256, bool& ok)
{
    m_findFile.bindValue(0, productId);
    m_findFile.bindValue(1, sha256);
    return SqlRows::one(m_findFile, lcPhotos(), read, ok);
}

int ProductPhotos::count(const QString& productId, bool& ok)
{
    m_count.bindValue(0, productId);
    return SqlRows::one(
               m_count, lcPhotos(), [](const QSqlQuery& q) { return q.value(0).toInt(); }, ok)
        .value_or(0);
}

bool ProductPhotos::insert(const PhotoRow& row)
{
    m_shift.bindValue(0, 1);
    m_shift.bindValue(1, row.productId);
    m_shift.bindValue(2, row.position);
    if (!run(m_shift))
        return false;
    m_insert.bindValue(0, row.id);
    m_insert.bindValue(1, row.productId);
    m_insert.bindValue(2, row.sellerId);
    m_insert.bindValue(3, row.sha256);
    m_insert.bindValue(4, row.contentType);
    m_insert.bindValue(5, row.position);
    m_insert.bindValue(6, row.width);
    m_insert.bindValue(7, row.height);
    m_insert.bindValue(8, row.createdAt);
    return run(m_insert);
}

bool ProductPhotos::remove(const PhotoRow& row)
{
    m_remove.bindValue(0, row.id);
    if (!run(m_remove))
        return false;
    m_shift.bindValue(0, -1);
    m_shift.bindValue(1, row.productId);
    m_shift.bindValue(2, row.position + 1);
    return run(m_shift);
}

} // namespace ChoPhien
