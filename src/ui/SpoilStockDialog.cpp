#include "SpoilStockDialog.h"

#include <storage/StockLedger.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ChoPhien {

SpoilStockDialog::SpoilStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
{
    setWindowTitle(tr("Write off spoilage"));
    m_quantity = addQuantityField(tr("Quantity spoiled:"));
    m_lot = addLotChoice(tr("From lot:"), tr("The lots that expire first"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("what happened, for example: mouldy, bottle broken"));
    m_note->setAccessibleName(tr("Note"));
    form()->addRow(tr("Note:"), m_note);
    setSaveText(tr("Write off"));
}

bool SpoilStockDialog::write(WriteTransaction& tx)
{
    const auto quantity = quantityIn(m_quantity);
    if (!quantity ||
        !StockLedger::spoil(tx, stockRow().productId, *quantity, chosenLot(m_lot), m_note->text()))
        return false;
    m_spoiled = *quantity;
    return true;
}

QString SpoilStockDialog::summary() const
{
    return tr("Wrote off %1 of %2 as spoiled.").arg(amount(m_spoiled), stockRow().name);
}

} // namespace ChoPhien
