#pragma once

#include "Accounts.h"
#include "DemoSellers.h"

namespace ChoPhien {

// `--accounts N` (ADR 0016): trainee accounts hocvien01 … hocvienNN for a workshop, each an empty
// seller. A password is two plain words and four digits ("sen-nui-0427"), easy to read out and
// type on any keyboard; it is derived from the username and a secret made once per data folder
// (kept in the meta table), so a restart on the same data prints the same passwords and finds the
// accounts as they were, and another data folder gets other passwords.
class TraineeAccounts final {
    Q_DISABLE_COPY_MOVE(TraineeAccounts)

public:
    static constexpr int kMaxCount = 999;

    TraineeAccounts(PlatformStore& store, Accounts& accounts);

    // Makes the first `count` trainees that do not exist yet (one that exists keeps its password);
    // their credentials, or an empty list with `error`.
    QList<Credential> ensure(int count, const QString& nowText, QString* error);

    // hocvien01 … hocvien99, hocvien100 …: the same number always has the same name.
    static QString username(int number);
    static QString password(const QByteArray& secret, const QString& username);

private:
    QByteArray secret();

    PlatformStore& m_store;
    Accounts& m_accounts;
};

} // namespace ChoPhien
