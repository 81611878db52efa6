#include "StockPage.h"

#include "CountStockDialog.h"
#include "EmptyStateWidget.h"
#include "HeadingFont.h"
#include "HoldStockDialog.h"
#include "ReceiveStockDialog.h"
#include "SellStockDialog.h"
#include "SpoilStockDialog.h"
#include "StockListModel.h"
#include "ThresholdDialog.h"
#include "WorkspaceSession.h"

#include <core/DateText.h>
#include <core/Quantity.h>
#include <storage/StockHolds.h>
#include <storage/StockLedger.h>
#include <storage/WriteTransaction.h>

#include <QButtonGroup>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ChoPhien {
namespace {

constexpr int kShownMovements = 50;
constexpr int kActionCount = 6;

QTableWidget* detailTable(QWidget* parent, int columns)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QString& id = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

QString localDate(const QDate& date)
{
    return DateText::date(date);
}

QString localTime(const QString& stored)
{
    return DateText::storedDateTime(stored);
}

} // namespace

StockPage::StockPage(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StockListModel(this))
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_filters(new QButtonGroup(this))
    , m_days(new QSpinBox(this))
    , m_daysLabel(new QLabel(this))
    , m_fulfil(new QPushButton(this))
    , m_cancelHold(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_details(new QTabWidget(this))
    , m_lots(detailTable(this, 6))
    , m_movements(detailTable(this, 6))
    , m_holds(detailTable(this, 5))
    , m_status(new QLabel(this))
    , m_empty(new EmptyStateWidget(QStringLiteral(":/icons/stock.svg"), this))
{
    setHeadingFont(m_heading, 1.3);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);

    // The alert banner: amber with words, each part a link that applies its filter.
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #4a3b00; border: 1px solid "
                                           "#e0c36a; border-radius: 4px; padding: 6px 10px; }"));
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString& link) {
        setFilter(link == u"low" ? StockFilter::LowStock : StockFilter::Expiring);
    });

    auto* filterRow = new QHBoxLayout;
    for (int id = 0; id < 3; ++id) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        m_filters->addButton(button, id);
        filterRow->addWidget(button);
    }
    m_filters->button(0)->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(StockFilter(id)); });
    m_days->setRange(0, 3650);
    m_days->setValue(m_model->expiryWindowDays());
    filterRow->addSpacing(12);
    filterRow->addWidget(m_daysLabel);
    filterRow->addWidget(m_days);
    filterRow->addStretch(1);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        setExpiryWindowDays(days);
        Q_EMIT expiryWindowDaysChanged(days);
    });

    auto* actionRow = new QHBoxLayout;
    for (int i = 0; i < kActionCount; ++i) {
        auto* button = new QPushButton(this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, i] { openAction(Action(i)); });
        m_actions.append(button);
        actionRow->addWidget(button);
    }
    m_actions[int(Action::Receive)]->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    actionRow->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(StockListModel::Name, QHeaderView::Stretch);
    for (int column = StockListModel::Sku; column < StockListModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
    });

    auto* holdsPane = new QWidget(this);
    auto* holdsLayout = new QVBoxLayout(holdsPane);
    holdsLayout->setContentsMargins(0, 0, 0, 0);
    holdsLayout->addWidget(m_holds);
    auto* holdButtons = new QHBoxLayout;
    holdButtons->addWidget(m_fulfil);
    holdButtons->addWidget(m_cancelHold);
    holdButtons->addStretch(1);
    holdsLayout->addLayout(holdButtons);
    connect(m_fulfil, &QPushButton::clicked, this, [this] { releaseSelectedHold(true); });
    connect(m_cancelHold, &QPushButton::clicked, this, [this] { releaseSelectedHold(false); });
    connect(m_holds, &QTableWidget::currentCellChanged, this, &StockPage::updateActions);
    m_details->addTab(m_lots, QString());
    m_details->addTab(m_movements, QString());
    m_details->addTab(holdsPane, QString());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(16);
    header->addWidget(m_search, 1);
    listLayout->addLayout(header);
    listLayout->addWidget(m_banner);
    listLayout->addLayout(filterRow);
    listLayout->addLayout(actionRow);
    listLayout->addWidget(splitter, 1);
    listLayout->addWidget(m_status);

    m_stack = new QStackedLayout;
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_stack);

    // Keyboard order: search, filters, the window, the list, the actions, the lower pane.
    QWidget* order[] = {m_search,
                        m_filters->button(0),
                        m_filters->button(1),
                        m_filters->button(2),
                        m_days,
                        m_table,
                        m_actions[0],
                        m_actions[1],
                        m_actions[2],
                        m_actions[3],
                        m_actions[4],
                        m_actions[5],
                        m_details};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_search, &QLineEdit::textChanged, m_model, &StockListModel::setSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->selectRow(0);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &StockPage::goToProductsRequested);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_model->setSearch(QString());
        reload();
    });
    connect(m_session, &WorkspaceSession::contentChanged, this, [this] {
        if (!m_writing)
            reload();
    });
    retranslate();
    reload();
}

void StockPage::reload()
{
    const auto workspace = m_session->workspace();
    const bool hasProducts = workspace && StockOverview::hasProducts(workspace->database());
    m_stack->setCurrentIndex(hasProducts ? 0 : 1);
    m_model->setWorkspace(hasProducts ? workspace : nullptr);
    updateBanner();
}

QString StockPage::statusText() const
{
    return m_status->text();
}

void StockPage::setFilter(StockFilter filter)
{
    m_filters->button(int(filter))->setChecked(true);
    m_model->setFilter(filter);
}

void StockPage::setExpiryWindowDays(int days)
{
    {
        const QSignalBlocker blocker(m_days);
        m_days->setValue(days);
    }
    m_model->setExpiryWindow(QDate::currentDate(), days);
    updateBanner();
}

bool StockPage::selectProduct(const QString& productId)
{
    int row = m_model->rowOf(productId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(productId);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

QString StockPage::selectedProductId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, StockListModel::ProductIdRole).toString() : QString();
}

void StockPage::openAction(Action action)
{
    const auto row = m_model->stockRow(m_table->selectionModel()->currentIndex().row());
    if (!row || !m_session->isOpen())
        return;
    StockActionDialog* dialog = nullptr;
    switch (action) {
    case Action::Receive:
        dialog = new ReceiveStockDialog(m_session, *row, window());
        break;
    case Action::Sell:
        dialog = new SellStockDialog(m_session, *row, window());
        break;
    case Action::Spoil:
        dialog = new SpoilStockDialog(m_session, *row, window());
        break;
    case Action::Count:
        dialog = new CountStockDialog(m_session, *row, window());
        break;
    case Action::Hold:
        dialog = new HoldStockDialog(m_session, *row, window());
        break;
    case Action::Threshold:
        dialog = new ThresholdDialog(m_session, *row, window());
        break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString productId = row->productId;
    connect(dialog, &StockActionDialog::saved, this,
            [this, productId](const QString& summary) { afterWrite(productId, summary); });
    Q_EMIT dialogOpened(dialog);
    dialog->open();
}

void StockPage::releaseSelectedHold(bool sold)
{
    const QTableWidgetItem* item = m_holds->item(m_holds->currentRow(), 0);
    const QString productId = selectedProductId();
    if (!item || productId.isEmpty() || !m_session->isOpen())
        return;
    QString summary;
    {
        WriteTransaction tx(m_session->workspace()->database(), m_session->actor(),
                            m_session->workspace()->clock());
        const auto reason = sold ? StockHolds::Release::Fulfilled : StockHolds::Release::Cancelled;
        if (!StockHolds::release(tx, item->data(Qt::UserRole).toString(), reason) || !tx.commit()) {
            m_status->setText(tx.error().message());
            return;
        }
        summary = sold ? tr("Sold the goods held for %1.").arg(item->text())
                       : tr("Cancelled the hold for %1: the goods can be sold again.").arg(item->text());
    }
    afterWrite(productId, summary);
}

// One row, the banner and the lower pane are reread; the list keeps its place and selection.
void StockPage::afterWrite(const QString& productId, const QString& summary)
{
    m_model->refreshRow(productId);
    updateBanner();
    updateDetails();
    m_status->setText(tr("Saved on this computer: %1").arg(summary));
    const QScopedValueRollback guard(m_writing, true);
    m_session->notifyChanged(); // the product list's stock column
}

// The counts read every product and lot (tens of milliseconds on a 100,000-product workspace): they
// are counted on a pool thread with its own read-only connection, and the banner follows when they
// arrive. A newer request makes an older answer moot.
void StockPage::updateBanner()
{
    const auto workspace = m_session->workspace();
    const int request = ++m_countRequest;
    if (!workspace) {
        showCounts(request, StockAlertCounts{});
        return;
    }
    const QString path = workspace->databasePath();
    const QDate expiringBy = m_model->expiringBy();
    auto* watcher = new QFutureWatcher<StockAlertCounts>(this);
    connect(watcher, &QFutureWatcher<StockAlertCounts>::finished, this, [this, watcher, request] {
        showCounts(request, watcher->result());
        watcher->deleteLater();
    });
    // Only the path crosses threads: holding the workspace would keep its lock after a switch.
    watcher->setFuture(
        QtConcurrent::run([path, expiringBy] { return StockOverview::countsOf(path, expiringBy); }));
}

void StockPage::showCounts(int request, const StockAlertCounts& counts)
{
    if (request != m_countRequest)
        return;
    m_counts = counts;
    QStringList parts;
    if (m_counts.lowStock > 0)
        parts.append(QStringLiteral("<a href=\"low\">%1</a>")
                         .arg(tr("%n product(s) low on stock", nullptr, int(m_counts.lowStock))));
    if (m_counts.expiringLots > 0)
        parts.append(QStringLiteral("<a href=\"expiring\">%1</a>")
                         .arg(tr("%n lot(s) expiring or expired", nullptr, int(m_counts.expiringLots))));
    m_banner->setText(QStringLiteral("⚠ ") + parts.join(QStringLiteral(" · ")));
    m_banner->setVisible(!parts.isEmpty());
    Q_EMIT alertCountsChanged(m_counts);
}

void StockPage::updateDetails()
{
    const QString productId = selectedProductId();
    const auto workspace = m_session->workspace();
    const auto row = m_model->stockRow(m_table->selectionModel()->currentIndex().row());
    const QString unit = row ? row->unit : QString();
    const auto amount = [&](MilliQuantity q) -> QString { return Quantity::format(q) + u' ' + unit; };
    QList<Lot> lots;
    QList<StockLedger::Movement> movements;
    QList<StockHold> holds;
    if (workspace && !productId.isEmpty()) {
        lots = StockLedger::lots(workspace->database(), productId);
        movements = StockLedger::movements(workspace->database(), productId, kShownMovements);
        holds = StockHolds::list(workspace->database(), productId);
    }
    m_lots->setRowCount(int(lots.size()));
    for (int i = 0; i < lots.size(); ++i) {
        const Lot& lot = lots.at(i);
        setRow(m_lots, i,
               {lot.code, amount(lot.onHand), localDate(lot.expiresOn), localDate(lot.harvestedOn),
                localDate(lot.producedOn), lot.supplier},
               lot.id);
    }
    m_movements->setRowCount(int(movements.size()));
    for (int i = 0; i < movements.size(); ++i) {
        const auto& m = movements.at(i);
        setRow(m_movements, i,
               {localTime(m.at), m.clerkName, StockLedger::reasonLabel(m.reason),
                (m.delta > 0 ? QStringLiteral("+") : QString()) + amount(m.delta), m.lotCode, m.note},
               m.id);
    }
    m_holds->setRowCount(int(holds.size()));
    for (int i = 0; i < holds.size(); ++i) {
        const StockHold& h = holds.at(i);
        setRow(m_holds, i, {h.reference, amount(h.quantity), h.lotCode, localTime(h.createdAt), h.note},
               h.id);
    }
    m_details->setTabText(2, tr("Held for buyers (%1)").arg(holds.size()));
    updateActions();
}

void StockPage::updateActions()
{
    const bool selected = !selectedProductId().isEmpty();
    for (QPushButton* button : std::as_const(m_actions))
        button->setEnabled(selected);
    const bool holdSelected = m_holds->currentRow() >= 0 && m_holds->rowCount() > 0;
    m_fulfil->setEnabled(holdSelected);
    m_cancelHold->setEnabled(holdSelected);
}

void StockPage::retranslate()
{
    m_heading->setText(tr("Stock"));
    m_search->setPlaceholderText(tr("Find a product by name, SKU or barcode…"));
    m_search->setAccessibleName(tr("Search stock"));
    m_filters->button(0)->setText(tr("All"));
    m_filters->button(1)->setText(tr("Low stock"));
    m_filters->button(2)->setText(tr("Expiring soon"));
    m_daysLabel->setText(tr("Expiring means within"));
    m_days->setSuffix(tr(" days"));
    const QString actions[kActionCount] = {tr("Receive goods"),      tr("Sell at the market"),
                                           tr("Write off spoilage"), tr("Stock count"),
                                           tr("Hold for a buyer"),   tr("Low-stock alert")};
    for (int i = 0; i < kActionCount; ++i)
        m_actions[i]->setText(actions[i]);
    m_fulfil->setText(tr("Sold: record the sale"));
    m_cancelHold->setText(tr("Cancel the hold"));
    m_details->setTabText(0, tr("Lots"));
    m_details->setTabText(1, tr("Recent movements"));
    m_lots->setHorizontalHeaderLabels(
        {tr("Lot"), tr("On hand"), tr("Expires"), tr("Harvested"), tr("Produced"), tr("Supplied by")});
    m_movements->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Reason"), tr("Change"), tr("Lot"), tr("Note")});
    m_holds->setHorizontalHeaderLabels({tr("Held for"), tr("Quantity"), tr("Lot"), tr("Since"), tr("Note")});
    m_table->setAccessibleName(tr("Stock list"));
    m_empty->setTexts(tr("No products yet"),
                      tr("Stock is kept for each product. Add your products first; then receive goods, "
                         "record sales and count stock here."));
    m_empty->setActionText(tr("Go to the product list"));
    updateBanner();
    updateDetails();
}

void StockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ChoPhien
