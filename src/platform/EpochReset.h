#pragma once

#include "ChangesFeed.h"
#include "PlatformStore.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ChoPhien {

// The sandbox's epoch reset (POST /admin/epoch-reset, and the epoch_reset fault): the changes
// history is cut and a new epoch begins, so every earlier cursor is 410. With wipe data, every
// seller's data goes too, by the wipe steps the data's owners register (products and stock,
// idempotency records; uploads, photos and orders add theirs); accounts and seller identities stay.
// Everything happens in one transaction, with foreign keys checked at its commit, so the steps may
// run in any order.
class EpochReset final {
    Q_DISABLE_COPY_MOVE(EpochReset)

public:
    enum class Mode { KeepData, WipeData };
    // A step deletes one owner's rows inside the reset's transaction; false on an SQL error.
    using WipeStep = std::function<bool()>;

    EpochReset(PlatformStore& store, ChangesFeed& changes);

    void addWipeStep(WipeStep step) { m_wipeSteps.append(std::move(step)); }
    // A step that runs these statements in order.
    void addWipeStatements(const QStringList& statements);

    // The previous epoch, or nullopt when the reset failed (nothing changed then).
    std::optional<QString> reset(Mode mode);

private:
    PlatformStore& m_store;
    ChangesFeed& m_changes;
    QList<WipeStep> m_wipeSteps;
};

} // namespace ChoPhien
