#include "Accounts.h"

#include "SellerJson.h"

#include <core/Ids.h>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcAccounts, "chophien.platform.accounts")

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray newSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), kSaltBytes / 4);
    return salt;
}

// Compares in time that depends only on the length.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

Accounts::Accounts(PlatformStore& store)
    : m_store(store)
{}

QByteArray Accounts::derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              kHashBytes);
}

std::optional<Accounts::Stored> Accounts::lookup(const QString& username)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, password_salt, password_hash, password_iterations FROM sellers WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Stored{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                  q.value(3).toInt()};
}

bool Accounts::ensure(const QString& username, const QString& password, const QString& nowText,
                      QString* error)
{
    const std::optional<Stored> existing = lookup(username);
    if (existing && sameBytes(derive(password, existing->salt, existing->iterations), existing->hash))
        return true;
    const QByteArray salt = newSalt();
    const QByteArray hash = derive(password, salt, kIterations);
    QSqlQuery q(m_store.database());
    if (existing) {
        q.prepare(QStringLiteral(
            "UPDATE sellers SET password_salt = ?, password_hash = ?, password_iterations = ? WHERE id = ?"));
        q.addBindValue(salt);
        q.addBindValue(hash);
        q.addBindValue(kIterations);
        q.addBindValue(existing->sellerId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO sellers(id, username, password_salt, password_hash, "
                                 "password_iterations, version, fields, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"));
        q.addBindValue(Ids::newId());
        q.addBindValue(username);
        q.addBindValue(salt);
        q.addBindValue(hash);
        q.addBindValue(kIterations);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(SellerJson::initialFields()).toJson(QJsonDocument::Compact)));
        q.addBindValue(nowText);
        q.addBindValue(nowText);
    }
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcAccounts) << "cannot save the account" << username << q.lastError().text();
    return false;
}

QString Accounts::sellerId(const QString& username)
{
    const std::optional<Stored> stored = lookup(username);
    return stored ? stored->sellerId : QString();
}

QString Accounts::verify(const QString& username, const QString& password)
{
    const std::optional<Stored> stored = lookup(username);
    if (!stored) {
        // The same work as a real check, so response time does not tell which usernames exist.
        static const QByteArray decoySalt = newSalt();
        derive(password, decoySalt, kIterations);
        return {};
    }
    return sameBytes(derive(password, stored->salt, stored->iterations), stored->hash) ? stored->sellerId
                                                                                       : QString();
}

} // namespace ChoPhien
