#include "ApiRequest.h"

namespace ChoPhien {

QByteArray ApiRequest::headerOf(const QHttpServerRequest& http, QByteArrayView name)
{
    QByteArray value;
    for (const auto& [key, v] : http.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            value += (value.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + v;
    }
    return value;
}

} // namespace ChoPhien
