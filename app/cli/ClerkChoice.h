#pragma once

#include "CliOutput.h"

#include <core/Clerk.h>

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace ChoPhien::Cli {

// Who a CLI write is recorded as: the active clerk named by --clerk (exactly, or without diacritics
// when that names one clerk only), else the longest-serving active clerk.
class ClerkChoice final {
    Q_DECLARE_TR_FUNCTIONS(ClerkChoice)

public:
    // On failure prints the one-line error, sets *exitCode and returns nothing.
    static std::optional<Clerk> resolve(QSqlDatabase db, const QString& requested, CliOutput& out,
                                        int* exitCode);
};

} // namespace ChoPhien::Cli
