#pragma once

#include "CliOutput.h"

#include <core/Product.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace ChoPhien {
class Workspace;
class WriteTransaction;
} // namespace ChoPhien

namespace ChoPhien::Cli {

// product variant add|list|edit|archive and product unit add|list|remove (ADR 0006). Options arrive
// as a map from option name ("option1", "sku", "price", "unit", "per-unit"…) to the text typed.
class VariantCommands final {
    Q_DECLARE_TR_FUNCTIONS(VariantCommands)

public:
    // Options only these commands take (the others, sku, barcode, price…, are ProductCommands').
    static QStringList optionNames(); // option1, option2, per-unit
    // Positional arguments `product variant|unit SUBCOMMAND …` takes, all words included; -1 when
    // there is no such subcommand.
    static qsizetype argumentCount(const QString& group, const QString& subcommand);

    // `product show`'s part: the variants (or the parent, for a variant) and the selling units.
    static void describe(QSqlDatabase db, const Product& product, CliOutput& out, QJsonObject& json);
    static QJsonArray unitsJson(const QList<UnitConversion>& conversions);

    VariantCommands(QString folder, CliOutput& output, QMap<QString, QString> options, QString clerk);

    // `arguments` starts with "variant" or "unit", its count already checked.
    int run(const QStringList& arguments);

private:
    // Each runs on the product (or variant) the command names, found in an open workspace.
    int addVariant(Workspace& workspace, const Product& parent);
    int listVariants(Workspace& workspace, const Product& product);
    int editVariant(Workspace& workspace, Product variant);
    int archiveVariant(Workspace& workspace, const Product& variant);
    int addUnit(Workspace& workspace, Product product);
    int listUnits(const Product& product);
    int removeUnit(Workspace& workspace, Product product);
    // The selling units' --json answer to `command`.
    int unitsDone(const QString& command, const Product& product);

    // Refuses options the subcommand does not take; nothing when all are fine.
    std::optional<int> refuseOptions(const QString& command, const QStringList& allowed);
    bool applyOwnFields(Product& variant, int* exitCode);
    // Checks the parent with all its variants as `variant` would make them, then writes `write`.
    int saveVariant(Workspace& workspace, const Product& parent, const Product& variant, bool isNew);
    bool commit(Workspace& workspace, const std::function<bool(WriteTransaction&)>& write, int* exitCode);

    QString m_folder;
    CliOutput& m_out;
    QMap<QString, QString> m_options;
    QString m_clerk;
};

} // namespace ChoPhien::Cli
