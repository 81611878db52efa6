#include "WorkspaceChooserDialog.h"

#include "HeadingFont.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ChoPhien {

WorkspaceChooserDialog::WorkspaceChooserDialog(const QStringList& recentFolders, QWidget* parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
{
    setWindowTitle(tr("Welcome to Chợ Phiên"));
    setMinimumWidth(560);

    auto* title = new QLabel(tr("Welcome to Chợ Phiên"), this);
    setHeadingFont(title, 1.5);
    auto* intro =
        new QLabel(tr("Chợ Phiên keeps your products, stock and orders on this computer, and sends them "
                      "to the e-commerce platform whenever there is a connection. Where do you want to "
                      "start?"),
                   this);
    intro->setWordWrap(true);

    auto* create =
        new QCommandLinkButton(tr("Start a new workspace"),
                               tr("For your cooperative or shop: an empty workspace to fill with your "
                                  "own products."),
                               this);
    create->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    auto* demo = new QCommandLinkButton(
        tr("Open the demo workspace"),
        tr("Sample products to practise on. Nothing you do there is sent anywhere."), this);
    demo->setIcon(QIcon(QStringLiteral(":/icons/products.svg")));
    auto* open = new QCommandLinkButton(tr("Open a workspace folder…"),
                                        tr("A workspace already on this computer or on a USB stick."), this);
    open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(create);
    layout->addWidget(demo);
    layout->addWidget(open);

    m_recent->addItems(recentFolders);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    if (!recentFolders.isEmpty()) {
        layout->addWidget(new QLabel(tr("Recent workspaces (double-click to open):"), this));
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }

    connect(create, &QCommandLinkButton::clicked, this, [this] { finish(Choice::CreateNew); });
    connect(demo, &QCommandLinkButton::clicked, this, [this] { finish(Choice::OpenDemo); });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the workspace folder"));
        if (!folder.isEmpty())
            finish(Choice::OpenFolder, folder);
    });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { finish(Choice::OpenFolder, item->text()); });
    create->setFocus();
}

void WorkspaceChooserDialog::finish(Choice choice, const QString& folder)
{
    m_choice = choice;
    m_folder = folder;
    accept();
}

} // namespace ChoPhien
