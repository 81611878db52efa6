#include "ProductStore.h"

#include "ProductRepository.h"
#include "ProductSearchIndex.h"
#include "StatementCache.h"
#include "StockLedger.h"
#include "WriteTransaction.h"

#include <core/CategoryPath.h>
#include <core/Ids.h>
#include <core/ProductVariants.h>
#include <core/Quantity.h>
#include <core/VietnameseText.h>

#include <QSqlQuery>

namespace ChoPhien {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, sku, barcode, category, product_group, unit, net_quantity_milli, net_quantity_unit, "
    "price_dong, "
    "sale_price_dong, producer, producer_phone, producer_commune_code, origin_commune_code, "
    "origin_province_code, ocop_stars, "
    "ocop_certificate, ocop_decided_on, ingredients, allergens, storage_instructions, usage_instructions, "
    "shelf_life_days, package_weight_g, length_mm, width_mm, height_mm, description, tags, parent_id, "
    "option1, "
    "option2, option1_name, option2_name, archived_at");

QString text(const QString& value)
{
    return VietnameseText::normalized(value);
}

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QStringList splitTags(const QString& stored)
{
    QStringList tags;
    for (const QString& t : stored.split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    return tags;
}

// The stored form of each field, in kColumns order after the id: what update() compares.
QVariantList storedValues(const Product& p)
{
    return {text(p.name),
            p.sku.trimmed(),
            text(p.barcode),
            CategoryPath::normalized(p.category),
            p.group.isEmpty() ? QStringLiteral("") : p.group,
            text(p.unit),
            p.netQuantity,
            text(p.netQuantityUnit),
            p.price,
            p.salePrice ? QVariant(*p.salePrice) : QVariant(),
            text(p.producer),
            text(p.producerPhone),
            text(p.producerCommuneCode),
            text(p.originCommuneCode),
            text(p.originProvinceCode),
            p.ocop.stars,
            text(p.ocop.certificate),
            date(p.ocop.decidedOn),
            text(p.ingredients),
            text(p.allergens),
            text(p.storage),
            text(p.usage),
            p.shelfLifeDays,
            p.packageWeightGrams,
            p.lengthMm,
            p.widthMm,
            p.heightMm,
            text(p.description),
            text(p.tags.join(QStringLiteral(", "))),
            p.parentId.isEmpty() ? QVariant() : QVariant(p.parentId),
            text(p.option1),
            text(p.option2),
            text(p.option1Name),
            text(p.option2Name)};
}

QStringList columnNames()
{
    QStringList names = kColumns.split(QStringLiteral(", "));
    names.removeFirst(); // id
    names.removeLast();  // archived_at: changed by archive() only
    return names;
}

Product fromRow(const QSqlQuery& q)
{
    Product p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.name = q.value(i++).toString();
    p.sku = q.value(i++).toString();
    p.barcode = q.value(i++).toString();
    p.category = q.value(i++).toString();
    p.group = q.value(i++).toString();
    p.unit = q.value(i++).toString();
    p.netQuantity = q.value(i++).toLongLong();
    p.netQuantityUnit = q.value(i++).toString();
    p.price = q.value(i++).toLongLong();
    const QVariant sale = q.value(i++);
    if (!sale.isNull())
        p.salePrice = sale.toLongLong();
    p.producer = q.value(i++).toString();
    p.producerPhone = q.value(i++).toString();
    p.producerCommuneCode = q.value(i++).toString();
    p.originCommuneCode = q.value(i++).toString();
    p.originProvinceCode = q.value(i++).toString();
    p.ocop.stars = q.value(i++).toInt();
    p.ocop.certificate = q.value(i++).toString();
    p.ocop.decidedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    p.ingredients = q.value(i++).toString();
    p.allergens = q.value(i++).toString();
    p.storage = q.value(i++).toString();
    p.usage = q.value(i++).toString();
    p.shelfLifeDays = q.value(i++).toInt();
    p.packageWeightGrams = q.value(i++).toInt();
    p.lengthMm = q.value(i++).toInt();
    p.widthMm = q.value(i++).toInt();
    p.heightMm = q.value(i++).toInt();
    p.description = q.value(i++).toString();
    p.tags = splitTags(q.value(i++).toString());
    p.parentId = q.value(i++).toString();
    p.option1 = q.value(i++).toString();
    p.option2 = q.value(i++).toString();
    p.option1Name = q.value(i++).toString();
    p.option2Name = q.value(i++).toString();
    p.archived = !q.value(i++).isNull();
    return p;
}

ProductSearchIndex::Document searchDocument(const Product& p)
{
    return {text(p.name),     p.sku.trimmed(),         text(p.barcode),
            text(p.producer), text(p.tags.join(u' ')), text(p.description)};
}

// Writes the product's certifications, in place of those it had (`replacing`; a new product has none).
bool writeCertifications(WriteTransaction& tx, const Product& p, bool replacing)
{
    if (replacing) {
        Statement remove(tx.database(),
                         QStringLiteral("DELETE FROM product_certifications WHERE product_id = ?"));
        remove->addBindValue(p.id);
        if (!remove->exec())
            return tx.fail(remove->lastError());
    }
    if (p.certifications.isEmpty())
        return true;
    Statement q(tx.database(),
                QStringLiteral("INSERT INTO product_certifications (id, product_id, position, kind, number, "
                               "issuer, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < p.certifications.size(); ++i) {
        const Certification& c = p.certifications.at(i);
        q->addBindValue(Ids::newId());
        q->addBindValue(p.id);
        q->addBindValue(int(i));
        q->addBindValue(text(c.kind));
        q->addBindValue(text(c.number));
        q->addBindValue(text(c.issuer));
        q->addBindValue(date(c.expiresOn));
        if (!q->exec())
            return tx.fail(q->lastError());
    }
    return true;
}

QList<Certification> readCertifications(QSqlDatabase& db, const QString& productId)
{
    QList<Certification> list;
    Statement q(db, QStringLiteral("SELECT kind, number, issuer, expires_on FROM product_certifications "
                                   "WHERE product_id = ? ORDER BY position"));
    q->addBindValue(productId);
    if (q->exec()) {
        while (q->next())
            list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         QDate::fromString(q->value(3).toString(), Qt::ISODate)});
    }
    return list;
}

bool sameCertifications(const QList<Certification>& a, const QList<Certification>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (text(a[i].kind) != b[i].kind || text(a[i].number) != b[i].number ||
            text(a[i].issuer) != b[i].issuer || a[i].expiresOn != b[i].expiresOn)
            return false;
    }
    return true;
}

// Writes the product's unit conversions, in place of those it had (`replacing`; a new product has none).
bool writeConversions(WriteTransaction& tx, const Product& p, bool replacing)
{
    if (replacing) {
        Statement remove(tx.database(), QStringLiteral("DELETE FROM product_units WHERE product_id = ?"));
        remove->addBindValue(p.id);
        if (!remove->exec())
            return tx.fail(remove->lastError());
    }
    if (p.isVariant() || p.conversions.isEmpty())
        return true; // a variant sells in its parent's units; others may have none
    Statement q(tx.database(), QStringLiteral("INSERT INTO product_units (product_id, unit, "
                                              "per_unit_in_base_milli, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < p.conversions.size(); ++i) {
        q->addBindValue(p.id);
        q->addBindValue(text(p.conversions.at(i).unit));
        q->addBindValue(p.conversions.at(i).perUnitInBase);
        q->addBindValue(int(i));
        if (!q->exec())
            return tx.fail(q->lastError());
    }
    return true;
}

QList<UnitConversion> readConversions(QSqlDatabase& db, const QString& productId)
{
    QList<UnitConversion> list;
    Statement q(db,
                QStringLiteral("SELECT unit, per_unit_in_base_milli FROM product_units WHERE product_id = ? "
                               "ORDER BY position"));
    q->addBindValue(productId);
    if (q->exec()) {
        while (q->next())
            list.append({q->value(0).toString(), q->value(1).toLongLong()});
    }
    return list;
}

bool sameConversions(const QList<UnitConversion>& a, const QList<UnitConversion>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (text(a[i].unit) != b[i].unit || a[i].perUnitInBase != b[i].perUnitInBase)
            return false;
    }
    return true;
}

bool refuse(WriteTransaction& tx, const char* code, const QString& message)
{
    return tx.refuse(StorageError::refused(QString::fromLatin1(code), message));
}

// A variant as it is stored: its parent's shared fields over its own. Refuses a parent that is
// missing, archived, itself a variant, or holding stock of its own (ADR 0006).
std::optional<Product> asVariantOfItsParent(WriteTransaction& tx, const Product& variant, bool isNew)
{
    QSqlDatabase db = tx.database();
    const auto parent = ProductStore::get(db, variant.parentId);
    if (!parent) {
        refuse(tx, "unknown_parent",
               ProductStore::tr("The product this variant belongs to is not in this "
                                "workspace."));
        return std::nullopt;
    }
    if (parent->isVariant()) {
        refuse(tx, "nested_variant",
               ProductStore::tr("%1 is itself a variant: add the new variant to %2's product instead.")
                   .arg(parent->name, parent->sku));
        return std::nullopt;
    }
    if (isNew && parent->archived) {
        refuse(tx, "parent_archived",
               ProductStore::tr("%1 is archived: it cannot get new variants.").arg(parent->name));
        return std::nullopt;
    }
    if (isNew && !ProductStore::hasVariants(db, parent->id)) {
        const MilliQuantity stock = StockLedger::onHand(db, parent->id);
        if (stock != 0) {
            refuse(tx, "parent_has_stock",
                   ProductStore::tr("%1 still has stock of its own (%2 %3). Stock is kept per variant: count "
                                    "it down to zero first, or make a new product for the variants.")
                       .arg(parent->name, Quantity::format(stock), parent->unit));
            return std::nullopt;
        }
    }
    return ProductVariants::withParentFields(*parent, variant);
}

// The product's search index entry; `rowId` when the caller knows it (it has just inserted the row).
bool reindex(WriteTransaction& tx, const Product& p, std::optional<qint64> rowId = std::nullopt)
{
    if (!rowId) {
        Statement q(tx.database(), QStringLiteral("SELECT rowid FROM products WHERE id = ?"));
        q->addBindValue(p.id);
        if (!q->exec() || !q->next())
            return tx.fail(q->lastError());
        rowId = q->value(0).toLongLong();
    }
    QSqlError error;
    return ProductSearchIndex::write(tx.database(), *rowId, searchDocument(p), &error) || tx.fail(error);
}

// INSERT INTO products with every stored column, made once.
const QString& insertSql()
{
    static const QString sql = []() -> QString {
        const QStringList names = columnNames();
        QStringList placeholders;
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        return u"INSERT INTO products (id, name_search, name_sort, created_at, created_by, updated_at, "
               u"updated_by, " +
               names.join(QStringLiteral(", ")) + u") VALUES (?, ?, ?, ?, ?, ?, ?, " +
               placeholders.join(QStringLiteral(", ")) + u')';
    }();
    return sql;
}

// UPDATE products of every stored column, made once.
const QString& updateSql()
{
    static const QString sql = []() -> QString {
        QStringList assignments;
        for (const QString& name : columnNames())
            assignments.append(name + QStringLiteral(" = ?"));
        return u"UPDATE products SET " + assignments.join(QStringLiteral(", ")) +
               u", name_search = ?, name_sort = ?, updated_at = ?, updated_by = ?, version = version + 1 "
               u"WHERE id = ?";
    }();
    return sql;
}

} // namespace

std::optional<Product> ProductStore::get(QSqlDatabase db, const QString& id)
{
    static const QString sql = u"SELECT " + kColumns + u" FROM products WHERE id = ? AND deleted_at IS NULL";
    Statement q(db, sql);
    q->addBindValue(id);
    if (!q->exec() || !q->next())
        return std::nullopt;
    Product p = fromRow(*q);
    p.certifications = readCertifications(db, p.id);
    p.conversions = readConversions(db, p.isVariant() ? p.parentId : p.id);
    return p;
}

std::optional<Product> ProductStore::find(QSqlDatabase db, const QString& skuOrId)
{
    const auto summary = ProductRepository::find(db, skuOrId); // one place decides what a name means
    return summary ? get(db, summary->id) : std::nullopt;
}

bool ProductStore::skuTaken(QSqlDatabase db, const QString& sku, const QString& exceptId)
{
    Statement q(db,
                QStringLiteral(
                    "SELECT 1 FROM products WHERE upper(sku) = upper(?) AND id <> ? AND deleted_at IS NULL"));
    q->addBindValue(sku.trimmed());
    q->addBindValue(exceptId.isNull() ? QStringLiteral("") : exceptId); // a null would compare as NULL
    return q->exec() && q->next();
}

bool ProductStore::create(WriteTransaction& tx, const Product& given)
{
    Product product = given;
    if (product.isVariant()) {
        const auto variant = asVariantOfItsParent(tx, product, true);
        if (!variant)
            return false;
        product = *variant;
    }
    const QString name = text(product.name);
    Statement q(tx.database(), insertSql());
    q->addBindValue(product.id);
    q->addBindValue(VietnameseText::searchKey(name));
    q->addBindValue(VietnameseText::sortKey(name));
    q->addBindValue(tx.now());
    q->addBindValue(tx.actor().clerkId);
    q->addBindValue(tx.now());
    q->addBindValue(tx.actor().clerkId);
    for (const QVariant& v : storedValues(product))
        q->addBindValue(v);
    if (!q->exec())
        return tx.fail(q->lastError());
    const qint64 rowId = q->lastInsertId().toLongLong();
    // The id is new (the insert would have failed otherwise): no certifications or units to replace.
    return writeCertifications(tx, product, false) && writeConversions(tx, product, false) &&
           reindex(tx, product, rowId) &&
           tx.audit(QStringLiteral("create"), QStringLiteral("product"), product.id, name);
}

bool ProductStore::update(WriteTransaction& tx, const Product& given, QStringList* changedOut)
{
    const std::optional<Product> before = get(tx.database(), given.id);
    if (!before)
        return tx.fail(QSqlError(QStringLiteral("no such product"), {}, QSqlError::StatementError));
    Product product = given;
    product.parentId = before->parentId; // a product does not become a variant, nor stop being one
    if (product.isVariant()) {
        const auto variant = asVariantOfItsParent(tx, product, false);
        if (!variant)
            return false;
        product = *variant;
    }
    const QStringList names = columnNames();
    const QVariantList now = storedValues(product);
    const QVariantList was = storedValues(*before);
    QStringList changed;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (now.at(i) != was.at(i))
            changed.append(names.at(i));
    }
    const bool certificationsChanged = !sameCertifications(product.certifications, before->certifications);
    if (certificationsChanged)
        changed.append(QStringLiteral("certifications"));
    const bool conversionsChanged =
        !product.isVariant() && !sameConversions(product.conversions, before->conversions);
    if (conversionsChanged)
        changed.append(QStringLiteral("units"));
    if (changedOut)
        *changedOut = changed;
    if (changed.isEmpty())
        return true;

    Statement q(tx.database(), updateSql());
    for (const QVariant& v : now)
        q->addBindValue(v);
    q->addBindValue(VietnameseText::searchKey(text(product.name)));
    q->addBindValue(VietnameseText::sortKey(text(product.name)));
    q->addBindValue(tx.now());
    q->addBindValue(tx.actor().clerkId);
    q->addBindValue(product.id);
    if (!q->exec())
        return tx.fail(q->lastError());
    if (certificationsChanged && !writeCertifications(tx, product, true))
        return false;
    if (conversionsChanged && !writeConversions(tx, product, true))
        return false;
    if (!reindex(tx, product) || !tx.audit(QStringLiteral("update"), QStringLiteral("product"), product.id,
                                           changed.join(QStringLiteral(", "))))
        return false;
    // The variants carry copies of the shared fields: bring them in step (each audited on its own).
    for (const Product& variant : variants(tx.database(), product.id, true)) {
        if (!update(tx, variant))
            return false;
    }
    return true;
}

QList<Product> ProductStore::variants(QSqlDatabase db, const QString& parentId, bool includeArchived)
{
    QList<Product> list;
    static const QString sql =
        u"SELECT " + kColumns + u" FROM products WHERE parent_id = ? AND deleted_at IS NULL ORDER BY rowid";
    Statement q(db, sql);
    q->addBindValue(parentId);
    if (!q->exec())
        return list;
    const QList<UnitConversion> conversions = readConversions(db, parentId);
    while (q->next()) {
        Product p = fromRow(*q);
        if (p.archived && !includeArchived)
            continue;
        p.certifications = readCertifications(db, p.id);
        p.conversions = conversions;
        list.append(std::move(p));
    }
    return list;
}

bool ProductStore::hasVariants(QSqlDatabase db, const QString& id)
{
    Statement q(db,
                QStringLiteral("SELECT 1 FROM products WHERE parent_id = ? AND deleted_at IS NULL LIMIT 1"));
    q->addBindValue(id);
    return q->exec() && q->next();
}

bool ProductStore::archive(WriteTransaction& tx, const QString& id)
{
    return setArchived(tx, id, true);
}

bool ProductStore::unarchive(WriteTransaction& tx, const QString& id)
{
    return setArchived(tx, id, false);
}

bool ProductStore::setArchived(WriteTransaction& tx, const QString& id, bool archived)
{
    Statement q(tx.database(),
                archived
                    ? QStringLiteral("UPDATE products SET archived_at = ?, updated_at = ?, updated_by = ?, "
                                     "version = version + 1 "
                                     "WHERE id = ? AND archived_at IS NULL AND deleted_at IS NULL")
                    : QStringLiteral("UPDATE products SET archived_at = NULL, updated_at = ?, "
                                     "updated_by = ?, version = version + 1 "
                                     "WHERE id = ? AND archived_at IS NOT NULL AND deleted_at IS NULL"));
    if (archived)
        q->addBindValue(tx.now());
    q->addBindValue(tx.now());
    q->addBindValue(tx.actor().clerkId);
    q->addBindValue(id);
    if (!q->exec())
        return tx.fail(q->lastError());
    if (q->numRowsAffected() == 0)
        return true; // already so: nothing to record
    if (!tx.audit(archived ? QStringLiteral("archive") : QStringLiteral("unarchive"),
                  QStringLiteral("product"), id))
        return false;
    if (!archived)
        return true;                                             // variants archived on their own stay so
    for (const Product& variant : variants(tx.database(), id)) { // no longer sold with their parent
        if (!setArchived(tx, variant.id, true))
            return false;
    }
    return true;
}

} // namespace ChoPhien
