#pragma once

#include "PlatformStore.h"

#include <QString>

namespace ChoPhien {

// Seller accounts: a username and a password kept as PBKDF2-HMAC-SHA256 with its own salt. Each
// account is one seller (created with it, at version 1, with an empty identity).
class Accounts final {
    Q_DISABLE_COPY_MOVE(Accounts)

public:
    static constexpr int kIterations = 100000;

    explicit Accounts(PlatformStore& store);

    // Creates the account unless the username exists; an existing account takes `password`.
    // `nowText` stamps a new seller. False with `error` on failure.
    bool ensure(const QString& username, const QString& password, const QString& nowText, QString* error);
    // The seller id of the account, or empty when there is none.
    QString sellerId(const QString& username);
    // The seller id when the password is right, else empty. Takes as long for an unknown username.
    QString verify(const QString& username, const QString& password);

    static QByteArray derive(const QString& password, const QByteArray& salt, int iterations);

private:
    struct Stored {
        QString sellerId;
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
    };
    std::optional<Stored> lookup(const QString& username);

    PlatformStore& m_store;
};

} // namespace ChoPhien
