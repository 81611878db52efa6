#include "ProductVariantsTab.h"

#include "EditableTable.h"
#include "ProductUnitsBox.h"

#include <core/Ean13.h>
#include <core/Ids.h>
#include <core/Money.h>
#include <core/ProductVariants.h>
#include <core/Quantity.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChoPhien {
namespace {
constexpr int kIdRole = Qt::UserRole;            // on the Option1 item: the variant's id
constexpr int kSuggestedRole = Qt::UserRole + 1; // on the SKU item: the SKU last suggested
} // namespace

ProductVariantsTab::ProductVariantsTab(QWidget* parent)
    : QWidget(parent)
    , m_option1Name(new QLineEdit(this))
    , m_option2Name(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add a &variant"), this))
    , m_remove(new QPushButton(tr("Remove variant"), this))
    , m_units(new ProductUnitsBox(m_problems, this))
{
    m_option1Name->setObjectName(QStringLiteral("option1Name"));
    m_option2Name->setObjectName(QStringLiteral("option2Name"));
    m_option1Name->setPlaceholderText(tr("For example: Dung tích"));
    m_option2Name->setPlaceholderText(tr("Optional, for example: Loại"));
    EditableTable::setUp(m_table, QStringLiteral("variants"), tr("Variants"));
    m_add->setObjectName(QStringLiteral("addVariant"));
    m_remove->setObjectName(QStringLiteral("removeVariant"));
    for (QPushButton* b : {m_add, m_remove})
        b->setAutoDefault(false);

    // Both names on one line, so the table below keeps the room.
    auto* first = new QFormLayout;
    first->addRow(tr("&First option:"), m_problems.wrap(QStringLiteral("option_names"), m_option1Name, this));
    auto* second = new QFormLayout;
    second->addRow(tr("S&econd option:"), m_option2Name);
    auto* names = new QHBoxLayout;
    names->addLayout(first, 1);
    names->addSpacing(16);
    names->addLayout(second, 1);
    auto* hint = new QLabel(tr("Sold in several sizes or grades? Name what differs, then add one row per "
                               "variant: each has its own SKU, barcode, price and stock."),
                            this);
    hint->setWordWrap(true);
    auto* variantsBox = new QGroupBox(tr("Variants"), this);
    auto* variantsLayout = new QVBoxLayout(variantsBox);
    variantsLayout->addWidget(hint);
    variantsLayout->addLayout(names);
    variantsLayout->addWidget(m_problems.wrap(QStringLiteral("variants"), m_table, this), 1);
    variantsLayout->addLayout(EditableTable::buttonRow(m_add, m_remove));
    auto* unitsBox = new QGroupBox(tr("Selling units"), this);
    auto* unitsLayout = new QVBoxLayout(unitsBox);
    m_units->setParent(unitsBox);
    unitsLayout->addWidget(m_units);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(variantsBox, 1);
    layout->addWidget(unitsBox);

    // Reading order: the names, the table, its buttons, then the units.
    QWidget* order[] = {m_option1Name, m_option2Name, m_table, m_add, m_remove, m_units->table()};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (QLineEdit* edit : {m_option1Name, m_option2Name}) {
        connect(edit, &QLineEdit::textChanged, this, notify);
        connect(edit, &QLineEdit::textChanged, this, &ProductVariantsTab::updateColumns);
    }
    connect(m_add, &QPushButton::clicked, this, &ProductVariantsTab::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ProductVariantsTab::removeCurrentRow);
    connect(m_table, &QTableWidget::cellChanged, this, &ProductVariantsTab::cellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ProductVariantsTab::updateButtons);
    connect(m_units, &ProductUnitsBox::changed, this, notify);
    updateColumns();
    updateButtons();
}

QString ProductVariantsTab::cell(int row, int column) const
{
    return EditableTable::cellText(m_table, row, column);
}

ProductVariantsTab::~ProductVariantsTab()
{
    // An open cell editor hands in its text while the children are destroyed: not to this any more.
    m_table->disconnect(this);
    m_units->disconnect(this);
    m_option1Name->disconnect(this);
    m_option2Name->disconnect(this);
}

void ProductVariantsTab::setBaseUnit(const QString& unit)
{
    m_unit = unit;
    m_units->setBaseUnit(unit);
}

void ProductVariantsTab::updateColumns()
{
    const QString first = m_option1Name->text().trimmed();
    const QString second = m_option2Name->text().trimmed();
    m_table->setHorizontalHeaderLabels({first.isEmpty() ? tr("First option") : first,
                                        second.isEmpty() ? tr("Second option") : second, tr("SKU"),
                                        tr("Barcode"), tr("Price"), tr("In stock")});
    m_table->setColumnHidden(Option2, second.isEmpty());
}

void ProductVariantsTab::load(const Product& parent, const QList<Product>& variants,
                              const QHash<QString, MilliQuantity>& stock)
{
    m_loading = true;
    m_stored.clear();
    m_removed.clear();
    m_parentPrice = parent.price;
    m_option1Name->setText(parent.option1Name);
    m_option2Name->setText(parent.option2Name);
    m_table->setRowCount(0);
    setBaseUnit(parent.unit);
    for (const Product& v : variants) {
        if (v.archived)
            continue;
        m_stored.insert(v.id, v);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* first = new QTableWidgetItem(v.option1);
        first->setData(kIdRole, v.id);
        m_table->setItem(row, Option1, first);
        m_table->setItem(row, Option2, new QTableWidgetItem(v.option2));
        m_table->setItem(row, Sku, new QTableWidgetItem(v.sku));
        m_table->setItem(row, Barcode, new QTableWidgetItem(v.barcode));
        m_table->setItem(row, Price, new QTableWidgetItem(Money::format(v.price)));
        auto* onHand = new QTableWidgetItem(Quantity::format(stock.value(v.id)) + u' ' + parent.unit);
        onHand->setFlags(onHand->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Stock, onHand);
    }
    m_units->load(parent.conversions, parent.unit);
    m_loading = false;
    updateColumns();
    updateButtons();
}

void ProductVariantsTab::store(Product& parent, QList<Product>& variants,
                               QList<ProductProblem>& problems) const
{
    parent.option1Name = m_option1Name->text().trimmed();
    parent.option2Name = m_option2Name->text().trimmed();
    m_units->store(parent, problems);
    variants.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id =
            m_table->item(row, Option1) ? m_table->item(row, Option1)->data(kIdRole).toString() : QString();
        const bool blank = cell(row, Option1).isEmpty() && cell(row, Option2).isEmpty() &&
                           cell(row, Sku).isEmpty() && cell(row, Barcode).isEmpty();
        if (!m_stored.contains(id) && blank)
            continue; // a row added and left empty is not a variant
        Product v = m_stored.value(id);
        v.id = id;
        v.parentId = parent.id;
        v.option1 = cell(row, Option1);
        v.option2 = cell(row, Option2);
        v.sku = cell(row, Sku);
        v.barcode = Ean13::normalizedBarcode(cell(row, Barcode));
        const QString price = cell(row, Price);
        const auto amount = Money::parse(price);
        if (!amount && !price.isEmpty())
            problems.append({QStringLiteral("variants"),
                             tr("Type each variant's price in đồng, for example 25.000 or 25k.")});
        v.price = amount.value_or(0);
        variants.append(ProductVariants::withParentFields(parent, v));
    }
    for (const QString& id : m_removed) {
        Product gone = m_stored.value(id);
        gone.archived = true;
        variants.append(gone);
    }
}

void ProductVariantsTab::commitEdits()
{
    EditableTable::commitEdits(m_table);
    m_units->commitEdits();
}

void ProductVariantsTab::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_table->item(row, Option1)->setData(kIdRole, Ids::newId());
    m_table->item(row, Price)->setText(Money::format(m_parentPrice));
    m_table->item(row, Stock)->setText(Quantity::format(0) + u' ' + m_unit);
    m_table->item(row, Stock)->setFlags(m_table->item(row, Stock)->flags() & ~Qt::ItemIsEditable);
    m_loading = false;
    EditableTable::editCell(m_table, row, Option1);
    updateButtons();
    Q_EMIT changed();
}

void ProductVariantsTab::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id =
        m_table->item(row, Option1) ? m_table->item(row, Option1)->data(kIdRole).toString() : QString();
    if (m_stored.contains(id))
        m_removed.append(id);
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT changed();
}

void ProductVariantsTab::cellChanged(int row, int column)
{
    if (m_loading)
        return;
    if (column == Option1 || column == Option2)
        suggestSku(row);
    if (column == Price) {
        // Shown as đồng once it reads as an amount ("25k" becomes "25.000 ₫").
        QTableWidgetItem* item = m_table->item(row, Price);
        if (const auto amount = Money::parse(item->text());
            amount && item->text() != Money::format(*amount)) {
            m_loading = true;
            item->setText(Money::format(*amount));
            m_loading = false;
        }
    }
    Q_EMIT changed();
}

void ProductVariantsTab::suggestSku(int row)
{
    QTableWidgetItem* sku = m_table->item(row, Sku);
    if (!sku || !m_parentSku)
        return;
    // Only while the SKU is empty or still the one suggested: an SKU typed by the clerk stays.
    if (!sku->text().isEmpty() && sku->text() != sku->data(kSuggestedRole).toString())
        return;
    const QString id = m_table->item(row, Option1)->data(kIdRole).toString();
    const auto taken = [&](const QString& candidate) {
        for (int other = 0; other < m_table->rowCount(); ++other) {
            if (other != row && cell(other, Sku).compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return m_skuTaken && m_skuTaken(candidate, id);
    };
    const QString suggestion =
        ProductVariants::suggestSku(m_parentSku(), cell(row, Option1), cell(row, Option2), taken);
    m_loading = true;
    sku->setData(kSuggestedRole, suggestion);
    sku->setText(suggestion);
    m_loading = false;
}

void ProductVariantsTab::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace ChoPhien
