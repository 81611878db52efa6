#pragma once

#include "ChangesFeed.h"
#include "Router.h"

namespace ChoPhien {

// GET /v1/changes?cursor=&limit=&from=: the seller's changes feed, a page at a time.
class ChangesApi final {
    Q_DISABLE_COPY_MOVE(ChangesApi)

public:
    explicit ChangesApi(ChangesFeed& feed);
    void addRoutes(Router& router);

private:
    HttpResponse list(const ApiRequest& request);

    ChangesFeed& m_feed;
};

} // namespace ChoPhien
