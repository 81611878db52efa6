#include "VariantCommands.h"

#include "ClerkChoice.h"

#include <core/Ids.h>
#include <core/Money.h>
#include <core/ProductVariants.h>
#include <core/Quantity.h>
#include <core/VietnameseText.h>
#include <storage/ProductStore.h>
#include <storage/StockLedger.h>
#include <storage/Workspace.h>
#include <storage/WriteTransaction.h>

namespace ChoPhien::Cli {
namespace {

QJsonObject variantJson(QSqlDatabase db, const Product& v)
{
    const MilliQuantity onHand = StockLedger::onHand(db, v.id);
    QJsonObject json{{QStringLiteral("id"), v.id},
                     {QStringLiteral("sku"), v.sku},
                     {QStringLiteral("name"), v.name},
                     {QStringLiteral("option1"), v.option1},
                     {QStringLiteral("option2"), v.option2},
                     {QStringLiteral("barcode"), v.barcode},
                     {QStringLiteral("price_dong"), v.price},
                     {QStringLiteral("on_hand_milli"), onHand},
                     {QStringLiteral("on_hand"), Quantity::format(onHand)},
                     {QStringLiteral("archived"), v.archived}};
    json.insert(QStringLiteral("sale_price_dong"), v.salePrice ? QJsonValue(*v.salePrice) : QJsonValue());
    return json;
}

QString options(const Product& v)
{
    return v.option2.isEmpty() ? v.option1 : v.option1 + QStringLiteral(" / ") + v.option2;
}

QString unitLine(const UnitConversion& c, const QString& baseUnit)
{
    return QStringLiteral("1 %1 = %2 %3").arg(c.unit, Quantity::format(c.perUnitInBase), baseUnit);
}

} // namespace

QStringList VariantCommands::optionNames()
{
    return {QStringLiteral("option1"), QStringLiteral("option2"), QStringLiteral("per-unit")};
}

qsizetype VariantCommands::argumentCount(const QString& group, const QString& subcommand)
{
    static const QStringList variant{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("edit"),
                                     QStringLiteral("archive")};
    static const QStringList unit{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")};
    if ((group == u"variant" && variant.contains(subcommand)) ||
        (group == u"unit" && unit.contains(subcommand)))
        return 4; // product variant|unit SUBCOMMAND PRODUCT
    return -1;
}

VariantCommands::VariantCommands(QString folder, CliOutput& output, QMap<QString, QString> options,
                                 QString clerk)
    : m_folder(std::move(folder))
    , m_out(output)
    , m_options(std::move(options))
    , m_clerk(std::move(clerk))
{}

int VariantCommands::run(const QStringList& arguments)
{
    const QString command = arguments.at(0) + u' ' + arguments.at(1);
    const QString& ref = arguments.at(2);
    const QStringList own{QStringLiteral("option1"), QStringLiteral("option2"), QStringLiteral("sku"),
                          QStringLiteral("barcode"), QStringLiteral("price"),   QStringLiteral("sale-price")};
    const QStringList unitOptions{QStringLiteral("unit"), QStringLiteral("per-unit")};
    std::optional<int> refused;
    if (command == u"variant add" || command == u"variant edit")
        refused = refuseOptions(command, own);
    else if (command == u"unit add")
        refused = refuseOptions(command, unitOptions);
    else if (command == u"unit remove")
        refused = refuseOptions(command, {QStringLiteral("unit")});
    else
        refused = refuseOptions(command, {});
    if (refused)
        return *refused;
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    Workspace& workspace = *opened.workspace;
    const auto product = ProductStore::find(workspace.database(), ref);
    if (!product)
        return m_out.fail(QStringLiteral("unknown_product"),
                          tr("No product has the SKU or id “%1”.").arg(ref));
    if (command == u"variant add")
        return addVariant(workspace, *product);
    if (command == u"variant list")
        return listVariants(workspace, *product);
    if (command == u"variant edit")
        return editVariant(workspace, *product);
    if (command == u"variant archive")
        return archiveVariant(workspace, *product);
    if (command == u"unit add")
        return addUnit(workspace, *product);
    if (command == u"unit list")
        return listUnits(*product);
    return removeUnit(workspace, *product);
}

std::optional<int> VariantCommands::refuseOptions(const QString& command, const QStringList& allowed)
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            m_out.fail(QStringLiteral("usage"), tr("product %1 does not take --%2.").arg(command, it.key()));
            return Usage;
        }
    }
    const bool needsUnit = command == u"unit add" || command == u"unit remove";
    if (needsUnit && !m_options.contains(QStringLiteral("unit"))) {
        m_out.fail(QStringLiteral("usage"), tr("product %1 needs --unit NAME.").arg(command));
        return Usage;
    }
    if (command == u"unit add" && !m_options.contains(QStringLiteral("per-unit"))) {
        m_out.fail(QStringLiteral("usage"),
                   tr("product unit add needs --per-unit: how much of the product's unit one holds."));
        return Usage;
    }
    if (command == u"variant add" && !m_options.contains(QStringLiteral("option1"))) {
        m_out.fail(QStringLiteral("usage"), tr("product variant add needs --option1 VALUE."));
        return Usage;
    }
    if (command == u"variant edit" && m_options.isEmpty()) {
        m_out.fail(QStringLiteral("usage"),
                   tr("product variant edit needs at least one option, such as --price."));
        return Usage;
    }
    return std::nullopt;
}

bool VariantCommands::applyOwnFields(Product& v, int* exitCode)
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        if (key == u"price" || key == u"sale-price") {
            const auto amount = Money::parse(value);
            if (!amount) {
                *exitCode =
                    m_out.fail(QStringLiteral("bad_price"),
                               tr("“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.").arg(value));
                return false;
            }
            if (key == u"price")
                v.price = *amount;
            else
                v.salePrice = *amount;
        } else if (key == u"option1") {
            v.option1 = VietnameseText::normalized(value);
        } else if (key == u"option2") {
            v.option2 = VietnameseText::normalized(value);
        } else if (key == u"sku") {
            v.sku = value.trimmed();
        } else if (key == u"barcode") {
            v.barcode = value.trimmed();
        }
    }
    return true;
}

bool VariantCommands::commit(Workspace& workspace, const std::function<bool(WriteTransaction&)>& write,
                             int* exitCode)
{
    QSqlDatabase db = workspace.database();
    const auto clerk = ClerkChoice::resolve(db, m_clerk, m_out, exitCode);
    if (!clerk)
        return false;
    WriteTransaction tx(db, Actor{clerk->id}, workspace.clock());
    if (write(tx) && tx.commit())
        return true;
    *exitCode = m_out.fail(tx.error());
    return false;
}

int VariantCommands::saveVariant(Workspace& workspace, const Product& parent, const Product& variant,
                                 bool isNew)
{
    QSqlDatabase db = workspace.database();
    if (parent.option1Name.isEmpty())
        return m_out.fail(QStringLiteral("no_option_names"),
                          tr("First name what %1's variants differ in: product edit %2 --option1-name NAME "
                             "(for example “Dung tích”).")
                              .arg(parent.name, parent.sku));
    QList<Product> all = ProductStore::variants(db, parent.id, true);
    all.removeIf([&](const Product& p) { return p.id == variant.id; });
    all.append(variant);
    if (const auto problems = ProductVariants::check(parent, all); !problems.isEmpty())
        return m_out.fail(QStringLiteral("invalid_") + problems.first().field, problems.first().message);
    if (ProductStore::skuTaken(db, variant.sku, variant.id))
        return m_out.fail(QStringLiteral("sku_taken"),
                          tr("Another product already has the SKU %1.").arg(variant.sku));
    int exitCode = Failure;
    const bool written = commit(
        workspace,
        [&](WriteTransaction& tx) {
            return isNew ? ProductStore::create(tx, variant) : ProductStore::update(tx, variant);
        },
        &exitCode);
    if (!written)
        return exitCode;
    const auto saved = ProductStore::get(db, variant.id);
    m_out.line(isNew ? tr("Added the variant %1 (%2).").arg(saved->name, saved->sku)
                     : tr("Changed the variant %1 (%2).").arg(saved->name, saved->sku));
    return m_out.succeed({{QStringLiteral("command"), isNew ? QStringLiteral("product variant add")
                                                            : QStringLiteral("product variant edit")},
                          {QStringLiteral("parent_id"), parent.id},
                          {QStringLiteral("variant"), variantJson(db, *saved)}});
}

int VariantCommands::addVariant(Workspace& workspace, const Product& parent)
{
    if (parent.isVariant())
        return m_out.fail(
            QStringLiteral("nested_variant"),
            tr("%1 is itself a variant: add the new variant to its product instead.").arg(parent.name));
    Product v;
    v.id = Ids::newId();
    v.parentId = parent.id;
    v.price = parent.price;
    int exitCode = Failure;
    if (!applyOwnFields(v, &exitCode))
        return exitCode;
    QSqlDatabase db = workspace.database();
    if (v.sku.isEmpty())
        v.sku = ProductVariants::suggestSku(parent.sku, v.option1, v.option2, [&](const QString& sku) {
            return ProductStore::skuTaken(db, sku);
        });
    return saveVariant(workspace, parent, v, true);
}

int VariantCommands::editVariant(Workspace& workspace, Product v)
{
    if (!v.isVariant())
        return m_out.fail(QStringLiteral("not_a_variant"),
                          tr("%1 is not a variant; change it with product edit.").arg(v.name));
    int exitCode = Failure;
    if (!applyOwnFields(v, &exitCode))
        return exitCode;
    const auto parent = ProductStore::get(workspace.database(), v.parentId);
    return saveVariant(workspace, *parent, v, false);
}

int VariantCommands::archiveVariant(Workspace& workspace, const Product& v)
{
    if (!v.isVariant())
        return m_out.fail(QStringLiteral("not_a_variant"),
                          tr("%1 is not a variant; archive it with product archive.").arg(v.name));
    int exitCode = Failure;
    if (!commit(
            workspace, [&](WriteTransaction& tx) { return ProductStore::archive(tx, v.id); }, &exitCode))
        return exitCode;
    m_out.line(tr("Archived the variant %1: it keeps its history but is no longer sold.").arg(v.name));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("product variant archive")},
                          {QStringLiteral("id"), v.id},
                          {QStringLiteral("sku"), v.sku}});
}

int VariantCommands::listVariants(Workspace& workspace, const Product& product)
{
    QSqlDatabase db = workspace.database();
    const QString parentId = product.isVariant() ? product.parentId : product.id;
    QJsonArray rows;
    const QList<Product> variants = ProductStore::variants(db, parentId, true);
    if (variants.isEmpty())
        m_out.line(tr("%1 has no variants.").arg(product.name));
    for (const Product& v : variants) {
        const QJsonObject json = variantJson(db, v);
        QString line =
            QStringLiteral("%1  %2  %3  %4 %5")
                .arg(v.sku, -16)
                .arg(options(v), Money::format(v.price), json.value(u"on_hand").toString(), v.unit);
        if (v.archived)
            line += QStringLiteral("  ") + tr("(archived)");
        m_out.line(line);
        rows.append(json);
    }
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("product variant list")},
                          {QStringLiteral("parent_id"), parentId},
                          {QStringLiteral("variants"), rows}});
}

int VariantCommands::addUnit(Workspace& workspace, Product product)
{
    if (product.isVariant())
        return m_out.fail(QStringLiteral("variant_units"),
                          tr("%1 is a variant: it sells in its product's units, so add the unit to the "
                             "product instead.")
                              .arg(product.name));
    const QString perText = m_options.value(QStringLiteral("per-unit"));
    const auto per = Quantity::parse(perText);
    if (!per || *per <= 0)
        return m_out.fail(QStringLiteral("bad_quantity"),
                          tr("“%1” is not an amount more than zero. Write it like 50 or 0,5.").arg(perText));
    const UnitConversion conversion{VietnameseText::normalized(m_options.value(QStringLiteral("unit"))),
                                    *per};
    bool replaced = false;
    for (UnitConversion& c : product.conversions) {
        if (VietnameseText::searchKey(c.unit) == VietnameseText::searchKey(conversion.unit)) {
            c = conversion;
            replaced = true;
        }
    }
    if (!replaced)
        product.conversions.append(conversion);
    if (const auto problems = ProductValidator::checkConversions(product); !problems.isEmpty())
        return m_out.fail(QStringLiteral("invalid_units"), problems.first().message);
    int exitCode = Failure;
    if (!commit(
            workspace, [&](WriteTransaction& tx) { return ProductStore::update(tx, product); }, &exitCode))
        return exitCode;
    m_out.line(tr("%1 now sells by %2.").arg(product.name, unitLine(conversion, product.unit)));
    return unitsDone(QStringLiteral("product unit add"), product);
}

int VariantCommands::removeUnit(Workspace& workspace, Product product)
{
    if (product.isVariant())
        return m_out.fail(QStringLiteral("variant_units"),
                          tr("%1 is a variant: it sells in its product's units, so remove the unit from the "
                             "product instead.")
                              .arg(product.name));
    const QString unit = m_options.value(QStringLiteral("unit"));
    const auto removed = product.conversions.removeIf([&](const UnitConversion& c) {
        return VietnameseText::searchKey(c.unit) ==
               VietnameseText::searchKey(VietnameseText::normalized(unit));
    });
    if (removed == 0)
        return m_out.fail(QStringLiteral("unknown_unit"),
                          tr("%1 has no selling unit “%2”.").arg(product.name, unit));
    int exitCode = Failure;
    if (!commit(
            workspace, [&](WriteTransaction& tx) { return ProductStore::update(tx, product); }, &exitCode))
        return exitCode;
    m_out.line(tr("%1 no longer sells by the %2.").arg(product.name, unit));
    return unitsDone(QStringLiteral("product unit remove"), product);
}

int VariantCommands::listUnits(const Product& product)
{
    m_out.line(tr("%1 is counted in %2.").arg(product.name, product.unit));
    for (const UnitConversion& c : product.conversions)
        m_out.line(QStringLiteral("  ") + unitLine(c, product.unit));
    return unitsDone(QStringLiteral("product unit list"), product);
}

int VariantCommands::unitsDone(const QString& command, const Product& product)
{
    return m_out.succeed({{QStringLiteral("command"), command},
                          {QStringLiteral("id"), product.id},
                          {QStringLiteral("unit"), product.unit},
                          {QStringLiteral("units"), unitsJson(product.conversions)}});
}

QJsonArray VariantCommands::unitsJson(const QList<UnitConversion>& conversions)
{
    QJsonArray units;
    for (const UnitConversion& c : conversions)
        units.append(QJsonObject{{QStringLiteral("unit"), c.unit},
                                 {QStringLiteral("per_unit_in_base_milli"), c.perUnitInBase},
                                 {QStringLiteral("per_unit_in_base"), Quantity::format(c.perUnitInBase)}});
    return units;
}

void VariantCommands::describe(QSqlDatabase db, const Product& product, CliOutput& out, QJsonObject& json)
{
    json.insert(QStringLiteral("units"), unitsJson(product.conversions));
    for (const UnitConversion& c : product.conversions)
        out.line(tr("Sold also by: %1").arg(unitLine(c, product.unit)));
    if (product.isVariant()) {
        if (const auto parent = ProductStore::get(db, product.parentId))
            out.line(tr("Variant of %1 (%2)").arg(parent->name, parent->sku));
        return;
    }
    QJsonArray rows;
    const QList<Product> variants = ProductStore::variants(db, product.id, true);
    if (!variants.isEmpty()) {
        const QString axes = product.option2Name.isEmpty()
                                 ? product.option1Name
                                 : product.option1Name + QStringLiteral(" / ") + product.option2Name;
        out.line(tr("Variants (%1):").arg(axes));
    }
    for (const Product& v : variants) {
        const QJsonObject row = variantJson(db, v);
        out.line(QStringLiteral("  %1  %2  %3  %4 %5")
                     .arg(v.sku, -16)
                     .arg(options(v), Money::format(v.price), row.value(u"on_hand").toString(), v.unit));
        rows.append(row);
    }
    json.insert(QStringLiteral("variants"), rows);
}

} // namespace ChoPhien::Cli
