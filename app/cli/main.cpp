// chophien-cli: the workstation's headless interface for scripts, tests and benchmarks.
#include "CatalogueCommands.h"
#include "CliOutput.h"
#include "WorkspaceCommands.h"

#include <core/LogFile.h>
#include <core/Translations.h>
#include <storage/DemoWorkspace.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <chophien/AppIdentity.h>

using namespace ChoPhien;

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
        "  demo      create a demo workspace (--products N for a benchmark-sized one)\n"
        "  backup    write a backup of the workspace database into its backups/ folder\n"
        "  restore   replace a damaged database with the latest backup (the old file is kept)\n"
        "  search Q  find products by name, SKU, barcode, producer, tags or description, with or without\n"
        "            diacritics (--limit N, --each-prefix to time every keystroke of Q)\n\n"
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
    const QCommandLineOption clerkOption(
        QStringLiteral("clerk"), QStringLiteral("init: name of the first clerk."), QStringLiteral("name"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Also print log messages."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("search: most results (default 20)."),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption eachPrefixOption(
        QStringLiteral("each-prefix"), QStringLiteral("search: also time the search of every prefix."));
    parser.addOptions({workspaceOption, jsonOption, langOption, productsOption, clerkOption, verboseOption,
                       limitOption, eachPrefixOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | check | demo | backup | restore"));
    parser.process(app);

    Translations translations;
    translations.apply(parser.value(langOption));

    Cli::CliOutput out(parser.isSet(jsonOption));
    const QStringList args = parser.positionalArguments();
    const qsizetype expectedArgs = !args.isEmpty() && args.first() == u"search" ? 2 : 1;
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
        return commands.demo(products);
    }
    if (command == u"backup")
        return commands.backup();
    if (command == u"restore")
        return commands.restore();
    if (command == u"search") {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 10'000) {
            out.fail(QStringLiteral("usage"), QStringLiteral("--limit takes a number from 1 to 10000"));
            return Cli::Usage;
        }
        Cli::CatalogueCommands catalogue(parser.value(workspaceOption), out);
        return catalogue.search(args.at(1), limit, parser.isSet(eachPrefixOption));
    }
    out.fail(QStringLiteral("usage"), QStringLiteral("unknown command: %1").arg(command));
    return Cli::Usage;
}
