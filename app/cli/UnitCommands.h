#pragma once

#include "CliOutput.h"

#include <core/AdminUnits.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace ChoPhien::Cli {

// units search | map: Vietnam's administrative units of 2025 and the old addresses before them.
// They need no workspace.
class UnitCommands final {
    Q_DECLARE_TR_FUNCTIONS(UnitCommands)

public:
    // Positional arguments `units SUBCOMMAND TEXT` takes, all words included; -1 for no such subcommand.
    static qsizetype argumentCount(const QString& subcommand);
    // A unit as the CLI prints it in JSON: code, name, province code and name, full name.
    static QJsonObject toJson(const AdminUnit& unit);
    static QJsonArray toJson(const QList<AdminUnit>& units);

    UnitCommands(CliOutput& output, int limit);

    int run(const QStringList& arguments);

private:
    int search(const QString& text);
    int map(const QString& text);

    CliOutput& m_out;
    int m_limit;
};

} // namespace ChoPhien::Cli
