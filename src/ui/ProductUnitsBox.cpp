#include "ProductUnitsBox.h"

#include "EditableTable.h"
#include "FieldProblems.h"

#include <core/Quantity.h>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChoPhien {

ProductUnitsBox::ProductUnitsBox(FieldProblems& problems, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add a selling &unit"), this))
    , m_remove(new QPushButton(tr("Remove unit"), this))
{
    EditableTable::setUp(m_table, QStringLiteral("units"), tr("Selling units"));
    // A few units at most: room for three rows, the variants above get the rest.
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 +
                              m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth());
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeUnit"));

    auto* hint =
        new QLabel(tr("Sold also in bigger packs? For example 1 bao = 50 kg: unit “bao”, holds 50."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(problems.wrap(QStringLiteral("units"), m_table, this));
    layout->addLayout(EditableTable::buttonRow(m_add, m_remove));
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);

    connect(m_add, &QPushButton::clicked, this, &ProductUnitsBox::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ProductUnitsBox::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ProductUnitsBox::updateButtons);
    setBaseUnit({});
    updateButtons();
}

ProductUnitsBox::~ProductUnitsBox()
{
    // An open cell editor hands in its text while the children are destroyed: not to this any more.
    m_table->disconnect(this);
}

void ProductUnitsBox::setBaseUnit(const QString& unit)
{
    m_baseUnit = unit;
    m_table->setHorizontalHeaderLabels(
        {tr("Unit"), unit.isEmpty() ? tr("Holds (in the product's unit)") : tr("Holds (%1)").arg(unit)});
}

void ProductUnitsBox::load(const QList<UnitConversion>& conversions, const QString& baseUnit)
{
    m_loading = true;
    setBaseUnit(baseUnit);
    m_table->setRowCount(0);
    for (const UnitConversion& c : conversions) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Unit, new QTableWidgetItem(c.unit));
        m_table->setItem(row, Holds, new QTableWidgetItem(Quantity::format(c.perUnitInBase)));
    }
    m_loading = false;
    updateButtons();
}

void ProductUnitsBox::store(Product& product, QList<ProductProblem>& problems) const
{
    product.conversions.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString unit = EditableTable::cellText(m_table, row, Unit);
        const QString holds = EditableTable::cellText(m_table, row, Holds);
        if (unit.isEmpty() && holds.isEmpty())
            continue; // a row added and left empty
        const auto amount = Quantity::parse(holds);
        if (!amount)
            problems.append({QStringLiteral("units"), tr("Type how much one %1 holds, for example 50 or 0,5.")
                                                          .arg(unit.isEmpty() ? tr("unit") : unit)});
        product.conversions.append({unit, amount.value_or(0)});
    }
}

void ProductUnitsBox::commitEdits()
{
    EditableTable::commitEdits(m_table);
}

void ProductUnitsBox::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    m_table->setItem(row, Unit, new QTableWidgetItem);
    m_table->setItem(row, Holds, new QTableWidgetItem);
    m_loading = false;
    EditableTable::editCell(m_table, row, Unit);
    updateButtons();
}

void ProductUnitsBox::removeCurrentRow()
{
    if (!EditableTable::removeCurrentRow(m_table))
        return;
    updateButtons();
    Q_EMIT changed();
}

void ProductUnitsBox::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace ChoPhien
