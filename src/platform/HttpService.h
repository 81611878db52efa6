#pragma once

#include "HttpResponse.h"
#include "RequestFramer.h"

#include <optional>

class QHttpServerRequest;

namespace ChoPhien {

// What the HTTP front (ApiHttpServer, HttpConnection) asks of the API behind it.
class HttpService {
public:
    virtual ~HttpService() = default;

    // Looks at a request whose head has arrived and whose body has not been read yet: a refusal
    // (413, 404…; the connection is then closed) or nullopt to let the body in.
    virtual std::optional<HttpResponse> screen(const RequestHead& head) = 0;
    // The answer to a complete request.
    virtual HttpResponse respond(const QHttpServerRequest& request) = 0;
};

} // namespace ChoPhien
