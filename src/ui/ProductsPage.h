#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace ChoPhien {

class EmptyStateWidget;
class ProductEditorDialog;
class ProductListModel;
class WorkspaceSession;

// Sản phẩm: the catalogue list, or an empty state saying how to start.
class ProductsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)

public:
    explicit ProductsPage(WorkspaceSession* session, QWidget* parent = nullptr);

    ProductListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }
    // Puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();
    // Opens the product editor for a new product (Ctrl+N) or for the product on `row`.
    void addProduct();
    void editProduct(int row);

Q_SIGNALS:
    void openDemoRequested();
    // The editor is about to open (tests answer it instead of a person).
    void editorOpened(ProductEditorDialog* dialog);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateCount();
    void search(const QString& text);
    void jumpToFirstMatch();
    void openEditor(const QString& productId);

    WorkspaceSession* m_session;
    ProductListModel* m_model;
    QLabel* m_heading;
    QLabel* m_count;
    QLineEdit* m_search;
    QPushButton* m_add;
    QTableView* m_table;
    EmptyStateWidget* m_empty;
    QStackedLayout* m_stack;
};

} // namespace ChoPhien
