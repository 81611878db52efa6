#pragma once

#include "StockActionDialog.h"

namespace ChoPhien {

// Ghi hàng hỏng: goods spoiled or broken, from a chosen lot or the lots that expire first.
class SpoilStockDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpoilStockDialog)

public:
    SpoilStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* quantityField() const { return m_quantity; }
    QComboBox* lotChoice() const { return m_lot; }
    QLineEdit* noteField() const { return m_note; }

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    QLineEdit* m_quantity;
    QComboBox* m_lot;
    QLineEdit* m_note;
    MilliQuantity m_spoiled = 0;
};

} // namespace ChoPhien
