#pragma once

#include "StorageError.h"

#include <core/Clerk.h>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ChoPhien {

class WriteTransaction;

// Local clerk profiles of a workspace.
class ClerkRepository final {
public:
    static bool add(WriteTransaction& tx, const Clerk& clerk);
    static bool retire(WriteTransaction& tx, const QString& clerkId);

    // Active profiles, in Vietnamese name order.
    static QList<Clerk> active(QSqlDatabase db);
    static std::optional<Clerk> find(QSqlDatabase db, const QString& id);
};

} // namespace ChoPhien
