#include "ClerkPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChoPhien {

ClerkPickerDialog::ClerkPickerDialog(QList<Clerk> clerks, const QString& preselectedId, QWidget* parent)
    : QDialog(parent)
    , m_clerks(std::move(clerks))
    , m_list(new QListWidget(this))
    , m_pin(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Who is working now?"));
    auto* intro = new QLabel(tr("Choose your name. Everything you change is recorded under it."), this);
    intro->setWordWrap(true);
    for (const Clerk& clerk : std::as_const(m_clerks)) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/clerk.svg")), clerk.name, m_list);
        if (clerk.id == preselectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("People"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAccessibleName(tr("PIN"));

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start working"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClerkPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClerkPickerDialog::selectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ClerkPickerDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_pin);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    selectionChanged();
}

Clerk ClerkPickerDialog::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_clerks.size() ? m_clerks.at(row) : Clerk{};
}

void ClerkPickerDialog::choose(int row, const QString& pin)
{
    m_list->setCurrentRow(row);
    m_pin->setText(pin);
}

void ClerkPickerDialog::selectionChanged()
{
    const Clerk clerk = chosen();
    m_pin->setVisible(clerk.hasPin());
    m_pin->clear();
    m_problem->clear();
    m_start->setEnabled(!clerk.id.isEmpty());
    if (clerk.hasPin())
        m_pin->setFocus();
}

void ClerkPickerDialog::accept()
{
    const Clerk clerk = chosen();
    if (clerk.id.isEmpty())
        return;
    if (!clerk.acceptsPin(m_pin->text())) {
        m_problem->setText(tr("That PIN is not right. Try again."));
        m_pin->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace ChoPhien
