#include "AuditTrail.h"

#include <QSqlQuery>

namespace ChoPhien {

QList<AuditEntry> AuditTrail::recent(QSqlDatabase db, int limit)
{
    QList<AuditEntry> entries;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.seq, a.at, a.clerk_id, c.name, a.action, a.entity, a.entity_id, a.detail "
        "FROM audit_log a LEFT JOIN clerks c ON c.id = a.clerk_id ORDER BY a.seq DESC LIMIT ?"));
    q.addBindValue(limit);
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

} // namespace ChoPhien
