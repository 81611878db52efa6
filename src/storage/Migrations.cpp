#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcMigrations, "chophien.storage.migrations")

const QString kFolder = QStringLiteral(":/migrations");

StorageError runScript(QSqlDatabase& db, const QString& script, int version)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StorageError::fromSql(q.lastError(), db.databaseName());
    for (const QString& statement : Migrations::splitStatements(script)) {
        if (!q.exec(statement)) {
            const StorageError error = StorageError::fromSql(q.lastError(), db.databaseName());
            qCWarning(lcMigrations) << "migration" << version << "failed:" << q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
        !q.exec(QStringLiteral("COMMIT"))) {
        const StorageError error = StorageError::fromSql(q.lastError(), db.databaseName());
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace

QStringList Migrations::scriptNames()
{
    return QDir(kFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

int Migrations::latestVersion()
{
    return int(scriptNames().size());
}

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

StorageError Migrations::migrate(QSqlDatabase& db, int target)
{
    const QStringList names = scriptNames();
    const int current = currentVersion(db);
    if (current < 0)
        return StorageError(StorageError::Kind::Failed, QStringLiteral("cannot read schema version"),
                            db.databaseName());
    for (int version = current + 1; version <= qMin(target, int(names.size())); ++version) {
        QFile file(kFolder + u'/' + names.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return StorageError(StorageError::Kind::Failed, file.errorString(), file.fileName());
        if (const StorageError error = runScript(db, QString::fromUtf8(file.readAll()), version))
            return error;
        qCInfo(lcMigrations) << "workspace schema now at version" << version;
    }
    return {};
}

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(u'\n');
    for (const QString& line : lines) {
        pending += line + u'\n';
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            // A run of comments alone is "complete" too; it is not a statement.
            bool onlyComments = true;
            for (const QString& l : statement.split(u'\n')) {
                const QString t = l.trimmed();
                if (!t.isEmpty() && !t.startsWith(u"--"))
                    onlyComments = false;
            }
            if (!onlyComments)
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements.append(pending.trimmed());
    return statements;
}

} // namespace ChoPhien
