#pragma once

#include "FieldProblems.h"

#include <core/Product.h>

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ChoPhien {

class OriginPicker;

// "Cơ bản": what every product needs (name, SKU, barcode, unit, prices), where it comes from, and its
// OCOP rating. The SKU is suggested from the name until the clerk types one of their own.
class ProductBasicsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductBasicsTab)

public:
    explicit ProductBasicsTab(QWidget* parent = nullptr);

    // Whether an SKU belongs to another product (used for suggestions).
    void setSkuTaken(std::function<bool(const QString&)> taken) { m_skuTaken = std::move(taken); }
    // The day OCOP expiry is judged against.
    void setToday(const QDate& today);
    // The category paths already in use, offered while typing a category ("gao" finds "Nông sản/Gạo").
    void setKnownCategories(const QStringList& paths);

    // Fills the fields; with `suggestSku` the SKU follows the name until the clerk types one.
    void load(const Product& product, bool suggestSku);
    // Writes the fields into `product`; text that does not parse adds to `problems`.
    void store(Product& product, QList<ProductProblem>& problems) const;
    int showProblems(const QList<ProductProblem>& problems) { return m_problems.show(problems); }
    void focusName();

Q_SIGNALS:
    void changed();

private:
    void suggestSku();
    void updateOcop();
    void reformatMoney(QLineEdit* edit);

    QLineEdit* m_name;
    QLineEdit* m_sku;
    QLineEdit* m_barcode;
    QComboBox* m_unit;
    QLineEdit* m_price;
    QLineEdit* m_salePrice;
    QLineEdit* m_tags;
    QComboBox* m_group;
    QLineEdit* m_category;
    QLineEdit* m_producer;
    QLineEdit* m_producerPhone;
    OriginPicker* m_origin; // created first: tests find its fields by name
    OriginPicker* m_producerCommune;
    QComboBox* m_ocopStars;
    QLineEdit* m_ocopCertificate;
    QDateEdit* m_ocopDecided;
    QLabel* m_ocopExpiry;
    QLabel* m_ocopWarning;
    FieldProblems m_problems;
    std::function<bool(const QString&)> m_skuTaken;
    QDate m_today = QDate::currentDate();
    bool m_followName = false;
    bool m_loading = false;
};

} // namespace ChoPhien
