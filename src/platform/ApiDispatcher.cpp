#include "ApiDispatcher.h"

#include "EpochReset.h"
#include "FaultInjector.h"
#include "Problem.h"
#include "ServerStats.h"

#include <core/Clock.h>

#include <QHttpServerRequest>
#include <QLoggingCategory>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcApi, "chophien.platform.api")

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

HttpResponse internal()
{
    return Problem(ProblemCode::Internal).toResponse();
}

} // namespace

bool ApiDispatcher::isJson(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray media = semicolon < 0 ? contentType : contentType.first(semicolon);
    return media.trimmed().compare("application/json", Qt::CaseInsensitive) == 0;
}

ApiDispatcher::ApiDispatcher(PlatformStore& store, Tokens& tokens, IdempotencyStore& idempotency,
                             const Clock& clock, qint64 maxBodyBytes)
    : m_store(store)
    , m_tokens(tokens)
    , m_idempotency(idempotency)
    , m_clock(clock)
    , m_maxBody(maxBodyBytes)
{}

void ApiDispatcher::setSandboxControls(FaultInjector* faults, EpochReset* epochReset, ServerStats* stats)
{
    m_faults = faults;
    m_epochReset = epochReset;
    m_stats = stats;
}

HttpResponse ApiDispatcher::unrouted(const Router::Match& match, const QByteArray& method)
{
    if (match.kind == Router::Match::Kind::NoMethod) {
        return Problem(
                   ProblemCode::MethodNotAllowed,
                   {QStringLiteral("Địa chỉ này không nhận phương thức %1.").arg(QString::fromLatin1(method)),
                    QStringLiteral("This path does not accept %1.").arg(QString::fromLatin1(method))})
            .toResponse()
            .withHeader("Allow", match.allow);
    }
    return Problem(ProblemCode::NotFound, {QStringLiteral("Không có địa chỉ này trong API."),
                                           QStringLiteral("This API has no such path.")})
        .toResponse();
}

std::optional<HttpResponse> ApiDispatcher::screen(const RequestHead& head)
{
    std::optional<HttpResponse> refusal = screenHead(head);
    if (refusal && m_stats) {
        if (head.path().startsWith("/v1/"))
            m_stats->countRequest();
        m_stats->countResponse(refusal->status);
    }
    return refusal;
}

std::optional<HttpResponse> ApiDispatcher::screenHead(const RequestHead& head)
{
    if (head.transferEncoding) {
        // No chunked bodies: a body must announce its length, so the limit applies before it is read.
        return Problem::fields(
                   ProblemCode::InvalidField,
                   {{QStringLiteral("Transfer-Encoding"),
                     QStringLiteral("not_allowed"),
                     {QStringLiteral(
                          "Sàn không nhận dữ liệu gửi theo từng khúc (chunked): hãy gửi kèm Content-Length."),
                      QStringLiteral("Chunked bodies are not accepted: send Content-Length.")}}})
            .toResponse();
    }
    if (head.contentLength <= m_maxBody)
        return std::nullopt;
    const QString path = QString::fromUtf8(head.path());
    const Router::Match match = m_router.match(head.method, path);
    if (match.kind != Router::Match::Kind::Found)
        return unrouted(match, head.method);
    if (isAdminPath(path) && !head.loopbackPeer)
        return Problem(ProblemCode::Forbidden).toResponse();
    const QString limit = QString::number(double(m_maxBody) / (1024.0 * 1024.0), 'g', 3);
    return Problem(ProblemCode::PayloadTooLarge,
                   {QStringLiteral("Dữ liệu gửi lên quá lớn (tối đa %1 MB mỗi lần).").arg(limit),
                    QStringLiteral("The request is too large (at most %1 MB at a time).").arg(limit)})
        .toResponse();
}

std::optional<HttpResponse> ApiDispatcher::authenticate(ApiRequest& request) const
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArray prefix = QByteArrayLiteral("bearer ");
    if (authorization.size() <= prefix.size() ||
        !authorization.left(prefix.size()).toLower().startsWith(prefix))
        return Problem(ProblemCode::Unauthorized).toResponse();
    switch (m_tokens.check(authorization.mid(prefix.size()).trimmed(), request.nowMs, request.sellerId)) {
    case Tokens::Check::Valid:
        return std::nullopt;
    case Tokens::Check::Expired:
        return Problem(ProblemCode::TokenExpired).toResponse();
    case Tokens::Check::Unknown:
        break;
    }
    return Problem(ProblemCode::Unauthorized).toResponse();
}

HttpResponse ApiDispatcher::respond(const QHttpServerRequest& http)
{
    if (m_stats && http.url().path().startsWith(u"/v1/"))
        m_stats->countRequest();
    HttpResponse response = answer(http);
    if (m_stats && response.delivery.cut != HttpResponse::Delivery::Cut::Drop)
        m_stats->countResponse(response.status);
    return response;
}

HttpResponse ApiDispatcher::answer(const QHttpServerRequest& http)
{
    const QByteArray method = methodName(http.method());
    const QString path = http.url().path();
    const Router::Match match = m_router.match(method, path);
    if (match.kind != Router::Match::Kind::Found)
        return unrouted(match, method);
    const Endpoint& endpoint = *match.endpoint;
    const bool admin = isAdminPath(path);
    if (admin && !http.remoteAddress().isLoopback())
        return Problem(ProblemCode::Forbidden).toResponse();

    ApiRequest request{http, match.params, {}, m_clock.now().toUTC(), {}, 0};
    request.nowText = toStoredTime(request.now);
    request.nowMs = request.now.toMSecsSinceEpoch();
    if (endpoint.needsToken) {
        if (std::optional<HttpResponse> refusal = authenticate(request))
            return *refusal;
    }
    if (m_faults && m_faults->isActive() && !admin)
        return runWithFaults(endpoint, request, method, path);
    return run(endpoint, request, method, path);
}

HttpResponse ApiDispatcher::run(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                                const QString& path)
{
    if (endpoint.isWrite)
        return runWrite(endpoint, request, method, path);
    if (endpoint.takesJson && !isJson(request.header("Content-Type")))
        return Problem(ProblemCode::UnsupportedMediaType).toResponse();
    return endpoint.handler(request);
}

HttpResponse ApiDispatcher::runWithFaults(const Endpoint& endpoint, ApiRequest& request,
                                          const QByteArray& method, const QString& path)
{
    using Cut = HttpResponse::Delivery::Cut;
    const FaultInjector::Draw drawn = m_faults->draw();
    if (drawn.has(FaultKind::EpochReset) && m_epochReset && m_epochReset->reset(EpochReset::Mode::KeepData))
        m_faults->countInjected(FaultKind::EpochReset);
    HttpResponse response;
    bool handled = false;
    // A refusal comes before any effect; error5xx wins over throttle (the grammar's order).
    if (drawn.has(FaultKind::Error5xx) || drawn.has(FaultKind::Throttle)) {
        const FaultKind kind = drawn.has(FaultKind::Error5xx) ? FaultKind::Error5xx : FaultKind::Throttle;
        m_faults->countInjected(kind);
        response = m_faults->refusal(kind);
    } else {
        response = run(endpoint, request, method, path);
        handled = true;
    }
    // The write is done (committed when it succeeded); only its answer is lost.
    if (drawn.has(FaultKind::DropAfterWrite) && handled && endpoint.isWrite) {
        m_faults->countInjected(FaultKind::DropAfterWrite);
        response.delivery.cut = Cut::Drop;
    } else if (drawn.has(FaultKind::Truncate)) {
        m_faults->countInjected(FaultKind::Truncate);
        response.delivery.cut = Cut::Truncate;
    }
    if (drawn.has(FaultKind::Latency)) {
        m_faults->countInjected(FaultKind::Latency);
        response.delivery.delayMs = m_faults->latencyMs();
    }
    return response;
}

HttpResponse ApiDispatcher::runWrite(const Endpoint& endpoint, ApiRequest& request, const QByteArray& method,
                                     const QString& path)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (!IdempotencyStore::isValidKey(key))
        return Problem(ProblemCode::IdempotencyKeyRequired).toResponse();
    const QByteArray body = request.http.body();
    IdempotencyStore::Record record{IdempotencyStore::fingerprint(method, path, body), {}};

    if (!m_store.begin())
        return internal();
    bool ok = true;
    const std::optional<IdempotencyStore::Record> stored = m_idempotency.find(request.sellerId, key, ok);
    if (!ok || stored) {
        m_store.rollback();
        if (!ok)
            return internal();
        if (stored->fingerprint != record.fingerprint)
            return Problem(ProblemCode::IdempotencyKeyReused).toResponse();
        HttpResponse replay = stored->response;
        if (replay.header("Idempotent-Replayed").isEmpty())
            replay.withHeader("Idempotent-Replayed", "true");
        return replay;
    }
    if (endpoint.takesJson && !isJson(request.header("Content-Type"))) {
        m_store.rollback();
        return Problem(ProblemCode::UnsupportedMediaType).toResponse();
    }
    record.response = endpoint.handler(request);
    if (!record.response.isSuccess()) {
        m_store.rollback();
        return record.response;
    }
    if (!m_idempotency.save(request.sellerId, key, record, request.nowMs)) {
        m_store.rollback();
        return internal();
    }
    if (!m_store.commit()) {
        qCWarning(lcApi) << "a write could not be committed:" << method << path;
        return internal();
    }
    return record.response;
}

} // namespace ChoPhien
