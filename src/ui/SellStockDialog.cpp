#include "SellStockDialog.h"

#include "WorkspaceSession.h"

#include <core/DateText.h>
#include <core/Quantity.h>
#include <storage/StockLedger.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace ChoPhien {

SellStockDialog::SellStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
    , m_suggestion(new QLabel(this))
{
    setWindowTitle(tr("Sell at the market"));
    m_quantity = addQuantityField(tr("Quantity sold:"));
    m_suggestion->setWordWrap(true);
    form()->addRow(tr("Taken from:"), m_suggestion);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("optional, for example the buyer"));
    m_note->setAccessibleName(tr("Note"));
    form()->addRow(tr("Note:"), m_note);
    setSaveText(tr("Record the sale"));
    connect(m_quantity, &QLineEdit::textChanged, this, &SellStockDialog::updateSuggestion);
    updateSuggestion();
}

QString SellStockDialog::suggestionText() const
{
    return m_suggestion->text();
}

// One product's lots: a small read, cheap enough to run on every keystroke.
void SellStockDialog::updateSuggestion()
{
    const auto quantity = Quantity::parse(m_quantity->text());
    if (!quantity || *quantity <= 0) {
        m_suggestion->setText(tr("the lots that expire first"));
        return;
    }
    const LotSuggestion suggestion = StockLedger::suggestLots(
        session()->workspace()->database(), stockRow().productId, *quantity, QDate::currentDate());
    QStringList parts;
    for (const LotPick& pick : suggestion.picks) {
        QString lot = pick.code.isEmpty() ? tr("stock in no lot") : tr("lot %1").arg(pick.code);
        if (pick.expiresOn.isValid())
            lot += u' ' + tr("(expires %1)").arg(DateText::date(pick.expiresOn));
        parts.append(amount(pick.quantity) + QStringLiteral(" · ") + lot);
    }
    QString text = parts.join(u'\n');
    if (!suggestion.isComplete())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("%1 is missing: not enough stock that can be sold.").arg(amount(suggestion.missing));
    m_suggestion->setText(text);
}

bool SellStockDialog::write(WriteTransaction& tx)
{
    const auto quantity = quantityIn(m_quantity);
    if (!quantity || !StockLedger::sellAtMarket(tx, stockRow().productId, *quantity, {}, m_note->text()))
        return false;
    m_sold = *quantity;
    return true;
}

QString SellStockDialog::summary() const
{
    return tr("Sold %1 of %2 at the market.").arg(amount(m_sold), stockRow().name);
}

} // namespace ChoPhien
