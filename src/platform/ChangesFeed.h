#pragma once

#include "PlatformStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// The changes feed: what happened to each seller's data, in order. A change is written in the
// same transaction as its cause; there is one writer, so seqs become visible in increasing order
// and a reader paging by seq never skips or repeats one. Endpoints that change a seller's data
// call record() (other tasks too: orders, moderation, platform edits).
class ChangesFeed final {
    Q_DISABLE_COPY_MOVE(ChangesFeed)

public:
    // Changes are kept at least this long; older ones go in the daily purge.
    static constexpr qint64 kKeepMs = qint64(90) * 24 * 60 * 60 * 1000;

    explicit ChangesFeed(PlatformStore& store);

    struct Change {
        qint64 seq = 0;
        QByteArray type;
        QString at;
        QByteArray data; // compact JSON
    };

    // The current epoch: a new one when the database is created (and on an epoch reset).
    QString epoch() const { return m_epoch; }

    bool record(const QString& sellerId, const QString& type, const QString& at, qint64 atMs,
                const QJsonObject& data);
    // The same with `data` serialised already (a response body that is also the change's data).
    bool record(const QString& sellerId, const QString& type, const QString& at, qint64 atMs,
                const QByteArray& compactJson);
    // The seller's changes after `seq`, at most `limit`.
    QList<Change> after(const QString& sellerId, qint64 seq, int limit, bool& ok);
    // The newest seq of any seller (0 when there is none).
    qint64 head(bool& ok);
    // Changes up to this seq have been purged; a cursor before it is 410.
    qint64 purgedThrough() const { return m_purgedThrough; }
    // Purges changes older than 90 days before `nowMs`; false on an SQL error.
    bool purge(qint64 nowMs);
    // Ends the epoch inside the caller's transaction (EpochReset): every change goes, a new epoch
    // is stored, and positions up to the head count as purged. reload() after the commit.
    bool cutHistory();
    // Reads the epoch and purge horizon again from the store.
    void reload();
    // The changes kept (of every seller), or nullopt on an SQL error.
    std::optional<qint64> count();

    // A cursor names the epoch and the last seq read.
    static QString cursor(const QString& epoch, qint64 seq);
    static bool parseCursor(const QString& cursor, QString& epoch, qint64& seq);

private:
    PlatformStore& m_store;
    QString m_epoch;
    qint64 m_purgedThrough = 0;
    QSqlQuery m_insert;
    QSqlQuery m_after;
    QSqlQuery m_head;
};

} // namespace ChoPhien
