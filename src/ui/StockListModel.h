#pragma once

#include "PagedTableModel.h"

#include <storage/StockOverview.h>

#include <QDate>

#include <memory>

namespace ChoPhien {

class Workspace;

// The Stock page's table: each sellable product with on-hand, reserved, sellable, unit, next expiry and
// a status word, read a page at a time (keyset paging) as the view scrolls. A filter (all, low stock,
// expiring) or a search narrows it; after a write, refreshRow() updates one row in place.
class StockListModel final : public PagedTableModel<StockRowPage> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockListModel)

public:
    enum Column { Name, Sku, OnHand, Reserved, Sellable, Unit, NextExpiry, Status, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole, StatusRole }; // StatusRole: the Status value
    enum class RowStatus { Ok, OutOfStock, Low, Expiring, Expired, Short };
    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 200;

    explicit StockListModel(QObject* parent = nullptr);
    ~StockListModel() override;

    void setWorkspace(std::shared_ptr<Workspace> workspace);
    // The day lots count as expiring by (today + the alert window), and today (for "expired").
    void setExpiryWindow(const QDate& today, int days);
    void setFilter(StockFilter filter);
    StockFilter filter() const { return m_filter; }
    // The best product-search matches instead of the whole list; empty text goes back.
    void setSearch(const QString& text);
    bool isSearching() const { return !m_search.isEmpty(); }
    QDate expiringBy() const { return m_today.addDays(m_days); }
    int expiryWindowDays() const { return m_days; }

    void reload();
    // Rereads one product's row (after a write) without a reset; false when it is not loaded.
    bool refreshRow(const QString& productId);
    int rowOf(const QString& productId) const;
    std::optional<StockRow> stockRow(int row) const;
    RowStatus statusOf(const StockRow& row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StockRowPage readPage(const StockCursor& after) override;
    QString statusText(RowStatus status) const;

    std::shared_ptr<Workspace> m_workspace;
    StockFilter m_filter = StockFilter::All;
    QString m_search;
    QDate m_today = QDate::currentDate();
    int m_days = 30;
};

} // namespace ChoPhien
