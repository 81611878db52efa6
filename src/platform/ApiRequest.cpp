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

bool ApiRequest::sendsJson() const
{
    const QByteArray contentType = header("Content-Type");
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray media = semicolon < 0 ? contentType : contentType.first(semicolon);
    return media.trimmed().compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace ChoPhien
