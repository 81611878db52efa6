#pragma once

#include "HttpResponse.h"
#include "PlatformStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ChoPhien {

// The first 2xx answer to each seller's Idempotency-Key, with the request's fingerprint, kept 90
// days. save() runs inside the write transaction of the effect it answers, so an effect is never
// committed without its record, nor a record without its effect.
class IdempotencyStore final {
    Q_DISABLE_COPY_MOVE(IdempotencyStore)

public:
    static constexpr qint64 kKeepMs = qint64(90) * 24 * 60 * 60 * 1000;

    explicit IdempotencyStore(PlatformStore& store);

    struct Record {
        QByteArray fingerprint;
        HttpResponse response;
    };

    // A key the sandbox accepts: 1–200 printable ASCII characters, no spaces.
    static bool isValidKey(const QByteArray& key);
    // SHA-256 over the method, the path (without query) and the SHA-256 of the body.
    static QByteArray fingerprint(const QByteArray& method, const QString& path, const QByteArray& body);

    // The record of `key`, or nullopt. `ok` false on an SQL error.
    std::optional<Record> find(const QString& sellerId, const QByteArray& key, bool& ok);
    bool save(const QString& sellerId, const QByteArray& key, const Record& record, qint64 nowMs);
    // Forgets records older than 90 days before `nowMs`; the number forgotten, or -1 on error.
    int purge(qint64 nowMs);

private:
    QSqlQuery m_find;
    QSqlQuery m_save;
    QSqlQuery m_purge;
};

} // namespace ChoPhien
