#include "StockListModel.h"

#include <core/DateText.h>
#include <core/Quantity.h>
#include <core/SearchQuery.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ChoPhien {

StockListModel::StockListModel(QObject* parent)
    : PagedTableModel(parent)
{}

StockListModel::~StockListModel() = default;

void StockListModel::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    reload();
}

void StockListModel::setExpiryWindow(const QDate& today, int days)
{
    if (today == m_today && days == m_days)
        return;
    m_today = today;
    m_days = days;
    reload();
}

void StockListModel::setFilter(StockFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void StockListModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void StockListModel::reload()
{
    beginResetModel();
    StockRowPage first;
    if (m_workspace && isSearching()) {
        // The product search finds and ranks; the stock rows of its matches keep that order.
        QStringList ids;
        for (const ProductSummary& p :
             ProductRepository::search(m_workspace->database(), SearchQuery(m_search), kSearchLimit))
            ids.append(p.id);
        first.rows = StockOverview::rows(m_workspace->database(), ids, m_filter, expiringBy());
    } else {
        first = readPage({});
    }
    setFirstPage(std::move(first));
    endResetModel();
}

StockRowPage StockListModel::readPage(const StockCursor& after)
{
    if (!m_workspace)
        return {};
    return StockOverview::page(m_workspace->database(), m_filter, expiringBy(), after, kPageSize);
}

bool StockListModel::refreshRow(const QString& productId)
{
    const int row = rowOf(productId);
    if (row < 0 || !m_workspace)
        return false;
    const auto fresh = StockOverview::row(m_workspace->database(), productId);
    if (!fresh)
        return false;
    rows()[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int StockListModel::rowOf(const QString& productId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).productId == productId)
            return row;
    }
    return -1;
}

std::optional<StockRow> StockListModel::stockRow(int row) const
{
    if (row < 0 || row >= rows().size())
        return std::nullopt;
    return rows().at(row);
}

StockListModel::RowStatus StockListModel::statusOf(const StockRow& row) const
{
    if (row.isShort())
        return RowStatus::Short;
    if (row.nextExpiry.isValid() && row.nextExpiry < m_today)
        return RowStatus::Expired;
    if (row.onHand <= 0)
        return RowStatus::OutOfStock;
    if (row.isLow())
        return RowStatus::Low;
    if (row.expiresBy(expiringBy()))
        return RowStatus::Expiring;
    return RowStatus::Ok;
}

QString StockListModel::statusText(RowStatus status) const
{
    switch (status) {
    case RowStatus::Ok:
        return {};
    case RowStatus::OutOfStock:
        return tr("Out of stock");
    case RowStatus::Low:
        return tr("Low stock");
    case RowStatus::Expiring:
        return tr("Expires soon");
    case RowStatus::Expired:
        return tr("Expired lot");
    case RowStatus::Short:
        return tr("Short for holds");
    }
    return {};
}

int StockListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow& r = rows().at(index.row());
    const RowStatus status = statusOf(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Sku:
            return r.sku;
        case OnHand:
            return Quantity::format(r.onHand);
        case Reserved:
            return r.reserved == 0 ? QString() : Quantity::format(r.reserved);
        case Sellable:
            return Quantity::format(r.sellable());
        case Unit:
            return r.unit;
        case NextExpiry:
            return DateText::date(r.nextExpiry);
        case Status:
            return statusText(status);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == OnHand || index.column() == Reserved || index.column() == Sellable)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        // A word says it; the colour only helps the eye find it (amber: attention, red: a problem).
        if (index.column() != Status || status == RowStatus::Ok)
            return {};
        return QBrush(status == RowStatus::Expired || status == RowStatus::Short ||
                              status == RowStatus::OutOfStock
                          ? QColor(0xf8, 0xd7, 0xda)
                          : QColor(0xff, 0xec, 0xb3));
    case Qt::ForegroundRole:
        if (index.column() == Status && status != RowStatus::Ok)
            return QBrush(QColor(0x21, 0x21, 0x21));
        return {};
    case ProductIdRole:
        return r.productId;
    case StatusRole:
        return int(status);
    default:
        return {};
    }
}

QVariant StockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Held");
    case Sellable:
        return tr("Sellable");
    case Unit:
        return tr("Unit");
    case NextExpiry:
        return tr("Next expiry");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ChoPhien
