#include "Clerk.h"

#include "Ids.h"
#include "VietnameseText.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ChoPhien {

bool Clerk::isWellFormedPin(const QString& pin)
{
    if (pin.isEmpty())
        return true;
    if (pin.size() != 4)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QByteArray Clerk::hashPin(const QString& pin, const QByteArray& salt)
{
    QByteArray digest = QByteArray(salt).append(pin.toUtf8());
    for (int round = 0; round < 10000; ++round)
        digest = QCryptographicHash::hash(QByteArray(salt).append(digest), QCryptographicHash::Sha256);
    return digest.toHex();
}

bool Clerk::acceptsPin(const QString& pin) const
{
    return !hasPin() || hashPin(pin, pinSalt) == pinHash;
}

Clerk Clerk::create(const QString& name, const QString& pin, const QDateTime& at)
{
    Clerk clerk;
    clerk.id = Ids::newId();
    clerk.name = VietnameseText::normalized(name);
    clerk.createdAt = at;
    if (!pin.isEmpty()) {
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
        clerk.pinSalt = salt.toHex();
        clerk.pinHash = hashPin(pin, clerk.pinSalt);
    }
    return clerk;
}

} // namespace ChoPhien
