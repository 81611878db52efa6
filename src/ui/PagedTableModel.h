#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <utility>

namespace ChoPhien {

// A flat table read a page at a time (keyset paging) as the view scrolls. Page is a storage page type
// with `rows` (a QList) and `next` (a cursor whose isStart() says the last page was read). The model
// says how to read the page after a cursor (readPage); this keeps the rows, the cursor and the
// fetchMore()/canFetchMore() pair, guarded against re-entry (views and Qt's model tester may call
// fetchMore() from inside an insert).
template <typename Page> class PagedTableModel : public QAbstractTableModel {
public:
    using Row = typename decltype(Page::rows)::value_type;
    using Cursor = decltype(Page::next);

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_fetching;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || m_atEnd || m_fetching)
            return;
        const QScopedValueRollback guard(m_fetching, true);
        Page page = readPage(m_next);
        m_next = page.next;
        m_atEnd = m_next.isStart();
        if (page.rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(std::move(page.rows));
        endInsertRows();
    }

    // Headers and formatted cells after a language switch (keeps the loaded rows and scroll position).
    void retranslate()
    {
        const int columns = columnCount();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns - 1), {Qt::DisplayRole});
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // The page after `after` ({} for the first); an empty page (next at the start) when there is none.
    virtual Page readPage(const Cursor& after) = 0;

    // Replaces the rows, between beginResetModel() and endResetModel(); more pages follow unless
    // first.next is at the start (a page of search matches leaves it there: they are all there is).
    void setFirstPage(Page first)
    {
        m_rows = std::move(first.rows);
        m_next = first.next;
        m_atEnd = m_next.isStart();
    }
    const QList<Row>& rows() const { return m_rows; }
    QList<Row>& rows() { return m_rows; }

private:
    QList<Row> m_rows;
    Cursor m_next;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace ChoPhien
