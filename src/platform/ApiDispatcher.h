#pragma once

#include "HttpService.h"
#include "IdempotencyStore.h"
#include "Router.h"
#include "Tokens.h"

#include <core/Clock.h>

namespace ChoPhien {

// Runs each request through the contract's order of checks (docs/platform-api.yaml, "Order of
// checks") around the endpoints in its Router: route, body limit, bearer token, Idempotency-Key
// and its stored answer, Content-Type; then the endpoint. A write runs in one transaction with its
// idempotency record, committed only for a 2xx answer.
class ApiDispatcher final : public HttpService {
    Q_DISABLE_COPY_MOVE(ApiDispatcher)

public:
    ApiDispatcher(PlatformStore& store, Tokens& tokens, IdempotencyStore& idempotency, const Clock& clock,
                  qint64 maxBodyBytes);

    Router& router() { return m_router; }

    std::optional<HttpResponse> screen(const RequestHead& head) override;
    HttpResponse respond(const QHttpServerRequest& request) override;

private:
    // 404 or 405 when `match` found no endpoint.
    static HttpResponse unrouted(const Router::Match& match, const QByteArray& method);
    // The 401 answer, or nullopt with request.sellerId set.
    std::optional<HttpResponse> authenticate(ApiRequest& request) const;
    HttpResponse runWrite(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                          const QString& path);

    PlatformStore& m_store;
    Tokens& m_tokens;
    IdempotencyStore& m_idempotency;
    const Clock& m_clock;
    qint64 m_maxBody;
    Router m_router;
};

} // namespace ChoPhien
