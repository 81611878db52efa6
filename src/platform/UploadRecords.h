#pragma once

#include "PlatformStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// One upload as the sandbox keeps it (ADR 0015).
struct UploadRow {
    QString id;
    QString sellerId;
    QString sha256;
    qint64 length = 0;
    QString contentType;
    qint64 received = 0; // bytes recorded as synced to the part file; `length` once complete
    bool complete = false;
    qint64 touchedMs = 0; // the last chunk, or when it completed
    QString createdAt;

    // The Upload of the contract, at `offset` (the resumable offset of an unfinished upload).
    QJsonObject toJson(qint64 offset) const;
};

// The uploads table: every statement prepared once. Reads report SQL errors through `ok`.
class UploadRecords final {
    Q_DISABLE_COPY_MOVE(UploadRecords)

public:
    explicit UploadRecords(PlatformStore& store);

    std::optional<UploadRow> find(const QString& id, bool& ok);
    // The seller's upload of the same file (sha256, length and type): a complete one first.
    std::optional<UploadRow> findSame(const QString& sellerId, const QString& sha256, qint64 length,
                                      const QString& contentType, bool& ok);
    bool insert(const UploadRow& row);
    bool setReceived(const QString& id, qint64 received, qint64 touchedMs);
    bool markComplete(const QString& id, qint64 touchedMs);

    // Unfinished uploads last touched before `beforeMs`.
    QList<QString> unfinishedBefore(qint64 beforeMs, bool& ok);
    // Complete uploads completed before `beforeMs` whose file no photo of their seller shows.
    QList<QString> unusedCompleteBefore(qint64 beforeMs, bool& ok);
    bool remove(const QString& id);
    // Whether an unfinished upload has this id (its part file is still wanted).
    bool isUnfinished(const QString& id, bool& ok);
    // Whether a complete upload or a photo still names this file.
    bool fileInUse(const QString& sha256, bool& ok);

private:
    static UploadRow read(const QSqlQuery& q);
    QList<QString> ids(QSqlQuery& q, qint64 beforeMs, bool& ok);

    QSqlQuery m_find;
    QSqlQuery m_same;
    QSqlQuery m_insert;
    QSqlQuery m_received;
    QSqlQuery m_complete;
    QSqlQuery m_unfinished;
    QSqlQuery m_unused;
    QSqlQuery m_remove;
    QSqlQuery m_isUnfinished;
    QSqlQuery m_inUse;
};

} // namespace ChoPhien
