#pragma once

#include <QWidget>

class QTreeWidget;

namespace ChoPhien {

struct AuditEntry;
class Workspace;

// "Lịch sử": who changed this product, when, and which fields, newest first (from the audit trail).
class ProductHistoryTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductHistoryTab)

public:
    static constexpr int kLimit = 200;

    explicit ProductHistoryTab(QWidget* parent = nullptr);

    void load(const Workspace& workspace, const QString& productId);
    QTreeWidget* list() const { return m_list; }

    // "Changed the price, sale price" for an audit line about a product.
    static QString describe(const AuditEntry& entry);

private:
    QTreeWidget* m_list;
};

} // namespace ChoPhien
