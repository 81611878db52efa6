#pragma once

#include "CliOutput.h"

#include <storage/ProductList.h>

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace ChoPhien::Cli {

// product list | categories | bulk-edit: the catalogue as a filtered, sorted list, its category tree,
// and one change made to every product a filter (or --skus) selects. Options arrive as a map from
// option name to the text typed: the filters category, group, ocop, status, stock, skus; sort; and
// for bulk-edit price-percent, round-to, set-category, set-status.
class ProductListCommands final {
    Q_DECLARE_TR_FUNCTIONS(ProductListCommands)

public:
    // Options of these commands besides --category and --group (shared with product add/edit).
    static QStringList optionNames();
    static bool handles(const QString& subcommand);

    ProductListCommands(QString folder, CliOutput& output, QMap<QString, QString> options, QString clerk,
                        int limit);

    int run(const QString& subcommand);

private:
    int list();
    int categories();
    int bulkEdit();

    // The filter the options describe; on a bad value prints the error and returns nothing.
    std::optional<ProductFilter> filter(int* exitCode);
    std::optional<ProductOrder> order(int* exitCode);
    int usage(const QString& message); // prints it, returns the usage exit code

    QString m_folder;
    CliOutput& m_out;
    QMap<QString, QString> m_options;
    QString m_clerk;
    int m_limit;
};

} // namespace ChoPhien::Cli
