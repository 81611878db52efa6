#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableView;

namespace ChoPhien {

class EmptyStateWidget;
class ProductListModel;
class WorkspaceSession;

// Sản phẩm: the catalogue list, or an empty state saying how to start.
class ProductsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)

public:
    explicit ProductsPage(WorkspaceSession* session, QWidget* parent = nullptr);

    ProductListModel* model() const { return m_model; }

Q_SIGNALS:
    void openDemoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();

    WorkspaceSession* m_session;
    ProductListModel* m_model;
    QLabel* m_heading;
    QLabel* m_count;
    QTableView* m_table;
    EmptyStateWidget* m_empty;
    QStackedLayout* m_stack;
};

} // namespace ChoPhien
