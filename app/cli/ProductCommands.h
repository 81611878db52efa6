#pragma once

#include "CliOutput.h"

#include <core/AdminUnits.h>
#include <core/Product.h>

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace ChoPhien {
class Workspace;
class WriteTransaction;
} // namespace ChoPhien

namespace ChoPhien::Cli {

// product add | show | edit | archive | unarchive | delete: the catalogue from a script (list,
// categories, bulk-edit are ProductListCommands'; product variant … and product unit … are
// VariantCommands'). Field options are given as a map from option name ("name", "price", …) to the text
// typed; only given fields change on edit.
class ProductCommands final {
    Q_DECLARE_TR_FUNCTIONS(ProductCommands)

public:
    static QStringList fieldOptions(); // sku, name, price, sale-price, unit, barcode, category, group, …
    // Positional arguments `product SUBCOMMAND …` takes, both words included; -1 for no such subcommand.
    static qsizetype argumentCount(const QString& subcommand);

    ProductCommands(QString folder, CliOutput& output, QMap<QString, QString> fields, QString clerk,
                    int limit);

    int run(const QStringList& arguments);

private:
    int add();
    int show(const QString& skuOrId);
    int edit(const QString& skuOrId);
    int archive(const QString& skuOrId);
    int unarchive(const QString& skuOrId);
    int remove(const QString& skuOrId); // product delete: refused once it has stock history
    // Finds the product, writes `write` under the clerk, prints `done` (%1: its name).
    int writeOne(const QString& skuOrId, const QString& command,
                 bool (*write)(WriteTransaction&, const QString&), const QString& done);

    // Applies the given fields to `product`; on a bad value prints the error and returns false.
    bool applyFields(Product& product, int* exitCode);
    // --origin: a 2025 commune (code or name) or an old address merged whole; "" clears it.
    bool applyOrigin(Product& product, const QString& value, int* exitCode);
    // The 2025 commune `value` names (a code, a name, or an old address merged whole; empty text: none);
    // false, with the error printed, when it names none or several.
    bool resolveCommune(const QString& value, std::optional<AdminUnit>* commune, int* exitCode);
    static QString originName(const Product& product);
    static QString unitName(const QString& code); // "Xã …, Tỉnh …"; the code itself when unknown
    int save(Workspace& workspace, Product product, bool isNew);
    QJsonObject toJson(const Product& product) const;

    QString m_folder;
    CliOutput& m_out;
    QMap<QString, QString> m_fields;
    QString m_clerk;
    int m_limit;
};

} // namespace ChoPhien::Cli
