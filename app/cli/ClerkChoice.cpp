#include "ClerkChoice.h"

#include <core/VietnameseText.h>
#include <storage/ClerkRepository.h>

#include <algorithm>
#include <tuple>

namespace ChoPhien::Cli {

std::optional<Clerk> ClerkChoice::resolve(QSqlDatabase db, const QString& requested, CliOutput& out,
                                          int* exitCode)
{
    QList<Clerk> clerks = ClerkRepository::active(db);
    if (requested.isEmpty()) {
        if (clerks.isEmpty()) {
            *exitCode = out.fail(QStringLiteral("no_clerk"),
                                 tr("The workspace has no active clerk to record the change."));
            return std::nullopt;
        }
        // The first one: the longest-serving active clerk (for a new workspace, the one who made it).
        return *std::min_element(clerks.cbegin(), clerks.cend(), [](const Clerk& a, const Clerk& b) {
            return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
        });
    }
    const QString wanted = VietnameseText::normalized(requested);
    for (const Clerk& c : clerks) {
        if (c.name == wanted)
            return c;
    }
    // Typed without diacritics or in another case: accepted when it names one clerk only.
    const QString key = VietnameseText::searchKey(wanted);
    std::optional<Clerk> found;
    int matches = 0;
    for (const Clerk& c : clerks) {
        if (VietnameseText::searchKey(c.name) == key) {
            found = c;
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    *exitCode =
        out.fail(QStringLiteral("unknown_clerk"), tr("No active clerk is named “%1”.").arg(requested));
    return std::nullopt;
}

} // namespace ChoPhien::Cli
