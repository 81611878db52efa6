#pragma once

#include "PlatformStore.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ChoPhien {

// Bearer tokens: random (QRandomGenerator::system), kept only as SHA-256 hashes with their expiry.
// An access token lasts `accessSeconds`; a refresh token 30 days and works once (it rotates).
class Tokens final {
    Q_DISABLE_COPY_MOVE(Tokens)

public:
    static constexpr qint64 kRefreshSeconds = qint64(30) * 24 * 60 * 60;

    Tokens(PlatformStore& store, int accessSeconds);

    struct Pair {
        QString access;
        QString refresh;
        int expiresIn = 0;
    };
    enum class Check { Valid, Unknown, Expired };

    // A new pair for the seller, written in the caller's transaction. nullopt on an SQL error.
    std::optional<Pair> issue(const QString& sellerId, qint64 nowMs);
    // Whose access token `token` is, when it is valid at `nowMs`.
    Check check(const QByteArray& token, qint64 nowMs, QString& sellerId);
    // Uses up `refreshToken` (in the caller's transaction): its seller, or empty when it is unknown,
    // expired or used already.
    QString consumeRefresh(const QByteArray& refreshToken, qint64 nowMs);
    // Forgets tokens that expired a day or more before `nowMs`.
    void purge(qint64 nowMs);

private:
    struct Session {
        QString sellerId;
        qint64 expiresAtMs = 0;
    };
    static QByteArray hashOf(const QByteArray& token);
    bool store(const QByteArray& token, const QString& sellerId, int kind, qint64 expiresAtMs);

    int m_accessSeconds;
    QHash<QByteArray, Session> m_sessions; // access tokens seen, by hash
    QSqlQuery m_insert;
    QSqlQuery m_find;
    QSqlQuery m_delete;
    QSqlQuery m_purge;
};

} // namespace ChoPhien
