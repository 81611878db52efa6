#include "ProductListModel.h"

#include <core/Money.h>
#include <core/Quantity.h>
#include <core/SearchQuery.h>
#include <storage/Workspace.h>

#include <QScopedValueRollback>

namespace ChoPhien {

ProductListModel::ProductListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ProductListModel::~ProductListModel() = default;

void ProductListModel::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    reload();
}

void ProductListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_atEnd = m_workspace == nullptr;
    m_total = m_workspace ? ProductRepository::count(m_workspace->database()) : 0;
    if (m_workspace && isSearching()) {
        m_rows = ProductRepository::search(m_workspace->database(), SearchQuery(m_search), kSearchLimit);
        m_atEnd = true; // the best matches only: a longer query narrows them
    } else if (m_workspace) {
        ProductPage page = ProductRepository::page(m_workspace->database(), {}, kPageSize);
        m_rows = std::move(page.rows);
        m_next = page.next;
        m_atEnd = m_next.isStart();
    }
    endResetModel();
}

void ProductListModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void ProductListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductSummary& p = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p.name;
        case Sku:
            return p.sku;
        case Price:
            return Money::format(p.price);
        case Unit:
            return p.unit;
        case OnHand:
            return Quantity::format(p.onHand);
        case Ocop:
            return p.ocopStars > 0 ? tr("%n star(s)", nullptr, p.ocopStars) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == OnHand))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return p.id;
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Price:
        return tr("Price");
    case Unit:
        return tr("Unit");
    case OnHand:
        return tr("In stock");
    case Ocop:
        return tr("OCOP");
    default:
        return {};
    }
}

bool ProductListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ProductListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching || !m_workspace)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    ProductPage page = ProductRepository::page(m_workspace->database(), m_next, kPageSize);
    m_next = page.next;
    m_atEnd = m_next.isStart();
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows.append(page.rows);
    endInsertRows();
}

} // namespace ChoPhien
