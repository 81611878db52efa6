#pragma once

#include "PagedTableModel.h"

#include <core/ProductSummary.h>
#include <storage/ProductList.h>

#include <memory>

namespace ChoPhien {

class Workspace;

// The catalogue as a table, read a page at a time (keyset paging) as the view scrolls, so a
// 100,000-product workspace opens as fast as a small one. Filters and the sort column are applied by
// the database (ProductList), so the order holds across pages; a search shows its best matches, and
// sorting them sorts what is shown.
class ProductListModel final : public PagedTableModel<ProductPage> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Column { Name, Sku, Category, Price, Unit, OnHand, Ocop, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kArchivedRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit ProductListModel(QObject* parent = nullptr);
    ~ProductListModel() override;

    // Reloads from the first page; nullptr empties the model.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    void reload();
    // Products the filter lets through (not only the rows loaded so far); whether the workspace has any.
    qint64 totalCount() const { return m_total; }
    bool workspaceHasProducts() const { return m_workspaceHasProducts; }

    void setFilter(const ProductFilter& filter);
    const ProductFilter& filter() const { return m_filter; }
    // Name, SKU, price and OCOP columns sort; the others keep the current order (returns false).
    static bool isSortable(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    // Shows the best matches for what was typed instead of the whole catalogue; empty text goes back.
    void setSearch(const QString& text);
    bool isSearching() const { return !m_search.isEmpty(); }
    static constexpr int kSearchLimit = 200;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProductPage readPage(const ProductCursor& after) override;
    void sortSearchResults();

    std::shared_ptr<Workspace> m_workspace;
    qint64 m_total = 0;
    bool m_workspaceHasProducts = false;
    QString m_search;
    ProductFilter m_filter;
    ProductOrder m_order;
};

} // namespace ChoPhien
