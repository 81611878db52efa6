// chophien-sandbox: the reference platform server for tests, demos and workshops.
#include <platform/SandboxServer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chophien/AppIdentity.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromUtf8(ChoPhien::Identity::sandboxExecutable));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(ChoPhien::Identity::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chợ Phiên reference platform server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    parser.addOptions({hostOption, portOption});
    parser.process(app);

    const QHostAddress address(parser.value(hostOption));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    QTextStream err(stderr);
    if (address.isNull() || !portOk || port > 65535) {
        err << "chophien-sandbox: invalid --host or --port\n";
        return 2;
    }

    ChoPhien::SandboxServer server;
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        err << "chophien-sandbox: cannot listen on " << address.toString() << ':' << port << '\n';
        return 1;
    }
    // The first line of output is the base URL; test launchers read it to learn the port.
    QTextStream out(stdout);
    out << "listening on http://" << address.toString() << ':' << bound << Qt::endl;
    return app.exec();
}
