#pragma once

#include <core/Product.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ChoPhien {

class FieldProblems;

// "Đơn vị bán": the product's selling units besides its own, one per row ("1 bao = 50 kg").
class ProductUnitsBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductUnitsBox)

public:
    enum Column { Unit, Holds, ColumnCount };

    // The table is shown inside `problems`' message wrapper for the field "units".
    ProductUnitsBox(FieldProblems& problems, QWidget* parent = nullptr);
    ~ProductUnitsBox() override;

    void load(const QList<UnitConversion>& conversions, const QString& baseUnit);
    // The rows as conversions; an amount that is not a number adds to `problems`.
    void store(Product& product, QList<ProductProblem>& problems) const;
    // The base unit the amounts are in, shown in the header ("kg").
    void setBaseUnit(const QString& unit);
    // Ends the edit of a cell, so what was typed is in the table.
    void commitEdits();

    QTableWidget* table() const { return m_table; }
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QString m_baseUnit;
    bool m_loading = false;
};

} // namespace ChoPhien
