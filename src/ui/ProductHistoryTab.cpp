#include "ProductHistoryTab.h"

#include <core/DateText.h>
#include <storage/AuditTrail.h>
#include <storage/Workspace.h>

#include <QDateTime>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChoPhien {
namespace {
// The words for a stored column name, as ProductStore::update() lists them in the audit trail.
QString fieldName(const QString& column)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "name")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "SKU")},
        {QStringLiteral("barcode"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "barcode")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "category")},
        {QStringLiteral("product_group"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "product group")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "unit")},
        {QStringLiteral("net_quantity_milli"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "net quantity")},
        {QStringLiteral("net_quantity_unit"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "net quantity")},
        {QStringLiteral("price_dong"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "price")},
        {QStringLiteral("sale_price_dong"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "sale price")},
        {QStringLiteral("producer"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "producer")},
        {QStringLiteral("producer_phone"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "producer's phone")},
        {QStringLiteral("origin_commune_code"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "origin")},
        {QStringLiteral("producer_commune_code"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "producer's commune")},
        {QStringLiteral("origin_province_code"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "origin")},
        {QStringLiteral("ocop_stars"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "OCOP rating")},
        {QStringLiteral("ocop_certificate"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "OCOP rating")},
        {QStringLiteral("ocop_decided_on"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "OCOP rating")},
        {QStringLiteral("ingredients"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "ingredients")},
        {QStringLiteral("allergens"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "allergens")},
        {QStringLiteral("storage_instructions"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "storage")},
        {QStringLiteral("usage_instructions"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "usage")},
        {QStringLiteral("shelf_life_days"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "shelf life")},
        {QStringLiteral("package_weight_g"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "package weight")},
        {QStringLiteral("length_mm"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "package size")},
        {QStringLiteral("width_mm"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "package size")},
        {QStringLiteral("height_mm"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "package size")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "description")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "tags")},
        {QStringLiteral("certifications"),
         QT_TRANSLATE_NOOP("ChoPhien::ProductHistoryTab", "certifications")},
    };
    const char* name = names.value(column);
    return name ? ProductHistoryTab::tr(name) : column;
}
} // namespace

ProductHistoryTab::ProductHistoryTab(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("history"));
    m_list->setAccessibleName(tr("Changes to this product"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

void ProductHistoryTab::load(const Workspace& workspace, const QString& productId)
{
    m_list->clear();
    for (const AuditEntry& e :
         AuditTrail::forEntity(workspace.database(), QStringLiteral("product"), productId, kLimit)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, DateText::storedDateTime(e.at));
        item->setText(1, e.clerkName.isEmpty() ? e.clerkId : e.clerkName);
        item->setText(2, describe(e));
        item->setToolTip(2, item->text(2));
    }
}

QString ProductHistoryTab::describe(const AuditEntry& e)
{
    if (e.action == u"create")
        return tr("Added the product");
    if (e.action == u"archive")
        return tr("Archived the product");
    if (e.action == u"update") {
        QStringList fields;
        for (const QString& column : e.detail.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            const QString field = fieldName(column);
            if (!fields.contains(field))
                fields.append(field);
        }
        return tr("Changed the %1").arg(fields.join(QStringLiteral(", ")));
    }
    return e.detail.isEmpty() ? e.action : e.action + QStringLiteral(": ") + e.detail;
}

} // namespace ChoPhien
