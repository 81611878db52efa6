#pragma once

#include "StockActionDialog.h"

namespace ChoPhien {

// Giữ hàng: keeps a quantity aside for a named buyer ("chị Lan, đơn Zalo") until it is sold or cancelled.
class HoldStockDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldStockDialog)

public:
    HoldStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* quantityField() const { return m_quantity; }
    QLineEdit* referenceField() const { return m_reference; }
    QComboBox* lotChoice() const { return m_lot; }

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    QLineEdit* m_quantity;
    QLineEdit* m_reference;
    QComboBox* m_lot;
    QLineEdit* m_note;
    MilliQuantity m_held = 0;
};

} // namespace ChoPhien
