#pragma once

#include "FieldProblems.h"

#include <core/Product.h>

#include <QHash>
#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ChoPhien {

class ProductUnitsBox;

// "Biến thể & đơn vị": what the product's variants differ in (up to two option names), one row per
// variant (options, SKU suggested from the product's, barcode, price, stock read-only), and the
// selling units. A removed variant is archived when the product is saved: its history stays.
class ProductVariantsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductVariantsTab)

public:
    enum Column { Option1, Option2, Sku, Barcode, Price, Stock, ColumnCount };

    explicit ProductVariantsTab(QWidget* parent = nullptr);
    ~ProductVariantsTab() override;

    // Whether an SKU belongs to a product other than `exceptId` (for suggestions).
    void setSkuTaken(std::function<bool(const QString& sku, const QString& exceptId)> taken)
    {
        m_skuTaken = std::move(taken);
    }
    // The product's SKU, which variant SKUs are suggested from.
    void setParentSku(std::function<QString()> sku) { m_parentSku = std::move(sku); }

    // `variants` as stored (archived ones are left out); `stock` by variant id, in `parent.unit`.
    void load(const Product& parent, const QList<Product>& variants,
              const QHash<QString, MilliQuantity>& stock);
    // Writes the option names and units into `parent` and the rows into `variants` (as variants of
    // `parent`; a row added here has a fresh id of its own; removed saved ones come back archived). Text that
    // does not parse adds to `problems`.
    void store(Product& parent, QList<Product>& variants, QList<ProductProblem>& problems) const;
    int showProblems(const QList<ProductProblem>& problems) { return m_problems.show(problems); }
    // Ends the edit of a cell, so what was typed counts.
    void commitEdits();
    void setBaseUnit(const QString& unit);

    QTableWidget* table() const { return m_table; }
    ProductUnitsBox* units() const { return m_units; }
    // Adds a row (at the product's price) and starts editing its first option.
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

private:
    void cellChanged(int row, int column);
    void suggestSku(int row);
    void updateButtons();
    void updateColumns();
    QString cell(int row, int column) const;

    FieldProblems m_problems; // before m_units, which wraps its table with it
    QLineEdit* m_option1Name;
    QLineEdit* m_option2Name;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    ProductUnitsBox* m_units;
    QHash<QString, Product> m_stored; // by id: the variants as loaded, for the fields not shown
    QStringList m_removed;            // ids of stored variants taken out of the table
    QString m_unit;
    Dong m_parentPrice = 0;
    std::function<bool(const QString&, const QString&)> m_skuTaken;
    std::function<QString()> m_parentSku;
    bool m_loading = false;
};

} // namespace ChoPhien
