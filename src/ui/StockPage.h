#pragma once

#include <storage/StockOverview.h>

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedLayout;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ChoPhien {

class EmptyStateWidget;
class StockActionDialog;
class StockListModel;
class WorkspaceSession;

// Tồn kho: every product's on-hand, held and sellable stock with alerts (low stock, lots that expire
// soon), the actions that change stock, and the selected product's lots, movements and holds below.
// With no products yet it is an empty state that sends the user to the product list.
class StockPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)

public:
    enum class Action { Receive, Sell, Spoil, Count, Hold, Threshold };

    explicit StockPage(WorkspaceSession* session, QWidget* parent = nullptr);

    StockListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* banner() const { return m_banner; }
    QTableWidget* lotsTable() const { return m_lots; }
    QTableWidget* movementsTable() const { return m_movements; }
    QTableWidget* holdsTable() const { return m_holds; }
    QString statusText() const;
    StockAlertCounts alertCounts() const { return m_counts; }

    void setFilter(StockFilter filter);
    void setExpiryWindowDays(int days);
    // Selects the product's row (loading pages until it is found); false when it is not listed.
    bool selectProduct(const QString& productId);
    // Opens the dialog of `action` for the selected product (window-modal, not blocking).
    void openAction(Action action);
    // Releases the hold selected in the holds tab: sold (fulfilled) or cancelled.
    void releaseSelectedHold(bool sold);

Q_SIGNALS:
    void goToProductsRequested();
    void expiryWindowDaysChanged(int days);
    // A dialog is about to open (tests answer it instead of a person).
    void dialogOpened(StockActionDialog* dialog);
    // The banner's counts arrived (they are counted off the GUI thread).
    void alertCountsChanged(const ChoPhien::StockAlertCounts& counts);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateBanner();
    void showCounts(int request, const StockAlertCounts& counts);
    void updateDetails();
    void updateActions();
    void afterWrite(const QString& productId, const QString& summary);
    QString selectedProductId() const;

    WorkspaceSession* m_session;
    StockListModel* m_model;
    QLabel* m_heading;
    QLineEdit* m_search;
    QLabel* m_banner;
    QButtonGroup* m_filters;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QList<QPushButton*> m_actions;
    QPushButton* m_fulfil;
    QPushButton* m_cancelHold;
    QTableView* m_table;
    QTabWidget* m_details;
    QTableWidget* m_lots;
    QTableWidget* m_movements;
    QTableWidget* m_holds;
    QLabel* m_status;
    EmptyStateWidget* m_empty;
    QStackedLayout* m_stack;
    StockAlertCounts m_counts;
    int m_countRequest = 0;
    bool m_writing = false;
};

} // namespace ChoPhien
