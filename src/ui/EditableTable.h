#pragma once

#include <QString>

class QLayout;
class QPushButton;
class QTableWidget;

// What the small tables typed into like a spreadsheet (variants, selling units, certifications) share.
namespace ChoPhien::EditableTable {

// One whole row selected at a time, Tab moves across a row's cells, the columns share the width and
// there are no row numbers.
void setUp(QTableWidget* table, const QString& objectName, const QString& accessibleName);
// The add and remove buttons side by side on the left, for below the table.
QLayout* buttonRow(QPushButton* add, QPushButton* remove);
// A cell's text without surrounding spaces; empty when the cell has no item.
QString cellText(const QTableWidget* table, int row, int column);
// Makes `column` of `row` current, focuses the table and opens that cell's editor (after adding a row).
void editCell(QTableWidget* table, int row, int column);
// Removes the current row; false when no row is current.
bool removeCurrentRow(QTableWidget* table);
// Ends the edit of a cell, so what was typed is in the table.
void commitEdits(QTableWidget* table);

} // namespace ChoPhien::EditableTable
