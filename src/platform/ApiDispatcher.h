#pragma once

#include "HttpService.h"
#include "IdempotencyStore.h"
#include "Router.h"
#include "Tokens.h"

#include <core/Clock.h>

namespace ChoPhien {

class EpochReset;
class FaultInjector;
class ServerStats;

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
    // The sandbox's fault injection (drawn for /v1 requests after the token check, ADR 0018), the
    // epoch reset its epoch_reset fault runs, and the counters of /admin/stats. Each may be null.
    void setSandboxControls(FaultInjector* faults, EpochReset* epochReset, ServerStats* stats);

    // Paths under this prefix answer only loopback peers (403 forbidden otherwise), need no token
    // and are never faulted.
    // Whether a Content-Type names JSON (parameters such as charset allowed).
    static bool isJson(const QByteArray& contentType);
    static bool isAdminPath(const QString& path) { return path.startsWith(u"/admin/"); }

    std::optional<HttpResponse> screen(const RequestHead& head) override;
    HttpResponse respond(const QHttpServerRequest& request) override;

private:
    std::optional<HttpResponse> screenHead(const RequestHead& head);
    // 404 or 405 when `match` found no endpoint.
    static HttpResponse unrouted(const Router::Match& match, const QByteArray& method);
    // The 401 answer, or nullopt with request.sellerId set.
    std::optional<HttpResponse> authenticate(ApiRequest& request) const;
    HttpResponse answer(const QHttpServerRequest& http);
    // The endpoint after the token check: Idempotency-Key and Content-Type, then the handler.
    HttpResponse run(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                     const QString& path);
    // run() with the faults drawn for this request.
    HttpResponse runWithFaults(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                               const QString& path);
    HttpResponse runWrite(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                          const QString& path);

    PlatformStore& m_store;
    Tokens& m_tokens;
    IdempotencyStore& m_idempotency;
    const Clock& m_clock;
    qint64 m_maxBody;
    Router m_router;
    FaultInjector* m_faults = nullptr;
    EpochReset* m_epochReset = nullptr;
    ServerStats* m_stats = nullptr;
};

} // namespace ChoPhien
