#include "CertificationsTab.h"

#include "EditableTable.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChoPhien {
namespace {
const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
using EditableTable::cellText;
} // namespace

CertificationsTab::CertificationsTab(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add a certification"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    EditableTable::setUp(m_table, QStringLiteral("certifications"), tr("Certifications"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Number"), tr("Issued by"), tr("Valid until (dd/mm/yyyy)")});

    auto* hint = new QLabel(tr("For example VietGAP, organic (hữu cơ), GlobalGAP, HACCP or ISO 22000, with "
                               "the number on the certificate."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_problems.wrap(QStringLiteral("certifications"), m_table, this), 1);
    layout->addLayout(EditableTable::buttonRow(m_add, m_remove));

    connect(m_add, &QPushButton::clicked, this, &CertificationsTab::addRow);
    connect(m_remove, &QPushButton::clicked, this, &CertificationsTab::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &CertificationsTab::updateButtons);
    updateButtons();
}

void CertificationsTab::load(const QList<Certification>& certifications)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const Certification& c : certifications)
        appendRow(c);
    m_loading = false;
    updateButtons();
}

void CertificationsTab::store(Product& product, QList<ProductProblem>& problems) const
{
    product.certifications.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Certification c;
        c.kind = cellText(m_table, row, Kind);
        c.number = cellText(m_table, row, Number);
        c.issuer = cellText(m_table, row, Issuer);
        const QString expiry = cellText(m_table, row, Expiry);
        if (c.kind.isEmpty() && c.number.isEmpty() && c.issuer.isEmpty() && expiry.isEmpty())
            continue; // a row added and left empty is not a certification
        if (!expiry.isEmpty()) {
            c.expiresOn = QDate::fromString(expiry, kDateFormat);
            if (!c.expiresOn.isValid())
                c.expiresOn = QDate::fromString(expiry, QStringLiteral("d/M/yyyy"));
            if (!c.expiresOn.isValid())
                problems.append({QStringLiteral("certifications"),
                                 tr("Write the expiry date as day/month/year, for example 31/12/2026.")});
        }
        product.certifications.append(c);
    }
}

void CertificationsTab::addRow()
{
    appendRow({});
    EditableTable::editCell(m_table, m_table->rowCount() - 1, Kind);
    Q_EMIT changed();
}

void CertificationsTab::removeCurrentRow()
{
    if (!EditableTable::removeCurrentRow(m_table))
        return;
    updateButtons();
    Q_EMIT changed();
}

void CertificationsTab::appendRow(const Certification& c)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Kind, new QTableWidgetItem(c.kind));
    m_table->setItem(row, Number, new QTableWidgetItem(c.number));
    m_table->setItem(row, Issuer, new QTableWidgetItem(c.issuer));
    m_table->setItem(row, Expiry, new QTableWidgetItem(c.expiresOn.toString(kDateFormat)));
    m_loading = loading;
    updateButtons();
}

void CertificationsTab::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace ChoPhien
