#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChoPhien {

// Path templates ("/v1/products/{id}") and methods to endpoints. A {name} segment matches any one
// non-empty segment; the endpoint checks its form.
class Router final {
public:
    struct Match {
        enum class Kind { Found, NoPath, NoMethod };
        Kind kind = Kind::NoPath;
        const Endpoint* endpoint = nullptr;
        QStringList params;
        QByteArray allow; // with NoMethod: the methods the path serves, "GET, PUT"
    };

    void add(const QByteArray& method, const QString& pattern, Endpoint endpoint);
    Match match(const QByteArray& method, const QString& path) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        Endpoint endpoint;
    };
    static bool matches(const QStringList& pattern, const QList<QStringView>& path, QStringList* params);

    QList<Route> m_routes;
};

} // namespace ChoPhien
