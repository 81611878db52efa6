#pragma once

#include "PlatformStore.h"
#include "Router.h"
#include "SellerJson.h"

#include <optional>

namespace ChoPhien {

// GET and PUT /v1/seller: the seller's legal identity and default policies.
class SellerApi final {
    Q_DISABLE_COPY_MOVE(SellerApi)

public:
    explicit SellerApi(PlatformStore& store);
    void addRoutes(Router& router);
    // The seller's row, or nullopt (no such seller, or an SQL error).
    std::optional<SellerJson::Row> load(const QString& sellerId);

private:
    HttpResponse get(const ApiRequest& request);
    HttpResponse replace(const ApiRequest& request);

    QSqlQuery m_select;
    QSqlQuery m_update;
};

} // namespace ChoPhien
