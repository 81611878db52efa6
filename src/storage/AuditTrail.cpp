#include "AuditTrail.h"

#include <QSqlQuery>

namespace ChoPhien {

namespace {
const QString kSelect =
    QStringLiteral("SELECT a.seq, a.at, a.clerk_id, c.name, a.action, a.entity, a.entity_id, a.detail "
                   "FROM audit_log a LEFT JOIN clerks c ON c.id = a.clerk_id ");

QList<AuditEntry> read(QSqlQuery& q)
{
    QList<AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.clerkId = q.value(2).toString();
        e.clerkName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.detail = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}
} // namespace

QList<AuditEntry> AuditTrail::recent(QSqlDatabase db, int limit)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("ORDER BY a.seq DESC LIMIT ?"));
    q.addBindValue(limit);
    return read(q);
}

QList<AuditEntry> AuditTrail::forEntity(QSqlDatabase db, const QString& entity, const QString& entityId,
                                        int limit)
{
    QSqlQuery q(db);
    q.prepare(kSelect + QStringLiteral("WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.seq DESC LIMIT ?"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(limit);
    return read(q);
}

} // namespace ChoPhien
