#pragma once

#include "Router.h"

namespace ChoPhien {

class ChangesFeed;
class EpochReset;
class FaultInjector;
class ServerStats;

// The sandbox's control calls (loopback only, no token, never faulted; ADR 0018):
// GET/PUT /admin/faults, POST /admin/epoch-reset and GET /admin/stats.
class AdminApi final {
    Q_DISABLE_COPY_MOVE(AdminApi)

public:
    AdminApi(FaultInjector& faults, EpochReset& epochReset, ServerStats& stats, ChangesFeed& changes);
    void addRoutes(Router& router);

private:
    HttpResponse setFaults(const ApiRequest& request);
    HttpResponse resetEpoch(const ApiRequest& request);
    HttpResponse stats() const;

    FaultInjector& m_faults;
    EpochReset& m_epochReset;
    ServerStats& m_stats;
    ChangesFeed& m_changes;
};

} // namespace ChoPhien
