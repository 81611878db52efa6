#pragma once

#include "FieldProblems.h"

#include <core/Product.h>

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ChoPhien {

// "Chứng nhận": the product's certifications (VietGAP, organic…) as a small table, one per row.
class CertificationsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationsTab)

public:
    enum Column { Kind, Number, Issuer, Expiry, ColumnCount };

    explicit CertificationsTab(QWidget* parent = nullptr);

    void load(const QList<Certification>& certifications);
    void store(Product& product, QList<ProductProblem>& problems) const;
    int showProblems(const QList<ProductProblem>& problems) { return m_problems.show(problems); }

    QTableWidget* table() const { return m_table; }
    // Adds an empty row and starts editing its kind.
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

private:
    void appendRow(const Certification& certification);
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    FieldProblems m_problems;
    bool m_loading = false;
};

} // namespace ChoPhien
