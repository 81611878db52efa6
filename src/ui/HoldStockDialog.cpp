#include "HoldStockDialog.h"

#include <core/VietnameseText.h>
#include <storage/StockHolds.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ChoPhien {

HoldStockDialog::HoldStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
{
    setWindowTitle(tr("Hold goods for a buyer"));
    m_quantity = addQuantityField(tr("Quantity to hold:"));
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("for example: chị Lan, đơn Zalo"));
    m_reference->setAccessibleName(tr("Held for"));
    form()->addRow(tr("Held for:"), m_reference);
    m_lot = addLotChoice(tr("From lot:"), tr("Any lot"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("optional, for example: picks up on Saturday"));
    m_note->setAccessibleName(tr("Note"));
    form()->addRow(tr("Note:"), m_note);
    setSaveText(tr("Hold"));
}

bool HoldStockDialog::write(WriteTransaction& tx)
{
    const auto quantity = quantityIn(m_quantity);
    if (!quantity || !StockHolds::hold(tx, stockRow().productId, *quantity, m_reference->text(),
                                       chosenLot(m_lot), m_note->text()))
        return false;
    m_held = *quantity;
    return true;
}

QString HoldStockDialog::summary() const
{
    return tr("Holding %1 of %2 for %3.")
        .arg(amount(m_held), stockRow().name, VietnameseText::normalized(m_reference->text()));
}

} // namespace ChoPhien
