#include "OriginResolver.h"

#include <QThreadPool>

#include <atomic>

namespace ChoPhien {
namespace {
std::atomic_bool g_ready = false;
std::atomic_bool g_started = false;
} // namespace

void OriginResolver::preload()
{
    if (g_started.exchange(true))
        return;
    QThreadPool::globalInstance()->start([] {
        AdminUnits::instance();
        OldAddressMapper::instance();
        g_ready = true;
    });
}

bool OriginResolver::isReady()
{
    return g_ready;
}

OriginResolution OriginResolver::resolve(const QString& text)
{
    OriginResolution r;
    const AdminUnits& units = AdminUnits::instance();
    qsizetype exact = 0;
    const QList<AdminUnit> found = units.search(text, 20, &exact);
    if (exact == 1 || found.size() == 1) {
        r.commune = found.first();
        return r;
    }
    if (exact > 1) {
        r.candidates = found.mid(0, exact);
        r.problem = tr("%1 communes or wards are called “%2”: add the province, for example “%3”.")
                        .arg(exact)
                        .arg(text.trimmed(), units.fullName(found.first().code));
        return r;
    }

    r.old = OldAddressMapper::instance().map(text);
    if (r.old.isUnique()) {
        r.commune = units.commune(r.old.matches.first().newCommuneCodes.first());
        if (r.commune)
            return r;
    }
    for (const QString& code : r.old.candidateCommuneCodes()) {
        if (const std::optional<AdminUnit> c = units.commune(code))
            r.candidates.append(*c);
    }
    if (r.old.matches.size() == 1 && r.old.matches.first().isSplit()) {
        r.problem =
            tr("Before July 2025 %1 was split among %n commune(s): choose the one where the product is "
               "made.",
               nullptr, int(r.candidates.size()))
                .arg(r.old.matches.first().oldName);
    } else if (r.old.matches.size() > 1) {
        r.problem = tr("Several places were called “%1” before July 2025: add the district and province.")
                        .arg(text.trimmed());
    } else if (r.old.matches.size() == 1) {
        // An old province or district, or a commune the conversion table does not place.
        const QString province = units.fullName(r.old.matches.first().newProvinceCode);
        r.problem =
            tr("%1 is now in %2: choose the commune or ward.").arg(r.old.matches.first().oldName, province);
    } else if (!found.isEmpty()) {
        r.candidates = found;
        r.problem =
            tr("Several communes or wards start with “%1”: type more of the name.").arg(text.trimmed());
    } else {
        r.problem = tr("No commune or ward of 2025 is called “%1”. %2").arg(text.trimmed(), r.old.reason);
    }
    return r;
}

} // namespace ChoPhien
