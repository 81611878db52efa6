#pragma once

#include "StockActionDialog.h"

namespace ChoPhien {

// Bán tại chợ: a sale at the market stall. Shows, as the quantity is typed, which lots it will come
// from (earliest expiry first, never an expired lot); goods held for buyers are not sold.
class SellStockDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellStockDialog)

public:
    SellStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* quantityField() const { return m_quantity; }
    QLineEdit* noteField() const { return m_note; }
    QString suggestionText() const;

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    void updateSuggestion();

    QLineEdit* m_quantity;
    QLineEdit* m_note;
    QLabel* m_suggestion;
    MilliQuantity m_sold = 0;
};

} // namespace ChoPhien
