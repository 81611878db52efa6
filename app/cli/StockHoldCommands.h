#pragma once

#include "CliOutput.h"
#include "StockCommands.h"

#include <storage/Workspace.h>

#include <QCoreApplication>

#include <memory>

namespace ChoPhien::Cli {

// stock hold | release | holds | threshold | alerts | list: what is held for buyers, what is sellable,
// and what needs attention (low stock, lots that expire soon).
class StockHoldCommands final {
    Q_DECLARE_TR_FUNCTIONS(StockHoldCommands)

public:
    StockHoldCommands(QString folder, CliOutput& output, StockOptions options);

    // Positional arguments of `stock SUBCOMMAND …`, both words included; -1 when not one of these.
    static qsizetype argumentCount(const QString& subcommand);
    int run(const QStringList& arguments);

private:
    // What hold and threshold write with: the open workspace, the product, the clerk and the quantity.
    struct ProductWrite {
        std::unique_ptr<Workspace> workspace;
        ProductSummary product;
        Clerk clerk;
        MilliQuantity quantity = 0;
    };
    // Parses the quantity, opens the workspace and finds the product and the clerk; otherwise prints
    // why, sets *exitCode and returns nothing.
    std::optional<ProductWrite> openProductWrite(const QString& sku, const QString& quantityText,
                                                 int* exitCode);

    int hold(const QString& sku, const QString& quantityText);
    int release(const QString& holdId);
    int holds();
    int threshold(const QString& sku, const QString& quantityText);
    int alerts();
    int list();

    std::optional<int> refuseOptions(const QString& subcommand);
    // The last day of the expiry window: today + --days (default SettingKeys::expiryAlertDays).
    QDate expiringBy() const;
    int days() const;

    QString m_folder;
    CliOutput& m_out;
    StockOptions m_options;
};

} // namespace ChoPhien::Cli
