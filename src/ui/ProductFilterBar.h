#pragma once

#include <storage/ProductList.h>

#include <QWidget>

class QComboBox;
class QPushButton;

namespace ChoPhien {

// The row of filters above the product list: category (the tree, indented), label-law group, OCOP
// stars, stock and status. Each choice applies at once; "Show all" puts every filter back.
class ProductFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductFilterBar)

public:
    explicit ProductFilterBar(QWidget* parent = nullptr);

    ProductFilter filter() const;
    void setFilter(const ProductFilter& filter);
    // The category tree to choose from; keeps the chosen category when it is still there.
    void setCategories(const QList<CategoryCount>& categories);
    // "Expiring soon" means within this many days (the Stock page's setting).
    void setExpiryWindowDays(int days);

    QComboBox* categoryBox() const { return m_category; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* ocopBox() const { return m_ocop; }
    QComboBox* stockBox() const { return m_stock; }
    QComboBox* statusBox() const { return m_status; }
    QPushButton* resetButton() const { return m_reset; }

Q_SIGNALS:
    void filterChanged(const ChoPhien::ProductFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void emitChange();

    QComboBox* m_category;
    QComboBox* m_group;
    QComboBox* m_ocop;
    QComboBox* m_stock;
    QComboBox* m_status;
    QPushButton* m_reset;
    QList<CategoryCount> m_categories;
    bool m_updating = false;
    int m_expiryDays = 30;
};

} // namespace ChoPhien
