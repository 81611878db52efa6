#include "DemoSellers.h"

#include "DemoPhoto.h"
#include "ListingFactsJson.h"

#include <core/Clock.h>
#include <core/DemoCatalogue.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace ChoPhien {
namespace {

// Names the demo's product ids and stock op ids: the same seller and SKU always get the same id.
const QUuid kDemoNamespace(QStringLiteral("{6f1b0f3e-2c55-4d0a-9a51-3c1e7d0b9a20}"));
constexpr int kProductsPerSeller = 10;
// Each seller looks through its own stretch of the catalogue for products the rules approve.
constexpr int kCatalogueStretch = 400;
constexpr int kPhotosPerProduct = 3; // the least the listing rules take
constexpr qint64 kLeastStockMilli = 20000;

QString demoId(const QString& name)
{
    return QUuid::createUuidV5(kDemoNamespace, name).toString(QUuid::WithoutBraces);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A catalogue product as the workstation would send it (ProductWrite).
QJsonObject productFields(const Product& p)
{
    QJsonArray certifications;
    for (const Certification& c : p.certifications)
        certifications.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                          {QStringLiteral("number"), c.number},
                                          {QStringLiteral("issuer"), c.issuer},
                                          {QStringLiteral("expires_on"), dateOrNull(c.expiresOn)}});
    const QJsonValue net = p.netQuantity > 0
                               ? QJsonValue(QJsonObject{{QStringLiteral("amount_milli"), p.netQuantity},
                                                        {QStringLiteral("unit"), p.netQuantityUnit}})
                               : QJsonValue(QJsonValue::Null);
    const QJsonValue ocop =
        p.ocop.isRated()
            ? QJsonValue(QJsonObject{{QStringLiteral("stars"), p.ocop.stars},
                                     {QStringLiteral("certificate"), p.ocop.certificate},
                                     {QStringLiteral("decided_on"), dateOrNull(p.ocop.decidedOn)}})
            : QJsonValue(QJsonValue::Null);
    return {
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("category"), p.category},
        {QStringLiteral("group"), p.group},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("net_quantity"), net},
        {QStringLiteral("price"), p.price},
        {QStringLiteral("sale_price"), p.salePrice ? QJsonValue(*p.salePrice) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("barcode"), p.barcode},
        {QStringLiteral("producer"), QJsonObject{{QStringLiteral("name"), p.producer},
                                                 {QStringLiteral("phone"), p.producerPhone},
                                                 {QStringLiteral("commune_code"), p.producerCommuneCode}}},
        {QStringLiteral("origin"), QJsonObject{{QStringLiteral("commune_code"), p.originCommuneCode},
                                               {QStringLiteral("province_code"), p.originProvinceCode}}},
        {QStringLiteral("ocop"), ocop},
        {QStringLiteral("certifications"), certifications},
        {QStringLiteral("ingredients"), p.ingredients},
        {QStringLiteral("allergens"), p.allergens},
        {QStringLiteral("storage"), p.storage},
        {QStringLiteral("usage"), p.usage},
        {QStringLiteral("shelf_life_days"), p.shelfLifeDays},
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("weight_g"), p.packageWeightGrams},
                                                {QStringLiteral("length_mm"), p.lengthMm},
                                                {QStringLiteral("width_mm"), p.widthMm},
                                                {QStringLiteral("height_mm"), p.heightMm}}},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("parent_id"), QJsonValue::Null},
        {QStringLiteral("option_values"), QJsonArray()},
        {QStringLiteral("option_names"), QJsonArray()},
    };
}

// Approved by moderation and live on the platform's own channel.
QJsonObject approvedListing(const QString& at)
{
    return {{QStringLiteral("status"), QStringLiteral("approved")},
            {QStringLiteral("reasons"), QJsonArray()},
            {QStringLiteral("channels"),
             QJsonArray{QJsonObject{{QStringLiteral("channel"), QStringLiteral("platform")},
                                    {QStringLiteral("status"), QStringLiteral("live")},
                                    {QStringLiteral("updated_at"), at}}}},
            {QStringLiteral("submitted_at"), at},
            {QStringLiteral("moderated_at"), at}};
}

QJsonObject identity(const char* name, const char* legalForm, const char* line, const char* commune,
                     const char* province, const char* registration, const char* taxId,
                     const char* personalId, const char* phone, const char* email)
{
    const auto text = [](const char* utf8) { return QString::fromUtf8(utf8); };
    return {
        {QStringLiteral("name"), text(name)},
        {QStringLiteral("legal_form"), text(legalForm)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("line"), text(line)},
                                                {QStringLiteral("commune_code"), text(commune)},
                                                {QStringLiteral("province_code"), text(province)}}},
        {QStringLiteral("business_registration"), text(registration)},
        {QStringLiteral("tax_id"), text(taxId)},
        {QStringLiteral("personal_id"), text(personalId)},
        {QStringLiteral("phone"), text(phone)},
        {QStringLiteral("email"), text(email)},
        {QStringLiteral("policies"),
         QJsonObject{
             {QStringLiteral("shipping"), QStringLiteral("Giao hàng toàn quốc qua bưu điện, 2–5 ngày.")},
             {QStringLiteral("returns"),
              QStringLiteral("Đổi trả trong 7 ngày nếu sản phẩm lỗi hoặc hư hỏng.")},
             {QStringLiteral("inspection"), true},
             {QStringLiteral("price_includes_tax"), true},
             {QStringLiteral("price_includes_shipping"), false},
             {QStringLiteral("payment_methods"),
              QJsonArray{QStringLiteral("cod"), QStringLiteral("bank_transfer"),
                         QStringLiteral("e_wallet")}}}},
    };
}

} // namespace

struct DemoSellers::Seller {
    QString username;
    QString password;
    QJsonObject fields; // SellerWrite
};

DemoSellers::DemoSellers(PlatformStore& store, Accounts& accounts, ProductRecords& products,
                         StockAdjustments& ledger, ChangesFeed& changes, UploadFiles& files,
                         const ListingRules& rules)
    : m_store(store)
    , m_accounts(accounts)
    , m_products(products)
    , m_ledger(ledger)
    , m_changes(changes)
    , m_files(files)
    , m_rules(rules)
{}

QList<Credential> DemoSellers::seed(const QDateTime& now, QString* error)
{
    // Real 2025 communes: Xã Tân Cương (Thái Nguyên), Xã U Minh (Cà Mau), Phường Mộc Châu (Sơn La).
    const QList<Seller> sellers = {
        {QStringLiteral("htx-xuanphong"), QStringLiteral("xuanphong-2025"),
         identity("Hợp tác xã Nông sản Xuân Phong", "cooperative", "Xóm Hồng Thái", "05503", "19",
                  "4607000123", "4601234567", "", "02083851234", "lienhe@xuanphong.example.vn")},
        {QStringLiteral("htx-uminh"), QStringLiteral("uminh-2025"),
         identity("Hợp tác xã Ong mật U Minh", "cooperative", "Ấp 3", "32047", "96", "6107000456",
                  "2001234567", "", "02903861234", "htx@uminh.example.vn")},
        {QStringLiteral("ho-lovanpao"), QStringLiteral("lovanpao-2025"),
         identity("Hộ kinh doanh Lò Văn Páo", "household", "Bản Áng", "03980", "14", "14H8001234", "",
                  "014085001234", "0912345678", "")},
    };
    const std::optional<DemoCatalogue> catalogue = DemoCatalogue::load(error);
    if (!catalogue)
        return {};
    QList<Credential> credentials;
    for (qsizetype i = 0; i < sellers.size(); ++i) {
        if (!seedSeller(sellers.at(i), *catalogue, int(i) * kCatalogueStretch, now, error))
            return {};
        credentials.append(
            {sellers.at(i).username, sellers.at(i).password, sellers.at(i).fields.value(u"name").toString()});
    }
    return credentials;
}

bool DemoSellers::seedSeller(const Seller& seller, const DemoCatalogue& catalogue, int first,
                             const QDateTime& now, QString* error)
{
    const QString at = toStoredTime(now);
    const qint64 atMs = now.toMSecsSinceEpoch();
    if (!m_store.begin()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    const auto fail = [this, error](const QString& why) {
        m_store.rollback();
        *error = why;
        return false;
    };
    const bool isNew = m_accounts.sellerId(seller.username).isEmpty();
    if (!m_accounts.ensure(seller.username, seller.password, at, error))
        return fail(*error);
    const QString sellerId = m_accounts.sellerId(seller.username);
    if (isNew) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE sellers SET fields = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(seller.fields).toJson(QJsonDocument::Compact)));
        q.addBindValue(sellerId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    const PhotoFacts onePhoto{QStringLiteral("image/jpeg"), DemoPhoto::kSide, DemoPhoto::kSide};
    const QList<PhotoFacts> photoFacts(kPhotosPerProduct, onePhoto);
    int taken = 0;
    for (int index = first; index < first + kCatalogueStretch && taken < kProductsPerSeller; ++index) {
        const DemoProduct demo = catalogue.product(index, DemoCatalogue::kDefaultSeed, now.date());
        ProductRow row;
        row.id = demoId(seller.username + u'/' + demo.product.sku);
        row.fields = productFields(demo.product);
        // The catalogue's producers are the cooperative's member households: they live in its commune.
        QJsonObject producer = row.fields.value(u"producer").toObject();
        if (producer.value(u"commune_code").toString().isEmpty()) {
            producer.insert(QStringLiteral("commune_code"),
                            seller.fields.value(u"address").toObject().value(u"commune_code"));
            row.fields.insert(QStringLiteral("producer"), producer);
        }
        // Only what moderation would approve: the catalogue also holds half-filled products
        // (the workstation's demo shows how to finish them).
        if (!ListingCheck::run(m_rules, ListingFactsJson::make(row.fields, seller.fields, photoFacts),
                               now.date())
                 .isEmpty())
            continue;
        ++taken;
        bool ok = true;
        if (m_products.find(row.id, ok) || !ok) {
            if (!ok)
                return fail(QStringLiteral("cannot read the demo products"));
            continue; // seeded before
        }
        row.sellerId = sellerId;
        row.version = 1;
        QList<FieldError> errors;
        ProductJson::writeRule().check(row.fields, QString(), errors);
        if (!errors.isEmpty())
            return fail(QStringLiteral("demo product %1: %2 %3")
                            .arg(demo.product.sku, errors.constFirst().field, errors.constFirst().code));
        row.listing = approvedListing(at);
        row.createdAt = row.updatedAt = at;
        StockAdjustments::Entry stock{demoId(row.id + QStringLiteral("/received")),
                                      sellerId,
                                      row.id,
                                      qMax(kLeastStockMilli, demo.onHand() / 1000 * 1000),
                                      QStringLiteral("received"),
                                      0,
                                      at};
        if (!m_products.insert(row) || !addPhotos(row, at) ||
            !m_changes.record(sellerId, QStringLiteral("product.updated"), at, atMs,
                              ProductJson::toJson(row)) ||
            !m_ledger.apply(stock, atMs))
            return fail(QStringLiteral("cannot save the demo product %1").arg(demo.product.sku));
    }
    if (taken < kProductsPerSeller)
        return fail(QStringLiteral("the demo catalogue has only %1 products the listing rules approve for %2")
                        .arg(taken)
                        .arg(seller.username));
    if (!m_store.commit()) {
        *error = QStringLiteral("cannot commit the demo data");
        return false;
    }
    return true;
}

QString DemoSellers::photoFile(const QString& key)
{
    // Products of one category share their photos: each is drawn, encoded and written once.
    QString& sha256 = m_photoFiles[key];
    if (!sha256.isEmpty())
        return sha256;
    const QByteArray jpeg = DemoPhoto::jpeg(key);
    if (jpeg.isEmpty())
        return {};
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    if (!m_files.hasBlob(hash)) {
        const QString part = demoId(hash);
        if (!m_files.write(part, 0, jpeg) || !m_files.promote(part, hash))
            return {};
    }
    sha256 = hash;
    return sha256;
}

bool DemoSellers::addPhotos(const ProductRow& row, const QString& at)
{
    const QString category = row.fields.value(u"category").toString();
    for (int position = 0; position < kPhotosPerProduct; ++position) {
        const QString sha256 = photoFile(category + u'#' + QString::number(position));
        if (sha256.isEmpty())
            return false;
        const PhotoRow photo{demoId(row.id + QStringLiteral("/photo/") + QString::number(position)),
                             row.id,
                             row.sellerId,
                             sha256,
                             QStringLiteral("image/jpeg"),
                             position,
                             DemoPhoto::kSide,
                             DemoPhoto::kSide,
                             at};
        if (!m_products.photos().insert(photo))
            return false;
    }
    return true;
}

} // namespace ChoPhien
