#include "WorkspaceCheck.h"

#include "Migrations.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ChoPhien {
namespace {
qint64 countOf(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM " + table) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

WorkspaceCheckReport WorkspaceCheck::run(QSqlDatabase db)
{
    WorkspaceCheckReport report;
    report.schemaVersion = Migrations::currentVersion(db);
    report.latestSchemaVersion = Migrations::latestVersion();
    if (report.schemaVersion != report.latestSchemaVersion)
        report.problems.append(QStringLiteral("schema version %1, expected %2")
                                   .arg(report.schemaVersion)
                                   .arg(report.latestSchemaVersion));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems.append(q.lastError().text());
        report.damaged = StorageError::fromSql(q.lastError()).kind() == StorageError::Kind::Damaged;
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok") {
                report.problems.append(line);
                report.damaged = true;
            }
        }
        if (q.lastError().isValid()) { // the check itself stopped part way
            report.problems.append(q.lastError().text());
            report.damaged = true;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems.append(q.lastError().text());
    } else {
        while (q.next())
            report.problems.append(
                QStringLiteral("foreign key: %1 row %2 -> %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    report.products = countOf(db, QStringLiteral("products"));
    report.clerks = countOf(db, QStringLiteral("clerks"));
    report.auditEntries = countOf(db, QStringLiteral("audit_log"));
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace ChoPhien
