#include "StockActionDialog.h"

#include "WorkspaceSession.h"

#include <core/DateText.h>
#include <core/Quantity.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChoPhien {

StockActionDialog::StockActionDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_row(std::move(row))
    , m_form(new QFormLayout)
    , m_levels(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
{
    auto* name = new QLabel(
        QStringLiteral("<b>%1</b> · %2").arg(m_row.name.toHtmlEscaped(), m_row.sku.toHtmlEscaped()), this);
    m_levels->setText(tr("On hand: %1 · held: %2 · sellable: %3")
                          .arg(amount(m_row.onHand), amount(m_row.reserved), amount(m_row.sellable())));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(m_levels);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString StockActionDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QLineEdit* StockActionDialog::addQuantityField(const QString& label)
{
    auto* field = new QLineEdit(this);
    field->setPlaceholderText(tr("for example 2,5"));
    field->setAccessibleName(label);
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(new QLabel(m_row.unit, this));
    m_form->addRow(label, row);
    connect(field, &QLineEdit::textEdited, this, [this] { m_problem->setVisible(false); });
    return field;
}

std::optional<MilliQuantity> StockActionDialog::quantityIn(QLineEdit* field)
{
    if (const auto quantity = Quantity::parse(field->text()))
        return quantity;
    showProblem(field->text().trimmed().isEmpty()
                    ? tr("Type the quantity.")
                    : tr("“%1” is not a quantity. Write it like 2,5 or 1.500 (a comma before decimals).")
                          .arg(field->text().trimmed()));
    field->setFocus(Qt::OtherFocusReason);
    return std::nullopt;
}

QComboBox* StockActionDialog::addLotChoice(const QString& label, const QString& anyLot)
{
    auto* choice = new QComboBox(this);
    choice->addItem(anyLot, QString());
    for (const Lot& lot : StockLedger::lots(m_session->workspace()->database(), m_row.productId)) {
        QString text = lot.code + QStringLiteral(" · ") + amount(lot.onHand);
        if (lot.expiresOn.isValid())
            text += QStringLiteral(" · ") + tr("expires %1").arg(DateText::date(lot.expiresOn));
        choice->addItem(text, lot.id);
    }
    choice->setAccessibleName(label);
    m_form->addRow(label, choice);
    return choice;
}

QString StockActionDialog::chosenLot(const QComboBox* choice)
{
    return choice->currentData().toString();
}

void StockActionDialog::setSaveText(const QString& text)
{
    m_save->setText(text);
}

void StockActionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString StockActionDialog::amount(MilliQuantity quantity) const
{
    return Quantity::format(quantity) + u' ' + m_row.unit;
}

void StockActionDialog::accept()
{
    if (!m_session->isOpen())
        return;
    showProblem({});
    WriteTransaction tx(m_session->workspace()->database(), m_session->actor(),
                        m_session->workspace()->clock());
    if (!write(tx) || !tx.commit()) {
        if (const StorageError error = tx.error())
            showProblem(error.message());
        return; // stays open: nothing was written
    }
    Q_EMIT saved(summary());
    QDialog::accept();
}

} // namespace ChoPhien
