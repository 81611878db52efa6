#include "Router.h"

namespace ChoPhien {

void Router::add(const QByteArray& method, const QString& pattern, Endpoint endpoint)
{
    m_routes.append({method, pattern.split(u'/'), std::move(endpoint)});
}

bool Router::matches(const QStringList& pattern, const QList<QStringView>& path, QStringList* params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& part = pattern.at(i);
        if (part.startsWith(u'{')) {
            if (path.at(i).isEmpty())
                return false;
        } else if (part != path.at(i)) {
            return false;
        }
    }
    if (params) {
        params->clear();
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern.at(i).startsWith(u'{'))
                params->append(path.at(i).toString());
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    const QList<QStringView> segments = QStringView(path).split(u'/');
    Match result;
    for (const Route& route : m_routes) {
        if (route.method == method && matches(route.segments, segments, &result.params)) {
            result.kind = Match::Kind::Found;
            result.endpoint = &route.endpoint;
            return result;
        }
    }
    for (const Route& route : m_routes) {
        if (matches(route.segments, segments, nullptr)) {
            result.kind = Match::Kind::NoMethod;
            result.allow += (result.allow.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + route.method;
        }
    }
    result.params.clear();
    return result;
}

} // namespace ChoPhien
