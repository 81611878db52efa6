#include "ProductCommands.h"

#include "ClerkChoice.h"
#include "UnitCommands.h"
#include "VariantCommands.h"

#include <core/Ids.h>
#include <core/Money.h>
#include <core/OriginResolver.h>
#include <core/ProductGroup.h>
#include <core/ProductVariants.h>
#include <core/Quantity.h>
#include <core/SkuSuggester.h>
#include <storage/ProductRemoval.h>
#include <storage/ProductRepository.h>
#include <storage/ProductStore.h>
#include <storage/Workspace.h>
#include <storage/WriteTransaction.h>

#include <QJsonArray>

namespace ChoPhien::Cli {

QStringList ProductCommands::fieldOptions()
{
    return {QStringLiteral("sku"),
            QStringLiteral("name"),
            QStringLiteral("price"),
            QStringLiteral("sale-price"),
            QStringLiteral("unit"),
            QStringLiteral("barcode"),
            QStringLiteral("category"),
            QStringLiteral("group"),
            QStringLiteral("producer"),
            QStringLiteral("tags"),
            QStringLiteral("description"),
            QStringLiteral("origin"),
            QStringLiteral("producer-commune"),
            QStringLiteral("option1-name"),
            QStringLiteral("option2-name")};
}

qsizetype ProductCommands::argumentCount(const QString& subcommand)
{
    if (subcommand == u"add")
        return 2;
    if (subcommand == u"show" || subcommand == u"edit" || subcommand == u"archive" ||
        subcommand == u"unarchive" || subcommand == u"delete")
        return 3;
    return -1;
}

ProductCommands::ProductCommands(QString folder, CliOutput& output, QMap<QString, QString> fields,
                                 QString clerk, int limit)
    : m_folder(std::move(folder))
    , m_out(output)
    , m_fields(std::move(fields))
    , m_clerk(std::move(clerk))
    , m_limit(limit)
{}

int ProductCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.first();
    if (sub == u"variant" || sub == u"unit")
        return VariantCommands(m_folder, m_out, m_fields, m_clerk).run(arguments);
    for (const QString& key : m_fields.keys()) {
        if (!fieldOptions().contains(key)) {
            m_out.fail(QStringLiteral("usage"),
                       tr("--%1 goes with product variant and product unit commands only.").arg(key));
            return Usage;
        }
    }
    if (sub != u"add" && sub != u"edit" && !m_fields.isEmpty()) {
        m_out.fail(
            QStringLiteral("usage"),
            tr("Field options such as --%1 go with product add and edit only.").arg(m_fields.firstKey()));
        return Usage;
    }
    if (sub == u"add")
        return add();
    if (sub == u"show")
        return show(arguments.at(1));
    if (sub == u"edit")
        return edit(arguments.at(1));
    if (sub == u"unarchive")
        return unarchive(arguments.at(1));
    if (sub == u"delete")
        return remove(arguments.at(1));
    return archive(arguments.at(1));
}

bool ProductCommands::applyFields(Product& p, int* exitCode)
{
    auto bad = [&](const QString& code, const QString& message) {
        *exitCode = m_out.fail(code, message);
        return false;
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        if (key == u"price" || key == u"sale-price") {
            const auto amount = Money::parse(value);
            if (!amount)
                return bad(QStringLiteral("bad_price"),
                           tr("“%1” is not a price. Write it like 25.000, 25k or 1,2 triệu.").arg(value));
            if (key == u"price")
                p.price = *amount;
            else
                p.salePrice = *amount;
        } else if (key == u"group") {
            if (!ProductGroup::isKnown(value))
                return bad(QStringLiteral("bad_group"),
                           tr("Unknown product group “%1”; use one of: %2.")
                               .arg(value, ProductGroup::identifiers().join(u", ")));
            p.group = value;
        } else if (key == u"tags") {
            p.tags.clear();
            for (const QString& t : value.split(u',', Qt::SkipEmptyParts))
                p.tags.append(t.trimmed());
        } else if (key == u"sku") {
            p.sku = value.trimmed();
        } else if (key == u"name") {
            p.name = value;
        } else if (key == u"unit") {
            p.unit = value;
        } else if (key == u"barcode") {
            p.barcode = value.trimmed();
        } else if (key == u"category") {
            p.category = value;
        } else if (key == u"producer") {
            p.producer = value;
        } else if (key == u"description") {
            p.description = value;
        } else if (key == u"origin" && !applyOrigin(p, value, exitCode)) {
            return false;
        } else if (key == u"producer-commune") {
            std::optional<AdminUnit> commune;
            if (!resolveCommune(value, &commune, exitCode))
                return false;
            p.producerCommuneCode = commune ? commune->code : QString();
        } else if (key == u"option1-name") {
            p.option1Name = value;
        } else if (key == u"option2-name") {
            p.option2Name = value;
        }
    }
    return true;
}

bool ProductCommands::resolveCommune(const QString& value, std::optional<AdminUnit>* commune, int* exitCode)
{
    commune->reset();
    if (value.trimmed().isEmpty())
        return true; // cleared
    const OriginResolution origin = OriginResolver::resolve(value);
    if (!origin.isResolved()) {
        QStringList listed;
        for (const AdminUnit& u : origin.candidates)
            listed.append(QStringLiteral("%1 %2").arg(u.code, AdminUnits::instance().fullName(u.code)));
        QString message = origin.problem;
        if (!listed.isEmpty())
            message += u' ' + tr("Candidates: %1.").arg(listed.join(QStringLiteral("; ")));
        const QString code = origin.candidates.isEmpty() ? QStringLiteral("unknown_origin")
                                                         : QStringLiteral("ambiguous_origin");
        *exitCode = m_out.fail(code, message,
                               {{QStringLiteral("candidates"), UnitCommands::toJson(origin.candidates)}});
        return false;
    }
    if (origin.fromOldAddress())
        m_out.line(tr("“%1” is an address from before July 2025; it is now %2.")
                       .arg(value.trimmed(), AdminUnits::instance().fullName(origin.commune->code)));
    *commune = *origin.commune;
    return true;
}

bool ProductCommands::applyOrigin(Product& p, const QString& value, int* exitCode)
{
    std::optional<AdminUnit> commune;
    if (!resolveCommune(value, &commune, exitCode))
        return false;
    p.originCommuneCode = commune ? commune->code : QString();
    p.originProvinceCode = commune ? commune->provinceCode : QString();
    return true;
}

int ProductCommands::save(Workspace& workspace, Product product, bool isNew)
{
    QSqlDatabase db = workspace.database();
    int exitCode = Failure;
    const auto clerk = ClerkChoice::resolve(db, m_clerk, m_out, &exitCode);
    if (!clerk)
        return exitCode;
    if (isNew && product.sku.isEmpty())
        product.sku = SkuSuggester::suggest(
            product.name, [&](const QString& sku) { return ProductStore::skuTaken(db, sku); });
    QList<ProductProblem> problems = ProductValidator::check(product);
    if (!product.isVariant()) // the axis names must still fit the variants the product has
        problems += ProductVariants::check(product, ProductStore::variants(db, product.id));
    if (!problems.isEmpty())
        return m_out.fail(QStringLiteral("invalid_") + problems.first().field, problems.first().message);
    if (ProductStore::skuTaken(db, product.sku, product.id))
        return m_out.fail(QStringLiteral("sku_taken"),
                          tr("Another product already has the SKU %1.").arg(product.sku));

    WriteTransaction tx(db, Actor{clerk->id}, workspace.clock());
    QStringList changed;
    const bool written =
        isNew ? ProductStore::create(tx, product) : ProductStore::update(tx, product, &changed);
    if (!written || !tx.commit())
        return m_out.fail(tx.error());
    const auto saved = ProductStore::get(db, product.id);
    if (isNew)
        m_out.line(tr("Added %1 (%2).").arg(saved->name, saved->sku));
    else if (changed.isEmpty())
        m_out.line(tr("Nothing to change in %1.").arg(saved->name));
    else
        m_out.line(tr("Changed %1: %2.").arg(saved->name, changed.join(QStringLiteral(", "))));
    QJsonObject json{
        {QStringLiteral("command"), isNew ? QStringLiteral("product add") : QStringLiteral("product edit")},
        {QStringLiteral("product"), toJson(*saved)}};
    if (!isNew)
        json.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    return m_out.succeed(json);
}

int ProductCommands::add()
{
    for (const char* required : {"name", "price", "unit"}) {
        if (!m_fields.contains(QString::fromLatin1(required))) {
            m_out.fail(QStringLiteral("usage"), tr("product add needs --name, --price and --unit."));
            return Usage;
        }
    }
    Product product;
    product.id = Ids::newId();
    int exitCode = Failure;
    if (!applyFields(product, &exitCode))
        return exitCode;
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    return save(*opened.workspace, product, true);
}

int ProductCommands::edit(const QString& skuOrId)
{
    if (m_fields.isEmpty()) {
        m_out.fail(QStringLiteral("usage"),
                   tr("product edit needs at least one field option, such as --price."));
        return Usage;
    }
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    auto product = ProductStore::find(opened.workspace->database(), skuOrId);
    if (!product)
        return m_out.fail(QStringLiteral("unknown_product"),
                          tr("No product has the SKU or id “%1”.").arg(skuOrId));
    int exitCode = Failure;
    if (!applyFields(*product, &exitCode))
        return exitCode;
    return save(*opened.workspace, *product, false);
}

int ProductCommands::show(const QString& skuOrId)
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    const auto product = ProductStore::find(opened.workspace->database(), skuOrId);
    if (!product)
        return m_out.fail(QStringLiteral("unknown_product"),
                          tr("No product has the SKU or id “%1”.").arg(skuOrId));
    const auto summary = ProductRepository::find(opened.workspace->database(), product->id);
    m_out.line(QStringLiteral("%1 (%2)").arg(product->name, product->sku));
    m_out.line(tr("Price: %1 per %2").arg(Money::format(product->price), product->unit));
    if (product->salePrice)
        m_out.line(tr("Sale price: %1").arg(Money::format(*product->salePrice)));
    if (!product->group.isEmpty())
        m_out.line(tr("Group: %1").arg(ProductGroup::displayName(product->group)));
    if (!product->category.isEmpty())
        m_out.line(tr("Category: %1").arg(product->category));
    if (!product->barcode.isEmpty())
        m_out.line(tr("Barcode: %1").arg(product->barcode));
    if (!product->producer.isEmpty())
        m_out.line(tr("Producer: %1").arg(product->producer));
    if (!product->producerCommuneCode.isEmpty())
        m_out.line(tr("Producer's commune: %1").arg(unitName(product->producerCommuneCode)));
    if (!product->originCommuneCode.isEmpty() || !product->originProvinceCode.isEmpty())
        m_out.line(tr("Origin: %1").arg(originName(*product)));
    m_out.line(tr("In stock: %1 %2").arg(Quantity::format(summary ? summary->onHand : 0), product->unit));
    if (product->archived)
        m_out.line(tr("Archived: no longer sold."));
    QJsonObject json = toJson(*product);
    json.insert(QStringLiteral("on_hand_milli"), summary ? summary->onHand : 0);
    VariantCommands::describe(opened.workspace->database(), *product, m_out, json);
    return m_out.succeed(
        {{QStringLiteral("command"), QStringLiteral("product show")}, {QStringLiteral("product"), json}});
}

int ProductCommands::archive(const QString& skuOrId)
{
    return writeOne(skuOrId, QStringLiteral("product archive"), ProductStore::archive,
                    tr("Archived %1: it keeps its history but is no longer sold."));
}

int ProductCommands::unarchive(const QString& skuOrId)
{
    return writeOne(skuOrId, QStringLiteral("product unarchive"), ProductStore::unarchive,
                    tr("%1 is on sale again."));
}

int ProductCommands::remove(const QString& skuOrId)
{
    return writeOne(skuOrId, QStringLiteral("product delete"), ProductRemoval::remove, tr("Deleted %1."));
}

int ProductCommands::writeOne(const QString& skuOrId, const QString& command,
                              bool (*write)(WriteTransaction&, const QString&), const QString& done)
{
    const auto opened = Workspace::open(m_folder);
    if (opened.error)
        return m_out.fail(opened.error);
    QSqlDatabase db = opened.workspace->database();
    const auto product = ProductStore::find(db, skuOrId);
    if (!product)
        return m_out.fail(QStringLiteral("unknown_product"),
                          tr("No product has the SKU or id “%1”.").arg(skuOrId));
    int exitCode = Failure;
    const auto clerk = ClerkChoice::resolve(db, m_clerk, m_out, &exitCode);
    if (!clerk)
        return exitCode;
    WriteTransaction tx(db, Actor{clerk->id}, opened.workspace->clock());
    if (!write(tx, product->id) || !tx.commit())
        return m_out.fail(tx.error());
    m_out.line(done.arg(product->name));
    return m_out.succeed({{QStringLiteral("command"), command},
                          {QStringLiteral("id"), product->id},
                          {QStringLiteral("sku"), product->sku}});
}

QJsonObject ProductCommands::toJson(const Product& p) const
{
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("sku"), p.sku},
                     {QStringLiteral("barcode"), p.barcode},
                     {QStringLiteral("unit"), p.unit},
                     {QStringLiteral("price_dong"), p.price},
                     {QStringLiteral("category"), p.category},
                     {QStringLiteral("group"), p.group},
                     {QStringLiteral("producer"), p.producer},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
                     {QStringLiteral("description"), p.description},
                     {QStringLiteral("ocop_stars"), p.ocop.stars},
                     {QStringLiteral("archived"), p.archived}};
    json.insert(QStringLiteral("sale_price_dong"), p.salePrice ? QJsonValue(*p.salePrice) : QJsonValue());
    json.insert(QStringLiteral("origin_commune_code"), p.originCommuneCode);
    json.insert(QStringLiteral("origin_province_code"), p.originProvinceCode);
    json.insert(QStringLiteral("origin_name"), originName(p));
    json.insert(QStringLiteral("producer_commune_code"), p.producerCommuneCode);
    json.insert(QStringLiteral("producer_commune_name"), unitName(p.producerCommuneCode));
    json.insert(QStringLiteral("parent_id"), p.isVariant() ? QJsonValue(p.parentId) : QJsonValue());
    json.insert(QStringLiteral("option1"), p.option1);
    json.insert(QStringLiteral("option2"), p.option2);
    json.insert(QStringLiteral("option1_name"), p.option1Name);
    json.insert(QStringLiteral("option2_name"), p.option2Name);
    return json;
}

QString ProductCommands::unitName(const QString& code)
{
    const QString name = AdminUnits::instance().fullName(code);
    // A code this build does not know (data from a newer app) is shown as it is, never hidden.
    return name.isEmpty() ? code : name;
}

QString ProductCommands::originName(const Product& p)
{
    return unitName(p.originCommuneCode.isEmpty() ? p.originProvinceCode : p.originCommuneCode);
}

} // namespace ChoPhien::Cli
