#pragma once

#include "StockActionDialog.h"

namespace ChoPhien {

// Kiểm kê: the clerk types what was counted; the dialog shows the adjustment it will record (the
// difference from the ledger) before anything is saved.
class CountStockDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountStockDialog)

public:
    CountStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* countedField() const { return m_counted; }
    QString deltaText() const;

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    void updateDelta();

    QLineEdit* m_counted;
    QLabel* m_delta;
    MilliQuantity m_recorded = 0;
};

} // namespace ChoPhien
