#include "PlatformStore.h"

#include "PlatformSchema.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcStore, "chophien.platform.store")
}

PlatformStore::PlatformStore(QString folder)
    : m_folder(std::move(folder))
    , m_connection(QStringLiteral("chophien-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PlatformStore::~PlatformStore()
{
    m_begin = QSqlQuery();
    m_commit = QSqlQuery();
    m_rollback = QSqlQuery();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool PlatformStore::open()
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create the data folder %1").arg(m_folder);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(QStringLiteral("sandbox.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_error = QStringLiteral("another sandbox is using the data folder %1").arg(m_folder);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QDir(m_folder).filePath(QStringLiteral("sandbox.db")));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // Exclusive locking: this process is the database's only user (the lock file says so), so
    // SQLite takes its file locks once instead of at every transaction and keeps the WAL index in
    // memory; a 32 MB page cache keeps the B-tree pages of busy tables from being read again.
    for (const char* pragma :
         {"PRAGMA locking_mode = EXCLUSIVE", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -32768"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    if (!migrate())
        return false;
    m_begin = prepare(QStringLiteral("BEGIN IMMEDIATE"));
    m_commit = prepare(QStringLiteral("COMMIT"));
    m_rollback = prepare(QStringLiteral("ROLLBACK"));
    return true;
}

QSqlQuery PlatformStore::prepare(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        qCCritical(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return q;
}

bool PlatformStore::begin()
{
    if (m_begin.exec())
        return true;
    qCWarning(lcStore) << "BEGIN failed:" << m_begin.lastError().text();
    return false;
}

bool PlatformStore::commit()
{
    if (m_commit.exec())
        return true;
    qCWarning(lcStore) << "COMMIT failed:" << m_commit.lastError().text();
    rollback();
    return false;
}

void PlatformStore::rollback()
{
    if (!m_rollback.exec())
        qCWarning(lcStore) << "ROLLBACK failed:" << m_rollback.lastError().text();
}

QString PlatformStore::meta(const QString& key, const QString& fallback)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool PlatformStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    qCWarning(lcStore) << "cannot write meta" << key << q.lastError().text();
    return false;
}

int PlatformStore::schemaVersion()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool PlatformStore::migrate()
{
    const QList<QStringList>& steps = PlatformSchema::migrations();
    const int from = schemaVersion();
    if (from < 0 || from > steps.size()) {
        m_error = QStringLiteral("the sandbox database has schema version %1; this sandbox knows up to %2")
                      .arg(from)
                      .arg(steps.size());
        return false;
    }
    QSqlQuery q(m_db);
    for (int version = from; version < steps.size(); ++version) {
        bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString& statement : steps.at(version)) {
            if (ok && !q.exec(statement))
                ok = false;
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) &&
             q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            m_error = QStringLiteral("migration to schema %1 failed: %2")
                          .arg(version + 1)
                          .arg(q.lastError().text());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCInfo(lcStore) << "sandbox database at schema" << version + 1;
    }
    return true;
}

} // namespace ChoPhien
