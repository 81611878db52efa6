#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace ChoPhien::Test {

// A plain QSQLITE connection of its own (not a ThreadConnection), for tests that set a database up
// or tamper with it the way another program would. Closed and removed when destroyed.
class RawConnection final {
public:
    // `options` are QSQLITE connect options, e.g. "QSQLITE_OPEN_READONLY".
    explicit RawConnection(const QString& path, const QString& options = {});
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }

    // Runs one statement; false (see lastError()) on failure.
    bool exec(const QString& sql);
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql);
    // Every row's first column.
    QVariantList column(const QString& sql);
    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace ChoPhien::Test
