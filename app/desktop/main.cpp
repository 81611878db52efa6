// chophien: the desktop seller workstation.
#include <storage/Workspace.h>
#include <ui/DesktopApp.h>
#include <ui/ListTimings.h>
#include <ui/MainWindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <chophien/AppIdentity.h>

namespace {
// Peak resident memory in KiB where the system tells it (Linux /proc), else -1.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report a size of 0, so read until the end rather than asking atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Reports the time from process start to the main window's first paint, then quits
// (--measure-startup, used by tests/bench).
class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(const QElapsedTimer& sinceStart)
        : m_sinceStart(sinceStart)
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTextStream(stdout) << "startup_ms=" << m_sinceStart.elapsed() << " rss_kb=" << peakResidentKb()
                                << Qt::endl;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_sinceStart;
    bool m_reported = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromUtf8(ChoPhien::Identity::organizationName));
    QApplication::setOrganizationDomain(QString::fromUtf8(ChoPhien::Identity::organizationDomain));
    QApplication::setApplicationName(QString::fromUtf8(ChoPhien::Identity::desktopExecutable));
    QApplication::setApplicationDisplayName(QString::fromUtf8(ChoPhien::Identity::appName));
    QApplication::setApplicationVersion(QString::fromUtf8(ChoPhien::Identity::version));
    QApplication::setDesktopFileName(QString::fromUtf8(ChoPhien::Identity::appId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chợ Phiên seller workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                             QStringLiteral("Open this workspace folder."),
                                             QStringLiteral("dir"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo workspace (made on first use)."));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QStringLiteral("Use this settings file instead of the user's."),
                                            QStringLiteral("file"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print the time to the first painted window and quit."));
    const QCommandLineOption measureListsOption(
        QStringLiteral("measure-lists"),
        QStringLiteral(
            "Time filter changes, scrolling and the Stock page on --workspace, print them and quit."));
    parser.addOptions({workspaceOption, demoOption, settingsOption, measureOption, measureListsOption});
    parser.process(app);

    if (parser.isSet(measureListsOption)) { // tests/bench/run.sh: the list models on this (GUI) thread
        auto opened = ChoPhien::Workspace::open(parser.value(workspaceOption));
        if (opened.error) {
            QTextStream(stderr) << opened.error.message() << Qt::endl;
            return 1;
        }
        QTextStream out(stdout);
        ChoPhien::ListTimings::run(std::shared_ptr<ChoPhien::Workspace>(std::move(opened.workspace)), out);
        return 0;
    }

    ChoPhien::DesktopApp desktop(
        {parser.value(workspaceOption), parser.isSet(demoOption), parser.value(settingsOption)});
    FirstPaintProbe probe(sinceStart);
    if (parser.isSet(measureOption))
        desktop.window()->installEventFilter(&probe);
    if (!desktop.start())
        return 0;
    return QApplication::exec();
}
