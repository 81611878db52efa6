#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ChoPhien {

// A local clerk profile: who is working at this PC now. The optional 4-digit PIN only keeps
// colleagues from recording work under each other's name; it is not a security boundary.
struct Clerk {
    QString id;
    QString name;
    QByteArray pinSalt;
    QByteArray pinHash; // empty: no PIN
    QDateTime createdAt;

    bool hasPin() const { return !pinHash.isEmpty(); }
    bool acceptsPin(const QString& pin) const;

    // A new profile; `pin` must be empty or well formed (see isWellFormedPin).
    static Clerk create(const QString& name, const QString& pin, const QDateTime& at);
    static bool isWellFormedPin(const QString& pin);
    static QByteArray hashPin(const QString& pin, const QByteArray& salt);
};

// The author of a write: every change in the workspace records which clerk made it.
struct Actor {
    QString clerkId;
};

} // namespace ChoPhien
