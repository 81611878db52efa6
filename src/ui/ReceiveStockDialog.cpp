#include "ReceiveStockDialog.h"

#include <core/VietnameseText.h>
#include <storage/StockLedger.h>

#include <QFormLayout>
#include <QLineEdit>

namespace ChoPhien {

ReceiveStockDialog::ReceiveStockDialog(WorkspaceSession* session, StockRow row, QWidget* parent)
    : StockActionDialog(session, std::move(row), parent)
{
    setWindowTitle(tr("Receive goods"));
    m_quantity = addQuantityField(tr("Quantity received:"));
    m_lot = new QLineEdit(this);
    m_lot->setPlaceholderText(tr("empty: a lot code is made for today"));
    m_lot->setAccessibleName(tr("Lot code"));
    form()->addRow(tr("Lot code:"), m_lot);
    m_harvested = addDateField(tr("Harvested on:"));
    m_produced = addDateField(tr("Produced on:"));
    m_expires = addDateField(tr("Expires on:"));
    m_supplier = new QLineEdit(this);
    m_supplier->setPlaceholderText(tr("the member household, for example Hộ Lò Văn Páo"));
    m_supplier->setAccessibleName(tr("Supplied by"));
    form()->addRow(tr("Supplied by:"), m_supplier);
    setSaveText(tr("Receive"));
}

QLineEdit* ReceiveStockDialog::addDateField(const QString& label)
{
    auto* field = new QLineEdit(this);
    field->setPlaceholderText(tr("dd/mm/yyyy, or leave empty"));
    field->setAccessibleName(label);
    form()->addRow(label, field);
    return field;
}

QDate ReceiveStockDialog::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d-M-yyyy"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        if (const QDate date = QDate::fromString(trimmed, format); date.isValid())
            return date;
    }
    return {};
}

bool ReceiveStockDialog::readDate(QLineEdit* field, QDate* date)
{
    if (field->text().trimmed().isEmpty())
        return true;
    *date = parseDate(field->text());
    if (date->isValid())
        return true;
    showProblem(tr("“%1” is not a date. Write it as day/month/year, for example 23/11/2026.")
                    .arg(field->text().trimmed()));
    field->setFocus(Qt::OtherFocusReason);
    return false;
}

bool ReceiveStockDialog::write(WriteTransaction& tx)
{
    const auto quantity = quantityIn(m_quantity);
    if (!quantity)
        return false;
    LotDetails details;
    details.code = m_lot->text();
    details.supplier = m_supplier->text();
    if (!readDate(m_harvested, &details.harvestedOn) || !readDate(m_produced, &details.producedOn) ||
        !readDate(m_expires, &details.expiresOn))
        return false;
    Lot lot;
    if (!StockLedger::receive(tx, stockRow().productId, *quantity, details, nullptr, &lot))
        return false;
    m_received = *quantity;
    m_lotCode = lot.code;
    return true;
}

QString ReceiveStockDialog::summary() const
{
    return tr("Received %1 of %2 into lot %3.").arg(amount(m_received), stockRow().name, m_lotCode);
}

} // namespace ChoPhien
