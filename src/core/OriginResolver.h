#pragma once

#include "AdminUnits.h"
#include "OldAddressMapper.h"

#include <QCoreApplication>

#include <optional>

namespace ChoPhien {

// What a product's origin typed as text or a code stands for: one 2025 commune, or the reason it
// cannot be settled without asking (several communes fit, an old commune was split, nothing fits).
struct OriginResolution {
    std::optional<AdminUnit> commune; // set when the text names exactly one 2025 commune
    QList<AdminUnit> candidates;      // when several fit: the user (or script) must choose
    OldAddressResult old;             // the old-address reading, when the text was not a 2025 unit
    QString problem;                  // why no commune was settled, in the UI language

    bool isResolved() const { return commune.has_value(); }
    bool fromOldAddress() const { return !old.matches.isEmpty(); }
};

class OriginResolver final {
    Q_DECLARE_TR_FUNCTIONS(OriginResolver)

public:
    // A 2025 commune code or name first ("00004", "Phường Ba Đình", "Tân Lập, Lâm Đồng"); failing that,
    // an old address or old commune code that was merged whole into one new commune.
    static OriginResolution resolve(const QString& text);

    // Loads the unit tables (about 0.1 s) on a pool thread so a GUI thread never waits for them; safe
    // to call any number of times. isReady() tells when resolve() and both tables answer at once.
    static void preload();
    static bool isReady();
};

} // namespace ChoPhien
