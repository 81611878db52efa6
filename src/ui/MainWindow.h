#pragma once

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace ChoPhien {

class ProductsPage;
class SettingsPage;
class StatusPanel;
class StockPage;
class WorkspaceSession;

// The shell: left navigation, the pages, the File menu and the status bar. It only wires pages
// together; what happens on a request is DesktopApp's business.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { Products, Stock, Orders, Sync, Training, Settings, PageCount };

    explicit MainWindow(WorkspaceSession* session, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void setRecentWorkspaces(const QStringList& folders);

    ProductsPage* productsPage() const { return m_products; }
    StockPage* stockPage() const { return m_stock; }
    SettingsPage* settingsPage() const { return m_settings; }
    StatusPanel* statusPanel() const { return m_status; }
    QListWidget* navigation() const { return m_navigation; }

Q_SIGNALS:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openFolderRequested(const QString& folder);
    void openDemoRequested();
    void switchClerkRequested();
    void languageRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void updateTitle();

    WorkspaceSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ProductsPage* m_products;
    StockPage* m_stock;
    SettingsPage* m_settings;
    StatusPanel* m_status;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QList<QAction*> m_actions;
};

} // namespace ChoPhien
