#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ChoPhien {

struct AuditEntry {
    qint64 seq = 0;
    QString at;
    QString clerkId;
    QString clerkName;
    QString action;
    QString entity;
    QString entityId;
    QString detail;
};

// Reads the audit trail that WriteTransaction::audit() writes: who changed what, and when.
class AuditTrail final {
public:
    // Newest first.
    static QList<AuditEntry> recent(QSqlDatabase db, int limit);
    // The lines about one record (entity "product", its id), newest first.
    static QList<AuditEntry> forEntity(QSqlDatabase db, const QString& entity, const QString& entityId,
                                       int limit);
};

} // namespace ChoPhien
