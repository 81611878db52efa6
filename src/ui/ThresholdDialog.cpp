#include "ThresholdDialog.h"

#include <core/Quantity.h>
#include <storage/StockThresholds.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ChoPhien {

ThresholdDialog::ThresholdDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
{
    setWindowTitle(tr("Low-stock alert"));
    m_threshold = addQuantityField(tr("Warn at or below:"));
    if (stockRow().threshold > 0)
        m_threshold->setText(Quantity::format(stockRow().threshold));
    auto* hint = new QLabel(tr("The product is shown as “Low stock” when what is on hand falls to this "
                               "quantity. 0 turns the alert off."),
                            this);
    hint->setWordWrap(true);
    form()->addRow(hint);
    setSaveText(tr("Save"));
}

bool ThresholdDialog::write(WriteTransaction& tx)
{
    const auto threshold = quantityIn(m_threshold);
    if (!threshold || !StockThresholds::set(tx, stockRow().productId, *threshold))
        return false;
    m_set = *threshold;
    return true;
}

QString ThresholdDialog::summary() const
{
    if (m_set == 0)
        return tr("No low-stock alert for %1 any more.").arg(stockRow().name);
    return tr("%1 is shown as low on stock at %2 or less.").arg(stockRow().name, amount(m_set));
}

} // namespace ChoPhien
