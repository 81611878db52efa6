#include "AuthApi.h"

#include "JsonRules.h"

#include <QJsonObject>

namespace ChoPhien {
namespace {

const JsonRule& credentialsRule()
{
    static const JsonRule rule = JsonRule::object({{QStringLiteral("username"), JsonRule::text(1, 100)},
                                                   {QStringLiteral("password"), JsonRule::text(1, 200)}});
    return rule;
}

const JsonRule& refreshRule()
{
    static const JsonRule rule =
        JsonRule::object({{QStringLiteral("refresh_token"), JsonRule::text(16, 512)}});
    return rule;
}

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

} // namespace

AuthApi::AuthApi(PlatformStore& store, Accounts& accounts, Tokens& tokens)
    : m_store(store)
    , m_accounts(accounts)
    , m_tokens(tokens)
{}

void AuthApi::addRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/v1/auth/token"),
               {[this](ApiRequest& r) { return login(r); }, false, false, true});
    router.add("POST", QStringLiteral("/v1/auth/refresh"),
               {[this](ApiRequest& r) { return refresh(r); }, false, false, true});
}

HttpResponse AuthApi::issueAndCommit(const QString& sellerId, qint64 nowMs)
{
    const std::optional<Tokens::Pair> pair = m_tokens.issue(sellerId, nowMs);
    if (!pair || !m_store.commit()) {
        if (!pair)
            m_store.rollback();
        return internal();
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("access_token"), pair->access},
                                               {QStringLiteral("refresh_token"), pair->refresh},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                               {QStringLiteral("expires_in"), pair->expiresIn}})
        .withHeader("Cache-Control", "no-store");
}

HttpResponse AuthApi::login(const ApiRequest& request)
{
    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), credentialsRule(), body))
        return problem->toResponse();
    const QString sellerId =
        m_accounts.verify(body.value(u"username").toString(), body.value(u"password").toString());
    if (sellerId.isEmpty())
        return Problem(ProblemCode::InvalidCredentials).toResponse();
    if (!m_store.begin())
        return internal();
    return issueAndCommit(sellerId, request.nowMs);
}

HttpResponse AuthApi::refresh(const ApiRequest& request)
{
    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), refreshRule(), body))
        return problem->toResponse();
    if (!m_store.begin())
        return internal();
    const QString sellerId =
        m_tokens.consumeRefresh(body.value(u"refresh_token").toString().toUtf8(), request.nowMs);
    if (sellerId.isEmpty()) {
        // A used-up or expired token is forgotten for good, even though the answer is an error.
        if (!m_store.commit())
            return internal();
        return Problem(ProblemCode::InvalidRefreshToken).toResponse();
    }
    return issueAndCommit(sellerId, request.nowMs);
}

} // namespace ChoPhien
