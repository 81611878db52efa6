#include "AddClerkDialog.h"

#include <core/Clerk.h>
#include <core/VietnameseText.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ChoPhien {

AddClerkDialog::AddClerkDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add a person"));
    auto* pinValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), this);
    for (QLineEdit* pin : {m_pin, m_pinAgain}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(4);
        pin->setValidator(pinValidator);
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    m_name->setPlaceholderText(tr("For example: Nguyễn Thị Hoa"));
    m_name->setAccessibleName(tr("Name"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pinAgain->setAccessibleName(tr("PIN again"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("PIN (4 digits, optional):"), m_pin);
    form->addRow(tr("PIN again:"), m_pinAgain);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* hint =
        new QLabel(tr("The PIN only keeps colleagues from working under your name by mistake."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_pin, m_pinAgain})
        connect(edit, &QLineEdit::textChanged, this, &AddClerkDialog::validate);
    validate();
}

QString AddClerkDialog::name() const
{
    return VietnameseText::normalized(m_name->text());
}

QString AddClerkDialog::pin() const
{
    return m_pin->text();
}

void AddClerkDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("Type the person's name.");
    else if (!Clerk::isWellFormedPin(m_pin->text()))
        problem = tr("A PIN has exactly 4 digits, or leave it empty.");
    else if (m_pin->text() != m_pinAgain->text())
        problem = tr("The two PINs are not the same.");
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

} // namespace ChoPhien
