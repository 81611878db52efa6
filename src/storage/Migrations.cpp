#include "Migrations.h"

#include "ProductSearchIndex.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcMigrations, "chophien.storage.migrations")

const QString kFolder = QStringLiteral(":/migrations");

// True when `text` holds nothing but white space and comments (-- … and /* … */).
bool isOnlyComments(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
        } else if (text.mid(i, 2) == u"--") {
            const qsizetype end = text.indexOf(u'\n', i);
            i = end < 0 ? text.size() : end + 1;
        } else if (text.mid(i, 2) == u"/*") {
            const qsizetype end = text.indexOf(u"*/", i + 2);
            i = end < 0 ? text.size() : end + 2;
        } else {
            return false;
        }
    }
    return true;
}

// Work a migration needs beyond SQL (text folded by src/core), run in the migration's transaction
// after its script.
using Step = StorageError (*)(QSqlDatabase&);
Step stepAfterScript(int version)
{
    switch (version) {
    case 3:
        return &ProductSearchIndex::rebuild;
    default:
        return nullptr;
    }
}

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
    if (const Step step = stepAfterScript(version)) {
        if (const StorageError error = step(db)) {
            qCWarning(lcMigrations) << "migration" << version << "step failed:" << error.detail();
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
    if (current < 0) {
        // Say why (a full disk, a damaged file), not just that it failed.
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        const StorageError error = StorageError::fromSql(q.lastError(), db.databaseName());
        return error ? error
                     : StorageError(StorageError::Kind::Failed, QStringLiteral("cannot read schema version"),
                                    db.databaseName());
    }
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
    auto flush = [&] {
        const QString statement = pending.trimmed();
        pending.clear();
        if (!statement.isEmpty() && !isOnlyComments(statement))
            statements.append(statement);
    };
    for (const QChar c : script) {
        pending += c;
        // A statement ends at a semicolon that SQLite calls final: not in a string, a comment or a
        // trigger body. Checking at every semicolon (not per line) also splits "a; b;" on one line.
        if (c == u';' && sqlite3_complete(pending.toUtf8().constData()))
            flush();
    }
    flush();
    return statements;
}

} // namespace ChoPhien
