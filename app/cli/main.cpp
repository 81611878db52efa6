// chophien-cli: the workstation's headless interface for scripts, tests and benchmarks.
#include "CatalogueCommands.h"
#include "CliOutput.h"
#include "ProductCommands.h"
#include "ProductListCommands.h"
#include "StockCommands.h"
#include "UnitCommands.h"
#include "VariantCommands.h"
#include "WorkspaceCommands.h"

#include <core/DemoCatalogue.h>
#include <core/LogFile.h>
#include <core/Translations.h>
#include <storage/DemoWorkspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <chophien/AppIdentity.h>
#include <optional>
#include <tuple>

using namespace ChoPhien;

namespace {

// How many positional arguments a command line needs, the command's name included; -1 when the
// command (or the stock subcommand) does not exist. Unknown commands are reported by name later.
qsizetype expectedArgumentCount(const QStringList& args)
{
    if (args.isEmpty())
        return 1;
    const QString& command = args.first();
    if (command == u"search")
        return 2;
    if (command == u"stock")
        return args.size() < 2 ? 2 : Cli::StockCommands::argumentCount(args.at(1));
    if (command == u"product" && args.size() >= 2 && (args.at(1) == u"variant" || args.at(1) == u"unit"))
        return args.size() < 3 ? 3 : Cli::VariantCommands::argumentCount(args.at(1), args.at(2));
    if (command == u"product") {
        if (args.size() >= 2 && Cli::ProductListCommands::handles(args.at(1)))
            return 2;
        return args.size() < 2 ? 2 : Cli::ProductCommands::argumentCount(args.at(1));
    }
    if (command == u"units")
        return args.size() < 2 ? 2 : Cli::UnitCommands::argumentCount(args.at(1));
    return 1;
}

// QCommandLineParser reads "-0,5" as options. A negative number (stock adjust SKU -0,5) is a value, so
// every positional argument is moved behind "--", in order, where the parser takes it as it is.
QStringList withNumbersAsPositional(const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    static const QRegularExpression negativeNumber(QStringLiteral(R"(^-[0-9])"));
    QStringList takesValue;
    for (const QCommandLineOption& option : options) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString& name : option.names())
            takesValue.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    QStringList optionPart{arguments.value(0)};
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--") {
            positional += arguments.mid(i + 1);
            break;
        }
        if (!arg.startsWith(u'-') || negativeNumber.match(arg).hasMatch()) {
            positional.append(arg);
            continue;
        }
        optionPart.append(arg);
        if (takesValue.contains(arg) && i + 1 < arguments.size())
            optionPart.append(arguments.at(++i)); // the option's value, whatever it looks like
    }
    return positional.isEmpty() ? optionPart : optionPart + QStringList{QStringLiteral("--")} + positional;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromUtf8(Identity::organizationName));
    QCoreApplication::setOrganizationDomain(QString::fromUtf8(Identity::organizationDomain));
    QCoreApplication::setApplicationName(QString::fromUtf8(Identity::cliExecutable));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(Identity::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Chợ Phiên command line.\n\nCommands:\n"
        "  init      create a new, empty workspace in the folder\n"
        "  check     check the workspace's database (integrity, foreign keys, schema)\n"
        "  demo      create a demo workspace (--products N for a benchmark-sized one; --seed N picks\n"
        "            another catalogue: the same seed and size always give the same products)\n"
        "  backup    write a backup of the workspace database into its backups/ folder\n"
        "  restore   replace a damaged database with the latest backup (the old file is kept)\n"
        "  search Q  find products by name, SKU, barcode, producer, tags or description, with or without\n"
        "            diacritics (--limit N, --each-prefix to time every keystroke of Q)\n"
        "  stock receive SKU QTY   goods arrive, into a lot (--lot CODE, --expires, --harvested and\n"
        "                          --produced YYYY-MM-DD, --supplier NAME; without --lot one is named)\n"
        "  stock sell SKU QTY      sold at the market stall (earliest expiry first; never expired lots)\n"
        "  stock spoil SKU QTY     spoiled or broken (earliest expiry first)\n"
        "  stock return SKU QTY    brought back by a buyer\n"
        "  stock adjust SKU DELTA --note TEXT   a correction, + or - (\"-0,5\" may be written as it is)\n"
        "  stock count SKU COUNTED records the difference between what was counted and the ledger\n"
        "  stock show SKU          on-hand, reserved, sellable, holds, lots, the last 20 movements\n"
        "  stock hold SKU QTY --reference TEXT [--lot CODE] [--note TEXT]   keep goods aside for a buyer\n"
        "  stock release HOLD [--reason fulfilled|cancelled]   fulfilled also records the sale at the\n"
        "                          market; cancelled (the default) makes the goods sellable again\n"
        "  stock holds [--sku S]   the open holds (HOLD is an id, or its first 8 characters)\n"
        "  stock threshold SKU QTY the low-stock threshold (0: no alert)\n"
        "  stock alerts [--days N] products low on stock, lots expired or expiring within N days (30)\n"
        "  stock list [--filter all|low|expiring] [--days N] [--limit N]   on-hand, reserved, sellable\n"
        "  SKU and QTY of stock commands may also be given as --sku S and --quantity Q.\n"
        "  product add --name N --price P --unit U [--sku S] [--barcode B] [--category C] [--group G]\n"
        "              [--sale-price P] [--producer NAME] [--tags T1,T2] [--description TEXT]\n"
        "              (no --sku: one is suggested from the name; --group: food, beverage, alcohol,\n"
        "              health-supplement, cosmetics, handicraft, textile, agricultural-material, other)\n"
        "              [--origin COMMUNE] [--producer-commune COMMUNE] (a 2025 commune code or name;\n"
        "              an old address merged whole)\n"
        "  product edit SKU --FIELD VALUE…   change only the fields given\n"
        "  product show SKU | product archive SKU | product unarchive SKU\n"
        "              (--option1-name, --option2-name: what the product's variants differ in)\n"
        "  product variant add SKU --option1 V [--option2 V] [--sku S] [--barcode B] [--price P]\n"
        "  product variant list SKU | product variant edit VARIANT … | product variant archive VARIANT\n"
        "  product unit add SKU --unit bao --per-unit 50   (1 bao = 50 of the product's unit)\n"
        "  product unit list SKU | product unit remove SKU --unit bao\n"
        "  product delete SKU   only a product with no stock history; archive the others\n"
        "  product list [--limit N] [--sort name|sku|price|ocop[-desc]] [FILTERS]\n"
        "  product categories                 the category tree with product counts\n"
        "  product bulk-edit [FILTERS | --skus A,B] [--price-percent P [--round-to D]]\n"
        "              [--set-category PATH] [--set-status active|archived]\n"
        "  FILTERS: --category PATH (and below) --group G --ocop any|rated|none|3|4|5\n"
        "           --status active|archived|all (default active) --stock any|in|out|low|expiring\n"
        "  units search TEXT   2025 communes/wards matching TEXT (with or without diacritics; --limit N)\n"
        "  units map OLD       the 2025 commune(s) of an address or commune code from before July 2025;\n"
        "                      a split commune lists every candidate (\"ambiguous\": true in JSON)\n"
        "                      (units needs no --workspace)\n"
        "  Prices are đồng, written as 25.000, 25k or 1,2 triệu.\n"
        "  SKU is the product's SKU (any case) or id. Quantities are in the product's unit, written the\n"
        "  Vietnamese way: 2,5 or 1.500. sell, spoil, return, adjust and count take --lot to name the lot.\n"
        "  Stock writes take --unit U to give the quantity in a selling unit (stock receive GAO 2 --unit\n"
        "  bao records 100 kg when 1 bao = 50 kg). A product sold in variants keeps stock per variant.\n"
        "  Stock changes are recorded as the workspace's first active clerk, or as --clerk NAME.\n\n"
        "Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QStringLiteral("Workspace folder."), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Message language: vi (default) or en."),
        QStringLiteral("code"), qEnvironmentVariable("CHOPHIEN_LANG", QStringLiteral("vi")));
    const QCommandLineOption productsOption(
        QStringLiteral("products"), QStringLiteral("demo: number of products (default: the seed list)."),
        QStringLiteral("n"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("demo: the generator's seed, 0 to 4294967295 (default %1).")
            .arg(DemoCatalogue::kDefaultSeed),
        QStringLiteral("n"));
    const QCommandLineOption clerkOption(
        QStringLiteral("clerk"),
        QStringLiteral("init: name of the first clerk. stock: the active clerk who records the change "
                       "(default: the workspace's first active clerk)."),
        QStringLiteral("name"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Also print log messages."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("search: most results (default 20)."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption eachPrefixOption(
        QStringLiteral("each-prefix"), QStringLiteral("search: also time the search of every prefix."));
    const QCommandLineOption lotOption(
        QStringLiteral("lot"),
        QStringLiteral("stock receive: the lot's code (LÔ-2026-11); other stock writes: the lot to use."),
        QStringLiteral("code"));
    const QCommandLineOption expiresOption(QStringLiteral("expires"),
                                           QStringLiteral("stock receive: the lot's expiry date."),
                                           QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption harvestedOption(QStringLiteral("harvested"),
                                             QStringLiteral("stock receive: the lot's harvest date."),
                                             QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption producedOption(QStringLiteral("produced"),
                                            QStringLiteral("stock receive: the lot's production date."),
                                            QStringLiteral("yyyy-mm-dd"));
    const QCommandLineOption supplierOption(
        QStringLiteral("supplier"),
        QStringLiteral("stock receive: the member household that supplied the lot."), QStringLiteral("name"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), QStringLiteral("stock sell, spoil, return, adjust: why (adjust needs one)."),
        QStringLiteral("text"));
    const QCommandLineOption quantityOption(QStringLiteral("quantity"),
                                            QStringLiteral("stock: the quantity (instead of QTY)."),
                                            QStringLiteral("qty"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"),
                                             QStringLiteral("stock hold: who the goods are held for."),
                                             QStringLiteral("text"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QStringLiteral("stock release: fulfilled or cancelled."),
                                          QStringLiteral("why"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("stock alerts, list: the expiry window in days (default 30)."),
        QStringLiteral("n"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("stock list: all, low or expiring."),
                                          QStringLiteral("which"));
    QList<QCommandLineOption> options{workspaceOption,  jsonOption,     langOption,    productsOption,
                                      seedOption,       clerkOption,    verboseOption, limitOption,
                                      eachPrefixOption, lotOption,      expiresOption, harvestedOption,
                                      producedOption,   supplierOption, noteOption,    quantityOption,
                                      referenceOption,  reasonOption,   daysOption,    filterOption};
    for (const QString& field : Cli::ProductCommands::fieldOptions())
        options.append(QCommandLineOption(field,
                                          QStringLiteral("product add/edit: the product's %1.").arg(field),
                                          QStringLiteral("value")));
    for (const QString& name : Cli::ProductListCommands::optionNames())
        options.append(QCommandLineOption(
            name, QStringLiteral("product list/bulk-edit: %1 (see the product commands above).").arg(name),
            QStringLiteral("value")));
    options.append(QCommandLineOption(
        QStringLiteral("option1"), QStringLiteral("product variant add/edit: the value on the first axis."),
        QStringLiteral("value")));
    options.append(QCommandLineOption(
        QStringLiteral("option2"), QStringLiteral("product variant add/edit: the value on the second axis."),
        QStringLiteral("value")));
    options.append(QCommandLineOption(
        QStringLiteral("per-unit"), QStringLiteral("product unit add: how much of the base unit one holds."),
        QStringLiteral("amount")));
    parser.addOptions(options);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("init | check | demo | backup | restore | search | stock | product | units"));
    parser.process(withNumbersAsPositional(QCoreApplication::arguments(), options));

    Translations translations;
    translations.apply(parser.value(langOption));

    Cli::CliOutput out(parser.isSet(jsonOption));
    QStringList args = parser.positionalArguments();
    // Scripts may name a stock command's SKU and QTY as options: `stock hold --sku S --quantity Q`.
    if (args.size() >= 2 && args.first() == u"stock" && args.at(1) != u"holds") {
        if (parser.isSet(QStringLiteral("sku")))
            args.insert(2, parser.value(QStringLiteral("sku")));
        if (parser.isSet(quantityOption))
            args.append(parser.value(quantityOption));
    }
    const qsizetype expectedArgs = expectedArgumentCount(args);
    if (expectedArgs < 0) {
        out.fail(QStringLiteral("usage"),
                 QCoreApplication::translate("main", "unknown %1 command: %2; see --help")
                     .arg(args.at(0), args.at(1)));
        return Cli::Usage;
    }
    // --limit as given, or `fallback` when not given; nothing (the usage error printed) when it is bad.
    auto limitOr = [&](int fallback) -> std::optional<int> {
        bool ok = true;
        const int limit = parser.isSet(limitOption) ? parser.value(limitOption).toInt(&ok) : fallback;
        if (!ok || limit < 1 || limit > 10'000) {
            out.fail(QStringLiteral("usage"), QStringLiteral("--limit takes a number from 1 to 10000"));
            return std::nullopt;
        }
        return limit;
    };
    if (args.size() == expectedArgs && args.first() == u"units") {
        const auto limit = limitOr(20);
        if (!limit)
            return Cli::Usage;
        Cli::UnitCommands units(out, *limit);
        return units.run(args.mid(1));
    }
    if (args.size() != expectedArgs || !parser.isSet(workspaceOption)) {
        out.fail(QStringLiteral("usage"),
                 QStringLiteral("usage: chophien-cli --workspace DIR [--json] COMMAND; see --help"));
        return Cli::Usage;
    }

    // Log to the workspace's logs/ when it has one; stderr stays for the one-line error unless --verbose.
    const bool verbose = parser.isSet(verboseOption);
    const QString logs = QDir(parser.value(workspaceOption)).filePath(QStringLiteral("logs"));
    if (!(QFileInfo(logs).isDir() && LogFile::install(logs, verbose)) && !verbose)
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});

    Cli::WorkspaceCommands commands(parser.value(workspaceOption), out);
    const QString command = args.first();
    if (command == u"init") {
        const QString clerk = parser.isSet(clerkOption) ? parser.value(clerkOption)
                                                        : QCoreApplication::translate("main", "Manager");
        return commands.init(clerk);
    }
    if (command == u"check")
        return commands.check();
    if (command == u"demo") {
        qint64 products = DemoWorkspace::defaultProductCount();
        if (parser.isSet(productsOption)) {
            bool ok = false;
            products = parser.value(productsOption).toLongLong(&ok);
            if (!ok || products < 0 || products > 10'000'000) {
                out.fail(QStringLiteral("usage"),
                         QStringLiteral("--products takes a number from 0 to 10000000"));
                return Cli::Usage;
            }
        }
        quint32 seed = DemoCatalogue::kDefaultSeed;
        if (parser.isSet(seedOption)) {
            bool ok = false;
            seed = parser.value(seedOption).toUInt(&ok);
            if (!ok) {
                out.fail(QStringLiteral("usage"),
                         QStringLiteral("--seed takes a number from 0 to 4294967295"));
                return Cli::Usage;
            }
        }
        return commands.demo(products, seed);
    }
    if (command == u"backup")
        return commands.backup();
    if (command == u"restore")
        return commands.restore();
    if (command == u"search") {
        const auto limit = limitOr(20);
        if (!limit)
            return Cli::Usage;
        Cli::CatalogueCommands catalogue(parser.value(workspaceOption), out);
        return catalogue.search(args.at(1), *limit, parser.isSet(eachPrefixOption));
    }
    if (command == u"stock") {
        Cli::StockOptions stock;
        stock.clerk = parser.value(clerkOption);
        stock.lot = parser.value(lotOption);
        stock.expires = parser.value(expiresOption);
        stock.harvested = parser.value(harvestedOption);
        stock.produced = parser.value(producedOption);
        stock.supplier = parser.value(supplierOption);
        stock.unit = parser.value(QStringLiteral("unit"));
        if (parser.isSet(noteOption))
            stock.note = parser.value(noteOption);
        stock.reference = parser.value(referenceOption);
        stock.reason = parser.value(reasonOption);
        stock.filter = parser.value(filterOption);
        if (args.at(1) == u"holds")
            stock.sku = parser.value(QStringLiteral("sku"));
        for (const auto& [option, target, most] :
             {std::tuple{&daysOption, &stock.days, 3650}, std::tuple{&limitOption, &stock.limit, 10'000}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const int n = parser.value(*option).toInt(&ok);
            if (!ok || n < 0 || n > most) {
                out.fail(QStringLiteral("usage"), QStringLiteral("--%1 takes a number from 0 to %2")
                                                      .arg(option->names().constFirst())
                                                      .arg(most));
                return Cli::Usage;
            }
            *target = n;
        }
        Cli::StockCommands stockCommands(parser.value(workspaceOption), out, stock);
        return stockCommands.run(args.mid(1));
    }
    if (command == u"product" && Cli::ProductListCommands::handles(args.at(1))) {
        QMap<QString, QString> listOptions;
        for (const QString& name : Cli::ProductListCommands::optionNames() +
                                       QStringList{QStringLiteral("category"), QStringLiteral("group")}) {
            if (parser.isSet(name))
                listOptions.insert(name, parser.value(name));
        }
        for (const QString& field : Cli::ProductCommands::fieldOptions()) {
            if (parser.isSet(field) && !listOptions.contains(field))
                listOptions.insert(field, parser.value(field)); // refused by the command with a clear line
        }
        const auto limit = limitOr(50);
        if (!limit)
            return Cli::Usage;
        Cli::ProductListCommands lists(parser.value(workspaceOption), out, listOptions,
                                       parser.value(clerkOption), *limit);
        return lists.run(args.at(1));
    }
    for (const QString& name : Cli::ProductListCommands::optionNames()) {
        if (parser.isSet(name)) {
            out.fail(QStringLiteral("usage"),
                     QStringLiteral("--%1 goes with product list and bulk-edit only; see --help").arg(name));
            return Cli::Usage;
        }
    }
    if (command == u"product") {
        QMap<QString, QString> fields;
        for (const QString& field :
             Cli::ProductCommands::fieldOptions() + Cli::VariantCommands::optionNames()) {
            if (parser.isSet(field))
                fields.insert(field, parser.value(field));
        }
        const auto limit = limitOr(50);
        if (!limit)
            return Cli::Usage;
        Cli::ProductCommands products(parser.value(workspaceOption), out, fields, parser.value(clerkOption),
                                      *limit);
        return products.run(args.mid(1));
    }
    out.fail(QStringLiteral("usage"), QStringLiteral("unknown command: %1").arg(command));
    return Cli::Usage;
}
