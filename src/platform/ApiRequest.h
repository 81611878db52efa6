#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QString>
#include <QStringList>

#include <functional>

namespace ChoPhien {

// A request as an endpoint sees it: authenticated (sellerId) and routed (params), with one clock
// reading for everything it writes.
struct ApiRequest {
    const QHttpServerRequest& http;
    QStringList params; // the path's {…} segments, in order
    QString sellerId;   // empty on endpoints that need no token
    QDateTime now;      // UTC
    QString nowText;    // RFC 3339 UTC with milliseconds, as stored and sent
    qint64 nowMs = 0;   // ms since 1970

    // The value of a request header, by case-insensitive name, with repeats joined by ", ".
    QByteArray header(QByteArrayView name) const { return headerOf(http, name); }
    static QByteArray headerOf(const QHttpServerRequest& http, QByteArrayView name);
};

using EndpointHandler = std::function<HttpResponse(ApiRequest&)>;

// One operation of the contract and what the dispatcher checks before it runs (the order of checks
// in docs/platform-api.yaml).
struct Endpoint {
    EndpointHandler handler;
    bool needsToken = true; // Authorization: Bearer
    bool isWrite = false;   // Idempotency-Key; runs in one write transaction with its idempotency record
    bool takesJson = false; // Content-Type: application/json
};

} // namespace ChoPhien
