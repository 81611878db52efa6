#include "EditableTable.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace ChoPhien::EditableTable {

void setUp(QTableWidget* table, const QString& objectName, const QString& accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(true);
}

QLayout* buttonRow(QPushButton* add, QPushButton* remove)
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    return buttons;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void editCell(QTableWidget* table, int row, int column)
{
    table->setCurrentCell(row, column);
    table->setFocus(Qt::OtherFocusReason);
    table->editItem(table->item(row, column));
}

bool removeCurrentRow(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0)
        return false;
    table->removeRow(row);
    return true;
}

void commitEdits(QTableWidget* table)
{
    if (table->isAncestorOf(QApplication::focusWidget()))
        table->setFocus(Qt::OtherFocusReason); // the cell editor loses focus and hands in its text
}

} // namespace ChoPhien::EditableTable
