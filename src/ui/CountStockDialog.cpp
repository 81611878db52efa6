#include "CountStockDialog.h"

#include <core/Quantity.h>
#include <storage/StockLedger.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ChoPhien {

CountStockDialog::CountStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
    , m_delta(new QLabel(this))
{
    setWindowTitle(tr("Stock count"));
    m_counted = addQuantityField(tr("Counted quantity:"));
    m_delta->setWordWrap(true);
    form()->addRow(tr("Will record:"), m_delta);
    setSaveText(tr("Save the count"));
    connect(m_counted, &QLineEdit::textChanged, this, &CountStockDialog::updateDelta);
    updateDelta();
}

QString CountStockDialog::deltaText() const
{
    return m_delta->text();
}

void CountStockDialog::updateDelta()
{
    const auto counted = Quantity::parse(m_counted->text());
    if (!counted || *counted < 0) {
        m_delta->setText(tr("type what you counted"));
        return;
    }
    const MilliQuantity delta = *counted - stockRow().onHand;
    if (delta == 0)
        m_delta->setText(tr("nothing: the count agrees with the ledger"));
    else if (delta > 0)
        m_delta->setText(tr("an adjustment of +%1 (more than the ledger says)").arg(amount(delta)));
    else
        m_delta->setText(tr("an adjustment of −%1 (less than the ledger says)").arg(amount(-delta)));
}

bool CountStockDialog::write(WriteTransaction& tx)
{
    const auto counted = quantityIn(m_counted);
    QList<StockLedger::Movement> recorded;
    if (!counted || !StockLedger::count(tx, stockRow().productId, *counted, {}, &recorded))
        return false;
    m_recorded = 0;
    for (const auto& m : recorded)
        m_recorded += m.delta;
    return true;
}

QString CountStockDialog::summary() const
{
    if (m_recorded == 0)
        return tr("The count of %1 agrees with the ledger; nothing was recorded.").arg(stockRow().name);
    return tr("Counted %1: recorded an adjustment of %2.")
        .arg(stockRow().name, (m_recorded > 0 ? QStringLiteral("+") : QString()) +
                                  Quantity::format(m_recorded) + u' ' + stockRow().unit);
}

} // namespace ChoPhien
