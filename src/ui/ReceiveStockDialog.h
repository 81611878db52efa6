#pragma once

#include "StockActionDialog.h"

#include <QDate>

namespace ChoPhien {

// Nhập kho: goods arrive, into a lot with its dates and the member household that supplied it.
class ReceiveStockDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveStockDialog)

public:
    ReceiveStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* quantityField() const { return m_quantity; }
    QLineEdit* lotField() const { return m_lot; }
    QLineEdit* harvestedField() const { return m_harvested; }
    QLineEdit* producedField() const { return m_produced; }
    QLineEdit* expiresField() const { return m_expires; }
    QLineEdit* supplierField() const { return m_supplier; }

    // "23/11/2026", "23-11-2026" or "2026-11-23"; an invalid date when it is none of them.
    static QDate parseDate(const QString& text);

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    QLineEdit* addDateField(const QString& label);
    bool readDate(QLineEdit* field, QDate* date);

    QLineEdit* m_quantity;
    QLineEdit* m_lot;
    QLineEdit* m_harvested;
    QLineEdit* m_produced;
    QLineEdit* m_expires;
    QLineEdit* m_supplier;
    MilliQuantity m_received = 0;
    QString m_lotCode;
};

} // namespace ChoPhien
