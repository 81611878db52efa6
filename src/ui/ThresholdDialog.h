#pragma once

#include "StockActionDialog.h"

namespace ChoPhien {

// Ngưỡng sắp hết hàng: at or below this on-hand the product is shown as low on stock; 0 turns it off.
class ThresholdDialog final : public StockActionDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdDialog)

public:
    ThresholdDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    QLineEdit* thresholdField() const { return m_threshold; }

protected:
    bool write(WriteTransaction& tx) override;
    QString summary() const override;

private:
    QLineEdit* m_threshold;
    MilliQuantity m_set = 0;
};

} // namespace ChoPhien
