#include "AdminApi.h"

#include "ApiDispatcher.h"
#include "ChangesFeed.h"
#include "EpochReset.h"
#include "FaultInjector.h"
#include "JsonRules.h"
#include "ServerStats.h"

#include <core/Clock.h>

namespace ChoPhien {
namespace {

const QString kKeepData = QStringLiteral("keep_data");
const QString kWipeData = QStringLiteral("wipe_data");

} // namespace

AdminApi::AdminApi(FaultInjector& faults, EpochReset& epochReset, ServerStats& stats, ChangesFeed& changes)
    : m_faults(faults)
    , m_epochReset(epochReset)
    , m_stats(stats)
    , m_changes(changes)
{}

void AdminApi::addRoutes(Router& router)
{
    const QString faults = QStringLiteral("/admin/faults");
    router.add("GET", faults,
               {[this](ApiRequest&) { return HttpResponse::json(200, m_faults.spec().toJson()); }, false});
    router.add("PUT", faults, {[this](ApiRequest& r) { return setFaults(r); }, false, false, true});
    // The body may be omitted, so its Content-Type is checked only when there is one.
    router.add("POST", QStringLiteral("/admin/epoch-reset"),
               {[this](ApiRequest& r) { return resetEpoch(r); }, false});
    router.add("GET", QStringLiteral("/admin/stats"), {[this](ApiRequest&) { return stats(); }, false});
}

HttpResponse AdminApi::setFaults(const ApiRequest& request)
{
    static const JsonRule rule = JsonRule::object({{QStringLiteral("spec"), JsonRule::text(0, 1000)}});
    QJsonObject body;
    if (const std::optional<Problem> problem = readBody(request.http.body(), rule, body))
        return problem->toResponse();
    Words error;
    std::optional<FaultSpec> spec = FaultSpec::parse(body.value(u"spec").toString(), &error);
    if (!spec)
        return Problem::fields(ProblemCode::InvalidField,
                               {{QStringLiteral("spec"), QStringLiteral("invalid_format"), error}})
            .toResponse();
    m_faults.setSpec(std::move(*spec));
    return HttpResponse::json(200, m_faults.spec().toJson());
}

HttpResponse AdminApi::resetEpoch(const ApiRequest& request)
{
    const QByteArray raw = request.http.body();
    QString mode = kKeepData;
    if (!raw.isEmpty()) {
        if (!ApiDispatcher::isJson(request.header("Content-Type")))
            return Problem(ProblemCode::UnsupportedMediaType).toResponse();
        static const QList<JsonRule::Member> members{
            {QStringLiteral("mode"), JsonRule::oneOf({kKeepData, kWipeData})}};
        QJsonObject body;
        if (const std::optional<Problem> problem = readOptionalMembers(raw, members, 0, body))
            return problem->toResponse();
        mode = body.value(u"mode").toString(kKeepData);
    }
    const std::optional<QString> previous =
        m_epochReset.reset(mode == kWipeData ? EpochReset::Mode::WipeData : EpochReset::Mode::KeepData);
    if (!previous)
        return Problem(ProblemCode::Internal).toResponse();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("epoch"), m_changes.epoch()},
                                               {QStringLiteral("previous_epoch"), *previous},
                                               {QStringLiteral("mode"), mode}});
}

HttpResponse AdminApi::stats() const
{
    QJsonObject byStatus;
    for (auto it = m_stats.responsesByStatus().cbegin(); it != m_stats.responsesByStatus().cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    QJsonObject faults;
    for (int kind = 0; kind < kFaultKindCount; ++kind)
        faults.insert(faultKindName(FaultKind(kind)), m_faults.injected(FaultKind(kind)));
    QJsonObject json{{QStringLiteral("started_at"), toStoredTime(m_stats.startedAt())},
                     {QStringLiteral("epoch"), m_changes.epoch()},
                     {QStringLiteral("requests"), m_stats.requests()},
                     {QStringLiteral("responses_by_status"), byStatus},
                     {QStringLiteral("faults_injected"), faults}};
    for (const char* name : {"sellers", "products", "orders", "uploads", "idempotency_records", "changes"}) {
        const std::optional<qint64> count = m_stats.count(QString::fromLatin1(name));
        if (!count)
            return Problem(ProblemCode::Internal).toResponse();
        json.insert(QString::fromLatin1(name), *count);
    }
    return HttpResponse::json(200, json);
}

} // namespace ChoPhien
