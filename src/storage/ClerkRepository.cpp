#include "ClerkRepository.h"

#include "WriteTransaction.h"

#include <core/VietnameseText.h>

#include <QSqlQuery>

#include <algorithm>

namespace ChoPhien {
namespace {

Clerk fromRow(const QSqlQuery& q)
{
    Clerk c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.pinSalt = q.value(2).toByteArray();
    c.pinHash = q.value(3).toByteArray();
    c.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return c;
}

const auto kColumns = QStringLiteral("id, name, pin_salt, pin_hash, created_at");

} // namespace

bool ClerkRepository::add(WriteTransaction& tx, const Clerk& clerk)
{
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral(
        "INSERT INTO clerks (id, name, pin_salt, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(clerk.id);
    q.addBindValue(VietnameseText::normalized(clerk.name));
    q.addBindValue(clerk.hasPin() ? QVariant(QString::fromLatin1(clerk.pinSalt)) : QVariant());
    q.addBindValue(clerk.hasPin() ? QVariant(QString::fromLatin1(clerk.pinHash)) : QVariant());
    q.addBindValue(toStoredTime(clerk.createdAt));
    if (!q.exec())
        return tx.fail(q.lastError());
    return tx.audit(QStringLiteral("create"), QStringLiteral("clerk"), clerk.id, clerk.name);
}

bool ClerkRepository::retire(WriteTransaction& tx, const QString& clerkId)
{
    QSqlQuery q(tx.database());
    q.prepare(QStringLiteral("UPDATE clerks SET retired_at = ? WHERE id = ? AND retired_at IS NULL"));
    q.addBindValue(tx.now());
    q.addBindValue(clerkId);
    if (!q.exec())
        return tx.fail(q.lastError());
    return tx.audit(QStringLiteral("retire"), QStringLiteral("clerk"), clerkId);
}

QList<Clerk> ClerkRepository::active(QSqlDatabase db)
{
    QList<Clerk> clerks;
    QSqlQuery q(db);
    if (q.exec(u"SELECT " + kColumns + u" FROM clerks WHERE retired_at IS NULL")) {
        while (q.next())
            clerks.append(fromRow(q));
    }
    std::sort(clerks.begin(), clerks.end(), [](const Clerk& a, const Clerk& b) {
        return VietnameseText::sortKey(a.name) < VietnameseText::sortKey(b.name);
    });
    return clerks;
}

std::optional<Clerk> ClerkRepository::find(QSqlDatabase db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM clerks WHERE id = ?");
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

} // namespace ChoPhien
