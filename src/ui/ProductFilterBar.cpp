#include "ProductFilterBar.h"

#include <core/ProductGroup.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>

namespace ChoPhien {
namespace {

// Fills `box` with (text, value) pairs, keeping the current choice by value.
void refill(QComboBox* box, const QList<std::pair<QString, QVariant>>& items)
{
    const QVariant current = box->currentData();
    box->clear();
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ProductFilterBar::ProductFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_category(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_ocop(new QComboBox(this))
    , m_stock(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reset(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_category, m_group, m_ocop, m_stock, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ProductFilterBar::emitChange);
    }
    m_category->setMaxVisibleItems(20);
    m_reset->setAutoDefault(false);
    m_reset->setFlat(true);
    layout->addWidget(m_reset);
    layout->addStretch(1);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setFilter(ProductFilter{});
        Q_EMIT filterChanged(filter());
    });
    retranslate();
}

ProductFilter ProductFilterBar::filter() const
{
    ProductFilter f;
    f.category = m_category->currentData().toString();
    f.group = m_group->currentData().toString();
    f.ocop = ProductFilter::Ocop(m_ocop->currentData().toInt());
    f.stock = ProductFilter::Stock(m_stock->currentData().toInt());
    f.status = ProductFilter::Status(m_status->currentData().toInt());
    if (f.stock == ProductFilter::Stock::Expiring)
        f.expiringBy = QDate::currentDate().addDays(m_expiryDays);
    return f;
}

void ProductFilterBar::setFilter(const ProductFilter& f)
{
    {
        const QScopedValueRollback guard(m_updating, true);
        auto choose = [](QComboBox* box, const QVariant& value) {
            const int index = box->findData(value);
            box->setCurrentIndex(index >= 0 ? index : 0);
        };
        choose(m_category, f.category);
        choose(m_group, f.group);
        choose(m_ocop, int(f.ocop));
        choose(m_stock, int(f.stock));
        choose(m_status, int(f.status));
    }
    m_reset->setVisible(!filter().isDefault());
}

void ProductFilterBar::setCategories(const QList<CategoryCount>& categories)
{
    m_categories = categories;
    const QScopedValueRollback guard(m_updating, true);
    const QString before = m_category->currentData().toString();
    QList<std::pair<QString, QVariant>> items{{tr("All categories"), QString()}};
    for (const CategoryCount& c : categories) {
        const qsizetype depth = c.path.count(u'/');
        items.append({QString(depth * 4, u' ') + c.path.section(u'/', -1), c.path});
    }
    refill(m_category, items);
    if (m_category->currentData().toString() != before) // the category is gone: show everything
        Q_EMIT filterChanged(filter());
    m_reset->setVisible(!filter().isDefault());
}

void ProductFilterBar::setExpiryWindowDays(int days)
{
    if (days == m_expiryDays)
        return;
    m_expiryDays = days;
    if (m_stock->currentData().toInt() == int(ProductFilter::Stock::Expiring))
        emitChange();
}

void ProductFilterBar::emitChange()
{
    if (m_updating)
        return;
    m_reset->setVisible(!filter().isDefault());
    Q_EMIT filterChanged(filter());
}

void ProductFilterBar::retranslate()
{
    const QScopedValueRollback guard(m_updating, true);
    setCategories(m_categories);
    QList<std::pair<QString, QVariant>> groups{{tr("All groups"), QString()}};
    for (const QString& id : ProductGroup::identifiers())
        groups.append({ProductGroup::displayName(id), id});
    refill(m_group, groups);
    refill(m_ocop, {{tr("OCOP: any"), int(ProductFilter::Ocop::Any)},
                    {tr("OCOP rated"), int(ProductFilter::Ocop::Rated)},
                    {tr("OCOP 3 stars"), int(ProductFilter::Ocop::ThreeStars)},
                    {tr("OCOP 4 stars"), int(ProductFilter::Ocop::FourStars)},
                    {tr("OCOP 5 stars"), int(ProductFilter::Ocop::FiveStars)},
                    {tr("Not OCOP rated"), int(ProductFilter::Ocop::NotRated)}});
    refill(m_stock, {{tr("Any stock"), int(ProductFilter::Stock::Any)},
                     {tr("In stock"), int(ProductFilter::Stock::InStock)},
                     {tr("Out of stock"), int(ProductFilter::Stock::OutOfStock)},
                     {tr("Low stock"), int(ProductFilter::Stock::LowStock)},
                     {tr("Expiring soon"), int(ProductFilter::Stock::Expiring)}});
    refill(m_status, {{tr("On sale"), int(ProductFilter::Status::Active)},
                      {tr("Archived"), int(ProductFilter::Status::Archived)},
                      {tr("On sale and archived"), int(ProductFilter::Status::All)}});
    m_category->setAccessibleName(tr("Category"));
    m_group->setAccessibleName(tr("Product group"));
    m_ocop->setAccessibleName(tr("OCOP rating"));
    m_stock->setAccessibleName(tr("Stock"));
    m_status->setAccessibleName(tr("Status"));
    m_reset->setText(tr("Show all"));
    m_reset->setToolTip(tr("Clear every filter"));
    m_reset->setVisible(!filter().isDefault());
}

void ProductFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ChoPhien
