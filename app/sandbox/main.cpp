// chophien-sandbox: the reference platform server for tests, demos and workshops.
#include "QuitOnSignal.h"

#include <platform/SandboxServer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <chophien/AppIdentity.h>
#include <memory>

namespace {

// Exit codes: 0 after a clean stop, 1 when the server cannot start, 2 for a usage error.
int usageError(const QString& message)
{
    QTextStream(stderr) << "chophien-sandbox: " << message << '\n';
    return 2;
}

QString urlHost(const QHostAddress& address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromUtf8(ChoPhien::Identity::sandboxExecutable));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(ChoPhien::Identity::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Chợ Phiên reference platform server: the platform API of docs/platform-api.yaml on "
                       "its own database.\n"
                       "The first line of output is \"listening on http://ADDRESS:PORT\"; the second names "
                       "the data folder."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral(
            "Folder of the server's database (created when missing). Default: a new temporary folder, "
            "removed when the server stops."),
        QStringLiteral("dir"));
    const QCommandLineOption bindOption(
        {QStringLiteral("bind"), QStringLiteral("host")},
        QStringLiteral("Address to listen on (default 127.0.0.1; --host is the same)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port (default 0: a free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Seller account to create at start, or whose password to set (repeatable)."),
        QStringLiteral("name:password"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body"),
        QStringLiteral("Largest request body accepted, in bytes (default 16777216); larger ones get 413."),
        QStringLiteral("bytes"), QStringLiteral("16777216"));
    const QCommandLineOption moderationDelayOption(
        QStringLiteral("moderation-delay-ms"),
        QStringLiteral("How long moderation takes after a publish, and a partner channel after approval, in "
                       "milliseconds (default 3000)."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption listingRulesOption(
        QStringLiteral("listing-rules"),
        QStringLiteral(
            "Moderation rule tables (JSON, the format of resources/rules/listing-rules.json) to use "
            "instead of the built-in ones."),
        QStringLiteral("file"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "Fault injection for /v1 requests (also PUT /admin/faults), e.g. "
            "\"latency=0.3:200,error5xx=0.1:503,throttle=0.05:2,drop_after_write=0.1,truncate=0.05,"
            "epoch_reset=0.001,seed=42\": each kind=probability[:parameter] at most once; latency "
            "in ms (default 100), error5xx status 500 or 503 (default 503), throttle Retry-After "
            "seconds (default 1); seed (default 0) makes the faults repeat. Default: none."),
        QStringLiteral("spec"));
    parser.addOptions({dataOption, bindOption, portOption, userOption, maxBodyOption, moderationDelayOption,
                       listingRulesOption, faultsOption});
    parser.process(app);

    ChoPhien::SandboxConfig config;
    const QHostAddress address(parser.value(bindOption));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535)
        return usageError(QStringLiteral("invalid --bind or --port"));
    config.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || config.maxBodyBytes < 1024)
        return usageError(QStringLiteral("--max-body needs a number of bytes, at least 1024"));
    config.moderationDelayMs = parser.value(moderationDelayOption).toInt(&ok);
    if (!ok || config.moderationDelayMs < 0 || config.moderationDelayMs > 24 * 60 * 60 * 1000)
        return usageError(
            QStringLiteral("--moderation-delay-ms needs a number of milliseconds, 0 to 86400000"));
    config.listingRulesFile = parser.value(listingRulesOption);
    for (const QString& user : parser.values(userOption)) {
        const qsizetype colon = user.indexOf(u':');
        if (colon <= 0 || colon == user.size() - 1 || colon > 100)
            return usageError(QStringLiteral("--user needs NAME:PASSWORD, both non-empty: %1").arg(user));
        config.users.append({user.left(colon), user.mid(colon + 1)});
    }
    ChoPhien::Words faultsError;
    const std::optional<ChoPhien::FaultSpec> faults =
        ChoPhien::FaultSpec::parse(parser.value(faultsOption), &faultsError);
    if (!faults)
        return usageError(QStringLiteral("--faults: %1 / %2").arg(faultsError.vi, faultsError.en));
    config.faults = *faults;
    std::unique_ptr<QTemporaryDir> temporary;
    if (parser.isSet(dataOption)) {
        config.dataFolder = QDir(parser.value(dataOption)).absolutePath();
    } else {
        temporary =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("chophien-sandbox-XXXXXX")));
        if (!temporary->isValid())
            return usageError(
                QStringLiteral("cannot make a temporary data folder: %1").arg(temporary->errorString()));
        config.dataFolder = temporary->path();
    }

    QTextStream err(stderr);
    ChoPhien::SandboxServer server(config);
    if (!server.open()) {
        err << "chophien-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        err << "chophien-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    ChoPhien::quitOnTerminationSignals();
    // The first line of output is the base URL; test launchers read it to learn the port.
    QTextStream out(stdout);
    out << "listening on http://" << urlHost(address) << ':' << bound << Qt::endl;
    out << "data folder: " << QDir::toNativeSeparators(config.dataFolder) << Qt::endl;
    return app.exec();
}
