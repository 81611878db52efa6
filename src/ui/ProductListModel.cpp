#include "ProductListModel.h"

#include <core/Money.h>
#include <core/Quantity.h>
#include <core/SearchQuery.h>
#include <core/VietnameseText.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace ChoPhien {

ProductListModel::ProductListModel(QObject* parent)
    : PagedTableModel(parent)
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
    m_workspaceHasProducts = m_workspace && ProductRepository::hasProducts(m_workspace->database());
    m_total = m_workspace ? ProductList::count(m_workspace->database(), m_filter) : 0;
    if (m_workspace && isSearching()) {
        // The best matches only (no next page): a longer query narrows them.
        ProductPage matches;
        matches.rows =
            ProductRepository::search(m_workspace->database(), SearchQuery(m_search), kSearchLimit, m_filter);
        setFirstPage(std::move(matches));
        if (m_order != ProductOrder{})
            sortSearchResults();
    } else {
        setFirstPage(readPage({}));
    }
    endResetModel();
}

ProductPage ProductListModel::readPage(const ProductCursor& after)
{
    if (!m_workspace)
        return {};
    return ProductList::page(m_workspace->database(), m_filter, m_order, after, kPageSize, m_total);
}

void ProductListModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void ProductListModel::setFilter(const ProductFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool ProductListModel::isSortable(int column)
{
    return column == Name || column == Sku || column == Price || column == Ocop;
}

int ProductListModel::sortColumn() const
{
    switch (m_order.key) {
    case ProductSortKey::Sku:
        return Sku;
    case ProductSortKey::Price:
        return Price;
    case ProductSortKey::Ocop:
        return Ocop;
    case ProductSortKey::Name:
        break;
    }
    return Name;
}

void ProductListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    ProductOrder wanted;
    wanted.key = column == Sku     ? ProductSortKey::Sku
                 : column == Price ? ProductSortKey::Price
                 : column == Ocop  ? ProductSortKey::Ocop
                                   : ProductSortKey::Name;
    wanted.descending = order == Qt::DescendingOrder;
    if (wanted == m_order)
        return;
    m_order = wanted;
    if (isSearching()) { // the matches are all here: sort them in place
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QStringList ids;
        for (const QModelIndex& index : before)
            ids.append(rows().at(index.row()).id);
        sortSearchResults();
        for (qsizetype i = 0; i < before.size(); ++i) {
            const auto found = std::find_if(rows().cbegin(), rows().cend(),
                                            [&](const ProductSummary& p) { return p.id == ids.at(i); });
            changePersistentIndex(before.at(i), index(int(found - rows().cbegin()), before.at(i).column()));
        }
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        reload();
    }
}

// The same order the database gives the whole list (ProductList), for the matches of a search.
void ProductListModel::sortSearchResults()
{
    struct Keyed {
        qint64 number;
        QString text;
        ProductSummary product;
    };
    QList<ProductSummary>& list = rows();
    QList<Keyed> keyed;
    keyed.reserve(list.size());
    for (ProductSummary& p : list) {
        const QString name = VietnameseText::sortKey(p.name);
        switch (m_order.key) {
        case ProductSortKey::Sku:
            keyed.append({0, p.sku.toUpper(), std::move(p)});
            break;
        case ProductSortKey::Price:
            keyed.append({p.price, name, std::move(p)});
            break;
        case ProductSortKey::Ocop:
            keyed.append({p.ocopStars, name, std::move(p)});
            break;
        case ProductSortKey::Name:
            keyed.append({0, name, std::move(p)});
            break;
        }
    }
    const bool descending = m_order.descending;
    std::sort(keyed.begin(), keyed.end(), [descending](const Keyed& a, const Keyed& b) {
        const auto ka = std::tie(a.number, a.text, a.product.id);
        const auto kb = std::tie(b.number, b.text, b.product.id);
        return descending ? kb < ka : ka < kb;
    });
    list.clear();
    for (Keyed& k : keyed)
        list.append(std::move(k.product));
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductSummary& p = rows().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: {
            const QString name =
                p.variants > 0 ? tr("%1 · %n variant(s)", nullptr, p.variants).arg(p.name) : p.name;
            return p.archived ? tr("%1 (archived)").arg(name) : name;
        }
        case Sku:
            return p.sku;
        case Category:
            return p.category;
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
    if (role == Qt::ForegroundRole && p.archived)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == kIdRole)
        return p.id;
    if (role == kArchivedRole)
        return p.archived;
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
    case Category:
        return tr("Category");
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

} // namespace ChoPhien
