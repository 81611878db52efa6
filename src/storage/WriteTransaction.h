#pragma once

#include "StorageError.h"

#include <core/Clerk.h>
#include <core/Clock.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ChoPhien {

class StatementCache;

// A write transaction (BEGIN IMMEDIATE, so it never fails half way for lack of a write lock) that
// knows who is writing and when. Every repository write takes one, so every change is attributed
// to a clerk and can add to the audit trail. Rolls back unless commit() succeeded. While it is open,
// the statements made on its connection are prepared once and reused (StatementCache).
class WriteTransaction final {
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    WriteTransaction(QSqlDatabase db, Actor actor, const Clock& clock);
    ~WriteTransaction();

    bool isActive() const { return m_active; }
    StorageError error() const { return m_error; }

    QSqlDatabase& database() { return m_db; }
    const Actor& actor() const { return m_actor; }
    // One timestamp for the whole transaction, in stored form.
    const QString& now() const { return m_now; }

    // Adds a line to the audit trail. Returns false (and keeps the error) on failure.
    bool audit(const QString& action, const QString& entity, const QString& entityId,
               const QString& detail = {});

    // Records a failed statement so commit() refuses and the caller can report it.
    bool fail(const QSqlError& error);
    // Records a rule the change broke (StorageError::refused()), so commit() refuses. Returns false.
    bool refuse(const StorageError& error);

    bool commit();

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QString m_now;
    StorageError m_error;
    std::unique_ptr<StatementCache> m_statements;
    bool m_active = false;
};

} // namespace ChoPhien
