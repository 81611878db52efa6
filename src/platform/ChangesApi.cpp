#include "ChangesApi.h"

#include "FieldErrors.h"
#include "Paging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ChoPhien {

ChangesApi::ChangesApi(ChangesFeed& feed)
    : m_feed(feed)
{}

void ChangesApi::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/v1/changes"), {[this](ApiRequest& r) { return list(r); }});
}

HttpResponse ChangesApi::list(const ApiRequest& request)
{
    const QUrlQuery query = request.http.query();
    QList<FieldError> errors;
    int limit = 0;
    if (std::optional<FieldError> error = Paging::readLimit(query, limit))
        errors.append(*error);
    const bool hasCursor = query.hasQueryItem(QStringLiteral("cursor"));
    const bool hasFrom = query.hasQueryItem(QStringLiteral("from"));
    const QString from = query.queryItemValue(QStringLiteral("from"));
    if (hasFrom && hasCursor)
        errors.append(FieldErrors::notAllowed(QStringLiteral("from")));
    else if (hasFrom && from != u"beginning" && from != u"now")
        errors.append(FieldErrors::notAllowed(QStringLiteral("from"),
                                              {QStringLiteral("beginning"), QStringLiteral("now")}));
    QString epoch = m_feed.epoch();
    qint64 seq = 0;
    if (hasCursor && !ChangesFeed::parseCursor(query.queryItemValue(QStringLiteral("cursor")), epoch, seq))
        errors.append(Paging::badCursor());
    if (!errors.isEmpty())
        return Problem::fields(ProblemCode::InvalidField, errors).toResponse();
    if (epoch != m_feed.epoch() || (hasCursor && seq < m_feed.purgedThrough()))
        return Problem(ProblemCode::CursorExpired).toResponse();

    bool ok = true;
    if (from == u"now")
        seq = m_feed.head(ok);
    QList<ChangesFeed::Change> changes =
        from == u"now" ? QList<ChangesFeed::Change>() : m_feed.after(request.sellerId, seq, limit + 1, ok);
    if (!ok)
        return Problem(ProblemCode::Internal).toResponse();
    const bool hasMore = changes.size() > limit;
    if (hasMore)
        changes.resize(limit);
    if (!changes.isEmpty())
        seq = changes.constLast().seq;
    else if (!hasCursor && from != u"now")
        seq = qMax(seq, m_feed.purgedThrough());

    // The stored data is compact JSON already: the page is put together without parsing it again.
    QByteArray body = QByteArrayLiteral("{\"changes\":[");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangesFeed::Change& c = changes.at(i);
        if (i > 0)
            body += ',';
        body += "{\"seq\":" + QByteArray::number(c.seq) + ",\"type\":\"" + c.type + "\",\"at\":\"" +
                c.at.toLatin1() + "\",\"data\":" + c.data + '}';
    }
    body += "],\"next_cursor\":\"" + ChangesFeed::cursor(m_feed.epoch(), seq).toLatin1() +
            "\",\"has_more\":" + (hasMore ? "true" : "false") + ",\"epoch\":\"" + m_feed.epoch().toLatin1() +
            "\"}";
    return HttpResponse::json(200, body);
}

} // namespace ChoPhien
