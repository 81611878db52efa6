#pragma once

#include "ProductUndo.h"

#include <core/Product.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ChoPhien {

class CertificationsTab;
class ProductBasicsTab;
class ProductHistoryTab;
class ProductLabelTab;
class ProductVariantsTab;
class WorkspaceSession;
class WriteTransaction;

// Adds or edits one product from the keyboard. Enter saves ("Lưu"); for a new product Ctrl+Enter
// saves and starts the next one, keeping unit, group, category, producer and origin. Ctrl+D turns a saved
// product into a new copy of it. Escape asks before throwing away changes. Save stays disabled, with
// the reason under the field, while the product is not valid; the last save can be undone.
class ProductEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditorDialog)

public:
    // An empty (or unknown) `productId` starts a new product; a variant's opens its product on the
    // variants tab.
    explicit ProductEditorDialog(WorkspaceSession* session, const QString& productId = {},
                                 QWidget* parent = nullptr);
    ~ProductEditorDialog() override;

    bool isNew() const { return m_isNew; }
    QString productId() const { return m_base.id; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool canSave() const;
    QTabWidget* tabs() const { return m_tabs; }
    ProductHistoryTab* historyTab() const { return m_history; }
    ProductVariantsTab* variantsTab() const { return m_variants; }
    // What the last save changed, for the caller to offer undo after the dialog closed.
    const ProductUndo& lastSave() const { return m_undo; }

    // Saves and closes. False (the dialog stays) when the product is not valid or the write failed.
    bool save();
    // Saves and starts the next new product (new products only).
    bool saveAndAddNext();
    // Starts a new product copied from this one (saved products only).
    void duplicate();
    // Writes back the record as it was before the last save (archives it if that save created it).
    bool undoLastSave();

    void reject() override;

Q_SIGNALS:
    void productSaved(const QString& productId);

private:
    void load(const Product& product, bool isNew);
    Product collect(QList<ProductProblem>& problems, QList<Product>* variants = nullptr) const;
    // Creates or updates `product` and its variants in `tx`, remembering for undo what they were.
    bool writeAll(WriteTransaction& tx, const Product& product, const QList<Product>& variants);
    void validate();
    void changed();
    bool write();
    void showSaved(const QString& message);
    void updateTitle();

    WorkspaceSession* m_session;
    QTabWidget* m_tabs;
    ProductBasicsTab* m_basics;
    ProductLabelTab* m_label;
    CertificationsTab* m_certifications;
    ProductVariantsTab* m_variants;
    ProductHistoryTab* m_history;
    QLabel* m_status;
    QPushButton* m_undoButton;
    QPushButton* m_saveNext;
    QPushButton* m_save;
    Product m_base; // fields the form does not show come from here
    ProductUndo m_undo;
    bool m_isNew = true;
    bool m_dirty = false;
    bool m_valid = false;
};

} // namespace ChoPhien
