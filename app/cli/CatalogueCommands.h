#pragma once

#include "CliOutput.h"

#include <QCoreApplication>

namespace ChoPhien::Cli {

// Commands over the product catalogue: search (more come with the product editor work).
class CatalogueCommands final {
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)

public:
    CatalogueCommands(QString folder, CliOutput& output);

    // Prints the best matches. With eachPrefix, also runs the search for every prefix of the query,
    // as a person typing it would, and reports how long each keystroke's search took.
    int search(const QString& query, int limit, bool eachPrefix);

private:
    QString m_folder;
    CliOutput& m_out;
};

} // namespace ChoPhien::Cli
