#include "Tokens.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcTokens, "chophien.platform.tokens")

constexpr int kAccess = 0;
constexpr int kRefresh = 1;
constexpr qint64 kDayMs = qint64(24) * 60 * 60 * 1000;

QByteArray newToken(const char* prefix)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray random(reinterpret_cast<const char*>(words), sizeof(words));
    return QByteArray(prefix) +
           random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Tokens::Tokens(PlatformStore& store, int accessSeconds)
    : m_accessSeconds(accessSeconds)
    , m_insert(store.prepare(
          QStringLiteral("INSERT INTO tokens(hash, seller_id, kind, expires_at) VALUES (?, ?, ?, ?)")))
    , m_find(store.prepare(
          QStringLiteral("SELECT seller_id, expires_at FROM tokens WHERE hash = ? AND kind = ?")))
    , m_delete(store.prepare(QStringLiteral("DELETE FROM tokens WHERE hash = ?")))
    , m_purge(store.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?")))
{}

QByteArray Tokens::hashOf(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool Tokens::store(const QByteArray& token, const QString& sellerId, int kind, qint64 expiresAtMs)
{
    m_insert.bindValue(0, hashOf(token));
    m_insert.bindValue(1, sellerId);
    m_insert.bindValue(2, kind);
    m_insert.bindValue(3, expiresAtMs);
    if (m_insert.exec())
        return true;
    qCWarning(lcTokens) << "cannot store a token:" << m_insert.lastError().text();
    return false;
}

std::optional<Tokens::Pair> Tokens::issue(const QString& sellerId, qint64 nowMs)
{
    const QByteArray access = newToken("cpat_");
    const QByteArray refresh = newToken("cprt_");
    const qint64 accessExpiry = nowMs + qint64(m_accessSeconds) * 1000;
    if (!store(access, sellerId, kAccess, accessExpiry) ||
        !store(refresh, sellerId, kRefresh, nowMs + kRefreshSeconds * 1000))
        return std::nullopt;
    m_sessions.insert(hashOf(access), {sellerId, accessExpiry});
    return Pair{QString::fromLatin1(access), QString::fromLatin1(refresh), m_accessSeconds};
}

Tokens::Check Tokens::check(const QByteArray& token, qint64 nowMs, QString& sellerId)
{
    const QByteArray hash = hashOf(token);
    auto it = m_sessions.constFind(hash);
    if (it == m_sessions.constEnd()) {
        m_find.bindValue(0, hash);
        m_find.bindValue(1, kAccess);
        if (!m_find.exec() || !m_find.next()) {
            m_find.finish();
            return Check::Unknown;
        }
        it = m_sessions.insert(hash, {m_find.value(0).toString(), m_find.value(1).toLongLong()});
        m_find.finish();
    }
    if (nowMs >= it->expiresAtMs)
        return Check::Expired;
    sellerId = it->sellerId;
    return Check::Valid;
}

QString Tokens::consumeRefresh(const QByteArray& refreshToken, qint64 nowMs)
{
    const QByteArray hash = hashOf(refreshToken);
    m_find.bindValue(0, hash);
    m_find.bindValue(1, kRefresh);
    if (!m_find.exec() || !m_find.next()) {
        m_find.finish();
        return {};
    }
    const QString sellerId = m_find.value(0).toString();
    const qint64 expiresAt = m_find.value(1).toLongLong();
    m_find.finish();
    m_delete.bindValue(0, hash);
    if (!m_delete.exec() || m_delete.numRowsAffected() != 1)
        return {};
    return nowMs < expiresAt ? sellerId : QString();
}

void Tokens::purge(qint64 nowMs)
{
    m_purge.bindValue(0, nowMs - kDayMs);
    if (!m_purge.exec())
        qCWarning(lcTokens) << "purge failed:" << m_purge.lastError().text();
    m_sessions.clear();
}

} // namespace ChoPhien
