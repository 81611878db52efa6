#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ChoPhien {

// The sandbox's own SQLite database, `sandbox.db` in its data folder (ARCHITECTURE.md §1: the
// platform keeps its store apart from any workspace). WAL with synchronous=NORMAL: a commit
// survives the process being killed (kill -9), not a power cut (ADR 0014). One connection, used
// by the one thread that serves requests, which is also the only writer.
class PlatformStore final {
    Q_DISABLE_COPY_MOVE(PlatformStore)

public:
    explicit PlatformStore(QString folder);
    ~PlatformStore();

    // Locks the folder (one sandbox per folder), opens or creates the database and brings its
    // schema up to date. False with errorString() on failure.
    bool open();
    QString errorString() const { return m_error; }
    QString folder() const { return m_folder; }

    QSqlDatabase& database() { return m_db; }
    // A statement prepared once and kept by its user; logs and stays invalid on an SQL error.
    QSqlQuery prepare(const QString& sql);

    // BEGIN IMMEDIATE … COMMIT through statements prepared once.
    bool begin();
    bool commit();
    void rollback();

    // A value of the meta table, or `fallback`.
    QString meta(const QString& key, const QString& fallback = {});
    bool setMeta(const QString& key, const QString& value);

    int schemaVersion();

private:
    bool migrate();

    QString m_folder;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QSqlQuery m_begin;
    QSqlQuery m_commit;
    QSqlQuery m_rollback;
    QString m_error;
};

} // namespace ChoPhien
