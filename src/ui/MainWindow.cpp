#include "MainWindow.h"

#include "Dialogs.h"
#include "EmptyStateWidget.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "StartPages.h"
#include "StatusPanel.h"
#include "StockPage.h"
#include "WorkspaceSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include <chophien/AppIdentity.h>

namespace ChoPhien {
namespace {
enum ActionIndex { NewProduct, NewWorkspace, OpenWorkspace, OpenDemo, Quit, About, Find, ActionCount };
}

MainWindow::MainWindow(WorkspaceSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_products(new ProductsPage(session, this))
    , m_stock(new StockPage(session, this))
    , m_settings(new SettingsPage(session, this))
    , m_status(new StatusPanel(session, this))
{
    const char* icons[PageCount] = {"products", "stock", "orders", "sync", "training", "settings"};
    for (const char* icon : icons) {
        auto* item = new QListWidgetItem(QIcon(u":/icons/" + QLatin1StringView(icon) + u".svg"), QString(),
                                         m_navigation);
        item->setSizeHint(QSize(0, 44));
    }
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; }"
                                               "QListWidget::item { padding-left: 8px; }"));

    EmptyStateWidget* training = StartPages::training(this);
    m_pages->addWidget(m_products);
    m_pages->addWidget(m_stock);
    m_pages->addWidget(StartPages::orders(this));
    m_pages->addWidget(StartPages::sync(this));
    m_pages->addWidget(training);
    m_pages->addWidget(m_settings);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);
    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_stock, &StockPage::goToProductsRequested, this, [this] { showPage(Products); });
    connect(training, &EmptyStateWidget::actionTriggered, this, &MainWindow::openDemoRequested);
    connect(m_products, &ProductsPage::openDemoRequested, this, &MainWindow::openDemoRequested);
    connect(m_settings, &SettingsPage::languageRequested, this, &MainWindow::languageRequested);
    connect(m_settings, &SettingsPage::switchClerkRequested, this, &MainWindow::switchClerkRequested);
    connect(m_status, &StatusPanel::switchClerkRequested, this, &MainWindow::switchClerkRequested);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::updateTitle);

    resize(1100, 700);
    retranslate();
    showPage(Products);
}

void MainWindow::buildMenus()
{
    for (int i = 0; i < ActionCount; ++i)
        m_actions.append(new QAction(this));
    m_actions[NewWorkspace]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_actions[NewWorkspace]->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_actions[OpenWorkspace]->setShortcut(QKeySequence::Open);
    m_actions[OpenWorkspace]->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_actions[Quit]->setShortcut(QKeySequence::Quit);
    // Ctrl+F searches products from anywhere in the window.
    m_actions[Find]->setShortcut(QKeySequence::Find);
    m_actions[Find]->setShortcutContext(Qt::WindowShortcut);
    addAction(m_actions[Find]);
    connect(m_actions[Find], &QAction::triggered, this, [this] {
        showPage(Products);
        m_products->focusSearch();
    });
    // Ctrl+N starts a new product from any page.
    m_actions[NewProduct]->setShortcut(QKeySequence::New);
    m_actions[NewProduct]->setShortcutContext(Qt::WindowShortcut);
    m_actions[NewProduct]->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    connect(m_actions[NewProduct], &QAction::triggered, this, [this] {
        showPage(Products);
        m_products->addProduct();
    });
    connect(m_actions[NewWorkspace], &QAction::triggered, this, &MainWindow::newWorkspaceRequested);
    connect(m_actions[OpenWorkspace], &QAction::triggered, this, &MainWindow::openWorkspaceRequested);
    connect(m_actions[OpenDemo], &QAction::triggered, this, &MainWindow::openDemoRequested);
    connect(m_actions[Quit], &QAction::triggered, this, &QWidget::close);
    connect(m_actions[About], &QAction::triggered, this, [this] {
        Dialogs::inform(
            this, tr("About Chợ Phiên"),
            tr("Chợ Phiên %1 — the seller workstation for Vietnam's unified e-commerce platform. It "
               "works offline and sends your work to the platform when there is a connection.")
                .arg(QString::fromUtf8(Identity::version)));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions[NewProduct]);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions[NewWorkspace]);
    m_fileMenu->addAction(m_actions[OpenWorkspace]);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_actions[OpenDemo]);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions[Quit]);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions[About]);
}

void MainWindow::setRecentWorkspaces(const QStringList& folders)
{
    m_recentMenu->clear();
    for (const QString& folder : folders) {
        QAction* action = m_recentMenu->addAction(folder);
        connect(action, &QAction::triggered, this, [this, folder] { Q_EMIT openFolderRequested(folder); });
    }
    m_recentMenu->setEnabled(!folders.isEmpty());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::retranslate()
{
    const QString labels[PageCount] = {tr("Products"), tr("Stock"),    tr("Orders"),
                                       tr("Sync"),     tr("Training"), tr("Settings")};
    for (int i = 0; i < PageCount; ++i)
        m_navigation->item(i)->setText(labels[i]);
    m_navigation->setAccessibleName(tr("Sections"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_helpMenu->setTitle(tr("&Help"));
    m_actions[NewProduct]->setText(tr("New &product…"));
    m_actions[NewWorkspace]->setText(tr("&New workspace…"));
    m_actions[OpenWorkspace]->setText(tr("&Open workspace…"));
    m_actions[OpenDemo]->setText(tr("Open the &demo workspace"));
    m_actions[Quit]->setText(tr("&Quit"));
    m_actions[About]->setText(tr("&About Chợ Phiên"));
    m_actions[Find]->setText(tr("Find products"));
    updateTitle();
}

void MainWindow::updateTitle()
{
    const auto workspace = m_session->workspace();
    const QString app = QString::fromUtf8(Identity::appName);
    setWindowTitle(workspace ? tr("%1 — %2").arg(workspace->name(), app) : app);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace ChoPhien
