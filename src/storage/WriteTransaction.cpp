#include "WriteTransaction.h"

#include "StatementCache.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcTransaction, "chophien.storage.transaction")
}

WriteTransaction::WriteTransaction(QSqlDatabase db, Actor actor, const Clock& clock)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_now(toStoredTime(clock.now()))
{
    if (!m_db.isOpen()) {
        m_error = StorageError(StorageError::Kind::Failed, m_db.lastError().text(), m_db.databaseName());
        return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = StorageError::fromSql(q.lastError(), m_db.databaseName());
        qCWarning(lcTransaction) << "cannot begin:" << q.lastError().text();
        return;
    }
    m_active = true;
    m_statements = std::make_unique<StatementCache>(m_db);
}

WriteTransaction::~WriteTransaction()
{
    m_statements.reset(); // every statement reset and finalised before the transaction ends
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcTransaction) << "rollback failed:" << q.lastError().text();
}

bool WriteTransaction::audit(const QString& action, const QString& entity, const QString& entityId,
                             const QString& detail)
{
    if (!m_active || m_error)
        return false;
    Statement q(m_db,
                QStringLiteral("INSERT INTO audit_log (at, clerk_id, action, entity, entity_id, detail) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
    q->addBindValue(m_now);
    q->addBindValue(m_actor.clerkId);
    q->addBindValue(action);
    q->addBindValue(entity);
    q->addBindValue(entityId.isEmpty() ? QVariant() : QVariant(entityId));
    q->addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    return q->exec() || fail(q->lastError());
}

bool WriteTransaction::fail(const QSqlError& error)
{
    if (!m_error)
        m_error = StorageError::fromSql(error, m_db.databaseName());
    qCWarning(lcTransaction) << "statement failed:" << error.text();
    return false;
}

bool WriteTransaction::refuse(const StorageError& error)
{
    if (!m_error)
        m_error = error;
    qCInfo(lcTransaction) << "change refused:" << error.code();
    return false;
}

bool WriteTransaction::commit()
{
    if (!m_active || m_error)
        return false;
    m_statements.reset();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = StorageError::fromSql(q.lastError(), m_db.databaseName());
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace ChoPhien
