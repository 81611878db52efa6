#pragma once

#include "PlatformStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// The moderation queue (table listing_jobs): steps of a listing due at a time, kept in the
// database so that what is pending survives a restart. Every statement prepared once.
class ListingJobs final {
    Q_DISABLE_COPY_MOVE(ListingJobs)

public:
    static inline const QString kModerate = QStringLiteral("moderate");
    // The step that takes a partner channel live.
    static QString channelStep(const QString& channel) { return QStringLiteral("channel:") + channel; }

    struct Job {
        QString productId;
        QString step;
        qint64 dueMs = 0;
    };

    explicit ListingJobs(PlatformStore& store);

    // Adds the step, or moves it to `dueMs` when the product has it already.
    bool schedule(const QString& productId, const QString& step, qint64 dueMs);
    bool done(const QString& productId, const QString& step);
    // Drops the product's channel steps (a new moderation result decides them again).
    bool dropChannelSteps(const QString& productId);
    // Steps due at `nowMs` or before, oldest first, at most `limit`.
    QList<Job> due(qint64 nowMs, int limit, bool& ok);
    // When the next step is due, or nullopt when none is queued.
    std::optional<qint64> nextDue(bool& ok);

private:
    QSqlQuery m_schedule;
    QSqlQuery m_done;
    QSqlQuery m_dropChannels;
    QSqlQuery m_due;
    QSqlQuery m_next;
};

} // namespace ChoPhien
