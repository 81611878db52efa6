#pragma once

#include "Accounts.h"
#include "Router.h"
#include "Tokens.h"

namespace ChoPhien {

// POST /v1/auth/token (username and password) and /v1/auth/refresh (a refresh token, which
// rotates): token pairs for a seller account.
class AuthApi final {
    Q_DISABLE_COPY_MOVE(AuthApi)

public:
    AuthApi(PlatformStore& store, Accounts& accounts, Tokens& tokens);
    void addRoutes(Router& router);

private:
    HttpResponse login(const ApiRequest& request);
    HttpResponse refresh(const ApiRequest& request);
    // Issues a pair for the seller in the open transaction and commits it.
    HttpResponse issueAndCommit(const QString& sellerId, qint64 nowMs);

    PlatformStore& m_store;
    Accounts& m_accounts;
    Tokens& m_tokens;
};

} // namespace ChoPhien
