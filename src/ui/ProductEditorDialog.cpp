#include "ProductEditorDialog.h"

#include "CertificationsTab.h"
#include "Dialogs.h"
#include "ProductBasicsTab.h"
#include "ProductHistoryTab.h"
#include "ProductLabelTab.h"
#include "ProductVariantsTab.h"
#include "WorkspaceSession.h"

#include <core/Ids.h>
#include <core/ProductVariants.h>
#include <storage/ProductList.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ChoPhien {
namespace {
// Vietnamese capitals with stacked marks ("Ỗ", "Ỹ") rise above the font's ascent, and a single-line
// editor clips what leaves its box: make every one taller by half a line.
void makeRoomForDiacritics(QWidget* root)
{
    const int extra = root->fontMetrics().height() / 2;
    for (QWidget* editor : root->findChildren<QWidget*>()) {
        const bool inner = qobject_cast<QComboBox*>(editor->parentWidget()) ||
                           qobject_cast<QAbstractSpinBox*>(editor->parentWidget());
        if (!inner && (qobject_cast<QLineEdit*>(editor) || qobject_cast<QComboBox*>(editor) ||
                       qobject_cast<QAbstractSpinBox*>(editor)))
            editor->setMinimumHeight(editor->sizeHint().height() + extra);
    }
}
} // namespace

ProductEditorDialog::ProductEditorDialog(WorkspaceSession* session, const QString& productId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_basics(new ProductBasicsTab(this))
    , m_label(new ProductLabelTab(this))
    , m_certifications(new CertificationsTab(this))
    , m_variants(new ProductVariantsTab(this))
    , m_history(new ProductHistoryTab(this))
    , m_status(new QLabel(this))
    , m_undoButton(new QPushButton(tr("Undo"), this))
    , m_saveNext(new QPushButton(tr("Save and add next"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    m_tabs->addTab(m_basics, tr("Basics"));
    m_tabs->addTab(m_label, tr("Label && storage"));
    m_tabs->addTab(m_certifications, tr("Certifications"));
    m_tabs->addTab(m_variants, tr("Variants && units"));
    m_tabs->addTab(m_history, tr("History"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_undoButton->setObjectName(QStringLiteral("undo"));
    m_undoButton->setAutoDefault(false);
    m_undoButton->setVisible(false);
    m_saveNext->setToolTip(tr("Save, then type the next product (Ctrl+Enter)"));
    m_save->setToolTip(tr("Save on this computer (Enter)"));
    m_save->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    m_saveNext->setAutoDefault(false);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_undoButton);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveNext);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);

    if (const auto workspace = m_session->workspace()) {
        m_basics->setToday(workspace->clock().now().toLocalTime().date());
        m_basics->setSkuTaken([this](const QString& sku) {
            const auto ws = m_session->workspace();
            return ws && ProductStore::skuTaken(ws->database(), sku, m_base.id);
        });
        QStringList categories;
        for (const CategoryCount& c : ProductList::categories(workspace->database()))
            categories.append(c.path);
        m_basics->setKnownCategories(categories);
        m_variants->setSkuTaken([this](const QString& sku, const QString& exceptId) {
            const auto ws = m_session->workspace();
            return ws && ProductStore::skuTaken(ws->database(), sku, exceptId);
        });
    }
    m_variants->setParentSku([this] {
        QList<ProductProblem> ignored;
        Product p;
        m_basics->store(p, ignored);
        return p.sku;
    });

    connect(m_save, &QPushButton::clicked, this, &ProductEditorDialog::save);
    connect(m_saveNext, &QPushButton::clicked, this, &ProductEditorDialog::saveAndAddNext);
    connect(cancel, &QPushButton::clicked, this, &ProductEditorDialog::reject);
    connect(m_undoButton, &QPushButton::clicked, this, &ProductEditorDialog::undoLastSave);
    connect(m_basics, &ProductBasicsTab::changed, this, &ProductEditorDialog::changed);
    connect(m_label, &ProductLabelTab::changed, this, &ProductEditorDialog::changed);
    connect(m_certifications, &CertificationsTab::changed, this, &ProductEditorDialog::changed);
    connect(m_variants, &ProductVariantsTab::changed, this, &ProductEditorDialog::changed);
    for (Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* next = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(next, &QShortcut::activated, this, [this] {
            if (m_isNew)
                saveAndAddNext();
        });
    }
    auto* copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    connect(copy, &QShortcut::activated, this, &ProductEditorDialog::duplicate);

    makeRoomForDiacritics(this);
    std::optional<Product> stored;
    if (!productId.isEmpty() && m_session->workspace())
        stored = ProductStore::get(m_session->workspace()->database(), productId);
    const bool openedVariant = stored && stored->isVariant();
    if (openedVariant) // a variant is edited with its product and siblings
        stored = ProductStore::get(m_session->workspace()->database(), stored->parentId);
    if (stored) {
        load(*stored, false);
        if (openedVariant)
            m_tabs->setCurrentWidget(m_variants);
    } else {
        Product fresh;
        fresh.id = Ids::newId();
        load(fresh, true);
    }
    resize(QSize(900, 640).expandedTo(minimumSizeHint()));
}

ProductEditorDialog::~ProductEditorDialog()
{
    // A table cell still being typed in hands in its text while the children are destroyed, after
    // this dialog's members: nothing may reach validate() then.
    for (QObject* tab : std::initializer_list<QObject*>{m_basics, m_label, m_certifications, m_variants})
        disconnect(tab, nullptr, this, nullptr);
}

bool ProductEditorDialog::canSave() const
{
    return m_valid && m_session->workspace() != nullptr;
}

void ProductEditorDialog::load(const Product& product, bool isNew)
{
    m_base = product;
    m_isNew = isNew;
    m_basics->load(product, isNew);
    m_label->load(product);
    m_certifications->load(product.certifications);
    QList<Product> variants;
    QHash<QString, MilliQuantity> stock;
    if (const auto workspace = m_session->workspace(); workspace && !isNew) {
        variants = ProductStore::variants(workspace->database(), product.id);
        for (const Product& v : variants)
            stock.insert(v.id, StockLedger::onHand(workspace->database(), v.id));
    }
    m_variants->load(product, variants, stock);
    const int historyIndex = m_tabs->indexOf(m_history);
    if (isNew && historyIndex >= 0)
        m_tabs->removeTab(historyIndex);
    if (!isNew) {
        if (historyIndex < 0)
            m_tabs->addTab(m_history, tr("History"));
        if (const auto workspace = m_session->workspace())
            m_history->load(*workspace, product.id);
    }
    m_saveNext->setVisible(isNew);
    m_dirty = false;
    updateTitle();
    validate();
    m_tabs->setCurrentWidget(m_basics);
    m_basics->focusName();
}

Product ProductEditorDialog::collect(QList<ProductProblem>& problems, QList<Product>* variants) const
{
    Product product = m_base;
    m_basics->store(product, problems);
    m_label->store(product, problems);
    m_certifications->store(product, problems);
    QList<Product> rows;
    m_variants->store(product, rows, problems);
    if (variants)
        *variants = rows;
    return product;
}

void ProductEditorDialog::validate()
{
    QList<ProductProblem> found; // text that does not parse, then the validator's rules
    QList<Product> variants;
    const Product product = collect(found, &variants);
    found += ProductValidator::check(product);
    found += ProductVariants::check(product, variants);
    const auto workspace = m_session->workspace();
    if (workspace && !product.sku.isEmpty() &&
        ProductStore::skuTaken(workspace->database(), product.sku, product.id))
        found.append(
            {QStringLiteral("sku"), tr("Another product already has the SKU “%1”.").arg(product.sku)});
    m_variants->setBaseUnit(product.unit);
    for (const Product& v : variants) {
        if (workspace && !v.archived && !v.sku.isEmpty() &&
            ProductStore::skuTaken(workspace->database(), v.sku, v.id))
            found.append(
                {QStringLiteral("variants"), tr("Another product already has the SKU “%1”.").arg(v.sku)});
    }
    const bool gainsVariants =
        std::any_of(variants.cbegin(), variants.cend(), [](const Product& v) { return !v.archived; });
    if (workspace && !m_isNew && gainsVariants &&
        !ProductStore::hasVariants(workspace->database(), product.id)) {
        if (const MilliQuantity own = StockLedger::onHand(workspace->database(), product.id); own != 0)
            found.append({QStringLiteral("variants"),
                          tr("This product still has stock of its own. Stock is kept per variant: count it "
                             "down to zero first, or make a new product for the variants.")});
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto mark = [&](QWidget* tab, int shown) {
        const int index = m_tabs->indexOf(tab);
        if (index >= 0)
            m_tabs->setTabIcon(index, shown > 0 ? warning : QIcon());
    };
    mark(m_basics, m_basics->showProblems(found));
    mark(m_label, m_label->showProblems(found));
    mark(m_certifications, m_certifications->showProblems(found));
    mark(m_variants, m_variants->showProblems(found));
    m_valid = found.isEmpty();
    m_save->setEnabled(canSave());
    m_saveNext->setEnabled(canSave());
}

void ProductEditorDialog::changed()
{
    m_dirty = true;
    validate();
}

void ProductEditorDialog::updateTitle()
{
    setWindowTitle(m_isNew ? tr("New product") : tr("Product: %1").arg(m_base.name));
}

bool ProductEditorDialog::write()
{
    m_variants->commitEdits(); // Enter in a cell saves: what was typed there counts
    validate();
    const auto workspace = m_session->workspace();
    if (!canSave() || !workspace)
        return false;
    QList<ProductProblem> ignored; // validate() has just found none
    QList<Product> variants;
    const Product product = collect(ignored, &variants);
    const ProductUndo previous = m_undo;
    WriteTransaction tx(workspace->database(), m_session->actor(), workspace->clock());
    if (!(tx.isActive() && writeAll(tx, product, variants) && tx.commit())) {
        m_undo = previous;
        Dialogs::error(this, tr("The product was not saved"), tx.error().message());
        return false;
    }
    m_base = product;
    m_dirty = false;
    m_session->notifyChanged();
    Q_EMIT productSaved(product.id);
    return true;
}

bool ProductEditorDialog::writeAll(WriteTransaction& tx, const Product& product,
                                   const QList<Product>& variants)
{
    auto db = tx.database();
    const std::optional<Product> before = m_isNew ? std::nullopt : ProductStore::get(db, product.id);
    if (!(m_isNew ? ProductStore::create(tx, product) : ProductStore::update(tx, product)))
        return false;
    m_undo.remember(before, product.id);
    // Removed variants first, so a new row may take the options one of them had.
    QList<Product> ordered;
    for (const Product& v : variants)
        (v.archived ? ordered.prepend(v) : ordered.append(v));
    for (const Product& v : ordered) {
        const std::optional<Product> was = ProductStore::get(db, v.id);
        bool ok = true;
        if (v.archived)
            ok = ProductStore::archive(tx, v.id);
        else if (was)
            ok = ProductStore::update(tx, v);
        else
            ok = ProductStore::create(tx, v);
        if (!ok)
            return false;
        m_undo.rememberAlso(was, v.id);
    }
    return true;
}

bool ProductEditorDialog::save()
{
    const bool wasNew = m_isNew;
    if (!write())
        return false;
    if (wasNew)
        load(m_base, false); // from now on this dialog edits the saved product
    else if (const auto workspace = m_session->workspace())
        m_history->load(*workspace, m_base.id);
    showSaved(tr("Saved “%1” on this computer.").arg(m_base.name));
    accept();
    return true;
}

bool ProductEditorDialog::saveAndAddNext()
{
    if (!m_isNew || !write())
        return false;
    const QString savedName = m_base.name;
    Product next;
    next.id = Ids::newId();
    next.unit = m_base.unit;
    next.group = m_base.group;
    next.category = m_base.category;
    next.producer = m_base.producer;
    next.producerPhone = m_base.producerPhone;
    next.originCommuneCode = m_base.originCommuneCode; // the same household's next product
    next.producerCommuneCode = m_base.producerCommuneCode;
    next.originProvinceCode = m_base.originProvinceCode;
    load(next, true);
    showSaved(tr("Saved “%1” on this computer. Type the next product.").arg(savedName));
    return true;
}

void ProductEditorDialog::duplicate()
{
    if (m_isNew)
        return;
    if (m_dirty &&
        !Dialogs::ask(this, tr("Copy without saving?"),
                      tr("Your changes to “%1” are not saved. The copy starts from what the form shows "
                         "now; “%1” stays as it was last saved.")
                          .arg(m_base.name),
                      tr("Make a copy")))
        return;
    QList<ProductProblem> ignored;
    Product copy = collect(ignored);
    copy.id = Ids::newId();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.sku.clear();
    copy.barcode.clear(); // a barcode names one product
    copy.archived = false;
    load(copy, true);
    m_dirty = true; // the copy exists only in the form until it is saved
    m_status->setText(tr("This is a new copy: change what differs, then save it."));
    m_undoButton->setVisible(false);
}

bool ProductEditorDialog::undoLastSave()
{
    const QString id = m_undo.productId();
    QString error;
    const std::optional<QString> done = m_undo.undo(*m_session, &error);
    if (!done) {
        if (!error.isEmpty())
            Dialogs::error(this, tr("The save was not undone"), error);
        return false;
    }
    const auto workspace = m_session->workspace();
    const std::optional<Product> restored =
        workspace ? ProductStore::get(workspace->database(), id) : std::nullopt;
    if (!m_isNew && id == m_base.id && restored)
        load(*restored, false);
    m_status->setText(*done);
    m_undoButton->setVisible(false);
    return true;
}

void ProductEditorDialog::showSaved(const QString& message)
{
    m_status->setText(message);
    m_undoButton->setVisible(m_undo.canUndo());
}

void ProductEditorDialog::reject()
{
    if (m_dirty && !Dialogs::ask(this, tr("Discard your changes?"),
                                 tr("The changes you made are not saved. If you close now, they are lost."),
                                 tr("Discard changes")))
        return;
    QDialog::reject();
}

} // namespace ChoPhien
