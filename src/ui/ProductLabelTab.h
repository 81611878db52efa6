#pragma once

#include "FieldProblems.h"

#include <core/Product.h>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ChoPhien {

// "Nhãn & bảo quản": what the label says (net quantity, ingredients, allergens, storage, usage, shelf
// life), the package's weight and size for shipping, and the description.
class ProductLabelTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductLabelTab)

public:
    explicit ProductLabelTab(QWidget* parent = nullptr);

    void load(const Product& product);
    void store(Product& product, QList<ProductProblem>& problems) const;
    int showProblems(const QList<ProductProblem>& problems) { return m_problems.show(problems); }

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit* newText(const QString& objectName);
    QSpinBox* newSpin(const QString& objectName, int maximum, const QString& suffix);

    QLineEdit* m_netQuantity;
    QComboBox* m_netUnit;
    QPlainTextEdit* m_ingredients;
    QPlainTextEdit* m_allergens;
    QPlainTextEdit* m_storage;
    QPlainTextEdit* m_usage;
    QSpinBox* m_shelfLife;
    QSpinBox* m_weight;
    QSpinBox* m_length;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QPlainTextEdit* m_description;
    FieldProblems m_problems;
    bool m_loading = false;
};

} // namespace ChoPhien
