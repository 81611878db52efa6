#pragma once

#include "CliOutput.h"

#include <core/Clerk.h>
#include <core/ProductSummary.h>
#include <storage/StockLedger.h>

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace ChoPhien::Cli {

// The options of `stock` commands, as given on the command line (empty: not given).
struct StockOptions {
    QString clerk; // who records the change; empty: the workspace's first active clerk
    QString lot;   // receive: the lot code to receive into; other writes: the lot to take from or count
    QString expires;
    QString harvested;
    QString produced;
    QString supplier;
    std::optional<QString> note;
    QString reference;        // hold: who the goods are held for
    QString reason;           // release: fulfilled or cancelled (the default)
    QString sku;              // holds: only this product's
    QString filter;           // list: all (default), low or expiring
    std::optional<int> days;  // alerts, list: the expiry window (default SettingKeys::expiryAlertDays)
    std::optional<int> limit; // holds, alerts, list: most rows
    QString unit; // the quantity is in this selling unit (bao), converted exactly to the product's unit
};

// stock receive | sell | spoil | return | adjust | count | show: the stock ledger from a script (holds,
// thresholds and alerts: StockHoldCommands).
class StockCommands final {
    Q_DECLARE_TR_FUNCTIONS(StockCommands)

public:
    StockCommands(QString folder, CliOutput& output, StockOptions options);

    // How many positional arguments `stock SUBCOMMAND …` takes, both words included; -1 when there is
    // no such subcommand.
    static qsizetype argumentCount(const QString& subcommand);

    // Runs `stock SUBCOMMAND …`: `arguments` starts with the subcommand, its count already checked.
    int run(const QStringList& arguments);

    // "2,5" (or "+2,5") as a MilliQuantity; otherwise prints why, sets *exitCode and returns nothing.
    static std::optional<MilliQuantity> parseQuantity(const QString& text, CliOutput& out, int* exitCode);
    // The product `ref` (a SKU or an id) names; otherwise prints why, sets *exitCode and returns nothing.
    static std::optional<ProductSummary> findProduct(QSqlDatabase db, const QString& ref, CliOutput& out,
                                                     int* exitCode);

private:
    // What a write needs once the workspace is open: the product, the clerk and the lot named.
    struct Target {
        ProductSummary product;
        Clerk clerk;
        QString lotId;
    };
    using Write = std::function<bool(WriteTransaction&, const Target&, QList<StockLedger::Movement>&)>;
    // The human line for what was written and the on-hand after; may add keys to the JSON object.
    using Describe = std::function<QString(const Target&, const QList<StockLedger::Movement>&,
                                           MilliQuantity onHand, QJsonObject& json)>;

    int receive(const QString& sku, const QString& quantityText);
    int takeOrGive(const QString& action, const QString& sku, const QString& quantityText);
    int adjust(const QString& sku, const QString& deltaText);
    int count(const QString& sku, const QString& countedText);
    int show(const QString& sku);

    // Opens the workspace, finds the product, the clerk and the lot (unless `lotIsNew`), turns
    // `*quantity` into the product's unit when --unit was given, runs `write` in one transaction and
    // prints the result; the JSON object gets `<quantityKey>_milli` and `<quantityKey>`.
    int runWrite(const QString& action, const QString& sku, bool lotIsNew, MilliQuantity* quantity,
                 const QString& quantityKey, const Write& write, const Describe& describe);
    // `*quantity` in --unit converted to the product's base unit; false (printed) when it cannot be.
    bool toBaseUnit(QSqlDatabase db, const ProductSummary& product, MilliQuantity* quantity,
                    QJsonObject& json, int* exitCode);

    // Usage checks: which options the subcommand takes.
    std::optional<int> refuseOptions(const QString& subcommand);
    bool parseDate(const QString& text, QDate* date, int* exitCode);
    std::optional<Clerk> findClerk(QSqlDatabase db, int* exitCode);

    QString m_folder;
    CliOutput& m_out;
    StockOptions m_options;
};

} // namespace ChoPhien::Cli
