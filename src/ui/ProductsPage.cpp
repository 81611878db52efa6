#include "ProductsPage.h"

#include "BulkEditDialog.h"
#include "Dialogs.h"
#include "EmptyStateWidget.h"
#include "HeadingFont.h"
#include "ProductEditorDialog.h"
#include "ProductFilterBar.h"
#include "ProductListModel.h"
#include "UndoBar.h"
#include "WorkspaceSession.h"

#include <storage/ProductRemoval.h>
#include <storage/ProductStore.h>
#include <storage/WriteTransaction.h>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace ChoPhien {

ProductsPage::ProductsPage(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProductListModel(this))
    , m_heading(new QLabel(this))
    , m_count(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_bulkEdit(new QPushButton(this))
    , m_filters(new ProductFilterBar(this))
    , m_undoBar(new UndoBar(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyStateWidget(QStringLiteral(":/icons/products.svg"), this))
{
    setHeadingFont(m_heading, 1.3);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (int column : {ProductListModel::Sku, ProductListModel::Category, ProductListModel::Price,
                       ProductListModel::Unit, ProductListModel::OnHand, ProductListModel::Ocop})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Clicking a column header sorts by it (in the database, so the order holds while scrolling); the
    // columns that cannot sort keep the arrow where it was.
    m_table->horizontalHeader()->setSortIndicator(ProductListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!ProductListModel::isSortable(column))
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(16);
    header->addWidget(m_search, 1);
    header->addSpacing(16);
    header->addWidget(m_count);
    header->addSpacing(16);
    header->addWidget(m_bulkEdit);
    header->addWidget(m_add);
    listLayout->addLayout(header);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_table);
    listLayout->addWidget(m_undoBar);

    m_stack = new QStackedLayout;
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, &ProductsPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ProductsPage::jumpToFirstMatch);
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ProductsPage::addProduct);
    m_bulkEdit->setAutoDefault(false);
    m_bulkEdit->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    connect(m_bulkEdit, &QPushButton::clicked, this, &ProductsPage::bulkEditSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsPage::updateSelection);
    connect(m_filters, &ProductFilterBar::filterChanged, this, [this](const ProductFilter& filter) {
        m_model->setFilter(filter);
        updateCount();
    });
    connect(m_undoBar, &UndoBar::undoRequested, this, &ProductsPage::undoLastSave);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ProductsPage::deleteChosen);
    // Double-click or Enter on a row edits that product.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { editProduct(index.row()); });
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &ProductsPage::addProduct);
    connect(m_empty, &EmptyStateWidget::secondaryActionTriggered, this, &ProductsPage::openDemoRequested);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        const QSignalBlocker blocker(m_search); // a new workspace starts with the whole catalogue
        m_search->clear();
        m_model->setSearch(QString());
        reload();
    });
    connect(m_session, &WorkspaceSession::contentChanged, this, &ProductsPage::reload);
    retranslate();
    reload();
}

void ProductsPage::reload()
{
    const auto workspace = m_session->workspace();
    m_filters->setCategories(workspace ? ProductList::categories(workspace->database())
                                       : QList<CategoryCount>());
    m_model->setWorkspace(workspace);
    m_stack->setCurrentIndex(m_model->workspaceHasProducts() ? 0 : 1);
    retranslate();
}

void ProductsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductsPage::addProduct()
{
    openEditor(QString());
}

void ProductsPage::editProduct(int row)
{
    const QString id = m_model->data(m_model->index(row, 0), Qt::UserRole).toString();
    if (!id.isEmpty())
        openEditor(id);
}

// Window-modal but not blocking: the editor deletes itself when closed, and the list reloads
// through WorkspaceSession::contentChanged after each save.
void ProductsPage::openEditor(const QString& productId)
{
    if (!m_session->isOpen())
        return;
    auto* dialog = new ProductEditorDialog(m_session, productId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] { editorClosed(dialog); });
    Q_EMIT editorOpened(dialog);
    dialog->open();
}

// The editor closed: its last save can still be undone from here.
void ProductsPage::editorClosed(ProductEditorDialog* dialog)
{
    const ProductUndo& lastSave = dialog->lastSave();
    const auto workspace = m_session->workspace();
    if (!lastSave.canUndo() || !workspace)
        return;
    m_undo = lastSave;
    const auto product = ProductStore::get(workspace->database(), m_undo.productId());
    m_undoBar->showMessage(tr("Saved “%1”.").arg(product ? product->name : QString()), true);
}

void ProductsPage::undoLastSave()
{
    QString error;
    const std::optional<QString> done = m_undo.undo(*m_session, &error);
    if (done) {
        m_undoBar->showMessage(*done, false);
    } else if (!error.isEmpty()) {
        Dialogs::error(this, tr("The save was not undone"), error);
    }
}

QStringList ProductsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ProductListModel::kIdRole).toString());
    return ids;
}

void ProductsPage::updateSelection()
{
    const qsizetype count = m_table->selectionModel()->selectedRows().size();
    m_bulkEdit->setVisible(count > 1);
    m_bulkEdit->setText(tr("Change %n chosen product(s)…", nullptr, int(count)));
}

void ProductsPage::deleteChosen()
{
    const QStringList ids = selectedIds();
    const auto workspace = m_session->workspace();
    if (ids.size() != 1 || !workspace)
        return;
    const auto product = ProductStore::get(workspace->database(), ids.constFirst());
    if (!product)
        return;
    const bool keep = ProductRemoval::hasHistory(workspace->database(), product->id);
    if (keep && product->archived)
        return;
    const bool confirmed =
        keep ? Dialogs::ask(this, tr("Archive instead?"),
                            tr("“%1” has stock history, so it is archived instead of deleted: it keeps its "
                               "history and is no longer sold. You can put it on sale again later.")
                                .arg(product->name),
                            tr("Archive"))
             : Dialogs::ask(this, tr("Delete this product?"),
                            tr("“%1” has no stock history. Deleting removes it from the list for good.")
                                .arg(product->name),
                            tr("Delete"));
    if (!confirmed)
        return;
    WriteTransaction tx(workspace->database(), m_session->actor(), workspace->clock());
    const bool written =
        tx.isActive() &&
        (keep ? ProductStore::archive(tx, product->id) : ProductRemoval::remove(tx, product->id)) &&
        tx.commit();
    if (!written) {
        Dialogs::error(this, tr("Nothing was changed"), tx.error().message());
        return;
    }
    m_session->notifyChanged();
    m_undoBar->showMessage(
        keep ? tr("Archived “%1”.").arg(product->name) : tr("Deleted “%1”.").arg(product->name), false);
}

void ProductsPage::bulkEditSelected()
{
    const QStringList ids = selectedIds();
    const auto workspace = m_session->workspace();
    if (ids.isEmpty() || !workspace)
        return;
    auto* dialog =
        new BulkEditDialog(m_session, ids, ProductList::categories(workspace->database()), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_undoBar->showMessage(dialog->summary(), false); });
    Q_EMIT bulkEditOpened(dialog);
    dialog->open();
}

void ProductsPage::search(const QString& text)
{
    m_model->setSearch(text);
    updateCount();
}

// Enter in the search box (also how a barcode scanner ends a code) goes to the best match.
void ProductsPage::jumpToFirstMatch()
{
    if (!m_model->isSearching() || m_model->rowCount() == 0)
        return;
    m_table->selectRow(0);
    m_table->scrollToTop();
    m_table->setFocus(Qt::OtherFocusReason);
}

void ProductsPage::updateCount()
{
    if (!m_model->isSearching() && m_model->totalCount() == 0 && !m_model->filter().isDefault())
        m_count->setText(tr("No product matches these filters"));
    else if (!m_model->isSearching())
        m_count->setText(tr("%n product(s)", nullptr, int(m_model->totalCount())));
    else if (m_model->rowCount() == 0)
        m_count->setText(tr("Nothing matches “%1”").arg(m_search->text().trimmed()));
    else if (m_model->rowCount() >= ProductListModel::kSearchLimit)
        m_count->setText(tr("The first %n matches; type more to narrow them", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
}

void ProductsPage::retranslate()
{
    m_heading->setText(tr("Products"));
    m_search->setPlaceholderText(tr("Search by name, SKU, barcode, producer… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search products"));
    updateCount();
    m_table->setAccessibleName(tr("Product list"));
    m_empty->setTexts(
        tr("No products yet"),
        tr("Add your first product, or bring in your product list from Excel. To look around first, "
           "open the demo workspace: it has sample products you can try everything on."));
    m_empty->setActionText(tr("Add a product"));
    m_empty->setSecondaryActionText(tr("Open the demo workspace"));
    m_add->setText(tr("Add a product"));
    m_add->setToolTip(tr("Add a product (Ctrl+N)"));
    m_bulkEdit->setToolTip(tr("Change the price, category or status of every chosen product at once"));
    updateSelection();
}

void ProductsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ChoPhien
