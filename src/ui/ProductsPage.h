#pragma once

#include "ProductUndo.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace ChoPhien {

class BulkEditDialog;
class EmptyStateWidget;
class ProductEditorDialog;
class ProductFilterBar;
class ProductListModel;
class UndoBar;
class WorkspaceSession;

// Sản phẩm: the catalogue list (filters, sortable columns, several rows chosen for one change), or an
// empty state saying how to start. After the editor saves and closes, a bar offers to undo that save.
class ProductsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)

public:
    explicit ProductsPage(WorkspaceSession* session, QWidget* parent = nullptr);

    ProductListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }
    ProductFilterBar* filterBar() const { return m_filters; }
    UndoBar* undoBar() const { return m_undoBar; }
    QPushButton* bulkEditButton() const { return m_bulkEdit; }
    // Puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();
    // Opens the product editor for a new product (Ctrl+N) or for the product on `row`.
    void addProduct();
    void editProduct(int row);
    // Delete (the key): deletes the chosen product after asking, or, once it has stock history,
    // offers to archive it instead.
    void deleteChosen();
    // Opens the bulk edit for the chosen rows.
    void bulkEditSelected();
    QStringList selectedIds() const;

Q_SIGNALS:
    void openDemoRequested();
    // The editor is about to open (tests answer it instead of a person).
    void editorOpened(ProductEditorDialog* dialog);
    void bulkEditOpened(BulkEditDialog* dialog);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void updateCount();
    void search(const QString& text);
    void jumpToFirstMatch();
    void openEditor(const QString& productId);
    void editorClosed(ProductEditorDialog* dialog);
    void undoLastSave();
    void updateSelection();

    WorkspaceSession* m_session;
    ProductListModel* m_model;
    QLabel* m_heading;
    QLabel* m_count;
    QLineEdit* m_search;
    QPushButton* m_add;
    QPushButton* m_bulkEdit;
    ProductFilterBar* m_filters;
    UndoBar* m_undoBar;
    QTableView* m_table;
    ProductUndo m_undo;
    EmptyStateWidget* m_empty;
    QStackedLayout* m_stack;
};

} // namespace ChoPhien
