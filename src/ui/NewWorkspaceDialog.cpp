#include "NewWorkspaceDialog.h"

#include <core/VietnameseText.h>
#include <storage/Workspace.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChoPhien {

NewWorkspaceDialog::NewWorkspaceDialog(const QString& baseFolder, QWidget* parent)
    : QDialog(parent)
    , m_baseFolder(baseFolder)
    , m_name(new QLineEdit(this))
    , m_clerk(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New workspace"));
    setMinimumWidth(520);
    m_name->setPlaceholderText(tr("For example: HTX Nông sản Xuân Phong"));
    m_clerk->setPlaceholderText(tr("For example: Nguyễn Thị Hoa"));
    m_name->setAccessibleName(tr("Workspace name"));
    m_clerk->setAccessibleName(tr("Your name"));
    m_folder->setAccessibleName(tr("Folder"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Cooperative or shop name:"), m_name);
    form->addRow(tr("Your name:"), m_clerk);
    form->addRow(tr("Saved in:"), folderRow);
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_folderEdited) {
            const QString slug = VietnameseText::slug(m_name->text());
            m_folder->setText(slug.isEmpty() ? QString() : QDir(m_baseFolder).filePath(slug));
        }
        update();
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_folder, &QLineEdit::textChanged, this, &NewWorkspaceDialog::update);
    connect(m_clerk, &QLineEdit::textChanged, this, &NewWorkspaceDialog::update);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Where to keep the workspace"), m_baseFolder);
        if (!chosen.isEmpty()) {
            m_folderEdited = true;
            m_folder->setText(chosen);
        }
    });
    update();
}

QString NewWorkspaceDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString NewWorkspaceDialog::workspaceName() const
{
    return VietnameseText::normalized(m_name->text());
}

QString NewWorkspaceDialog::clerkName() const
{
    return VietnameseText::normalized(m_clerk->text());
}

void NewWorkspaceDialog::update()
{
    QString problem;
    if (workspaceName().isEmpty())
        problem = tr("Type the name of your cooperative or shop.");
    else if (clerkName().isEmpty())
        problem = tr("Type your name: your work is recorded under it.");
    else if (folder().isEmpty())
        problem = tr("Choose where to keep the workspace.");
    else if (Workspace::holdsWorkspace(folder()))
        problem = tr("That folder already holds a workspace. Choose another folder, or open it instead.");
    m_problem->setText(problem);
    m_create->setEnabled(problem.isEmpty());
}

} // namespace ChoPhien
