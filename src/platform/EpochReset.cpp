#include "EpochReset.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcEpoch, "chophien.platform.epoch")
}

EpochReset::EpochReset(PlatformStore& store, ChangesFeed& changes)
    : m_store(store)
    , m_changes(changes)
{}

void EpochReset::addWipeStatements(const QStringList& statements)
{
    addWipeStep([this, statements] {
        QSqlQuery q(m_store.database());
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                qCWarning(lcEpoch) << sql << "failed:" << q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

std::optional<QString> EpochReset::reset(Mode mode)
{
    const QString previous = m_changes.epoch();
    if (!m_store.begin())
        return std::nullopt;
    QSqlQuery deferred(m_store.database());
    bool ok = deferred.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) && m_changes.cutHistory();
    if (mode == Mode::WipeData) {
        for (const WipeStep& step : std::as_const(m_wipeSteps))
            ok = ok && step();
    }
    if (!ok) {
        m_store.rollback();
        return std::nullopt;
    }
    ok = m_store.commit();
    // After a commit the feed reads its new epoch; after a failure, its old one again.
    m_changes.reload();
    if (!ok)
        return std::nullopt;
    qCInfo(lcEpoch) << "epoch" << previous << "ended; now" << m_changes.epoch()
                    << (mode == Mode::WipeData ? "(data wiped)" : "(data kept)");
    return previous;
}

} // namespace ChoPhien
