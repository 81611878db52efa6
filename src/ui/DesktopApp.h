#pragma once

#include <core/AppSettings.h>
#include <core/Translations.h>

#include <QFuture>
#include <QObject>

#include <memory>

namespace ChoPhien {

class MainWindow;
class StopRequest;
class StorageError;
class WorkspaceSession;

struct DesktopOptions {
    QString workspace;    // open this folder (--workspace)
    bool demo = false;    // open the demo workspace, creating it if needed (--demo)
    QString settingsFile; // INI file instead of the user's settings (tests, portable use)
};

// The desktop application's behaviour: which workspace opens, language, who is working. Owns the
// session and the main window; the window only asks, this answers.
class DesktopApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    explicit DesktopApp(DesktopOptions options, QObject* parent = nullptr);
    ~DesktopApp() override;

    // Opens the first workspace (asking the user when none opens by itself) and shows the window.
    // False when the user closed the welcome screen without choosing one.
    bool start();

    MainWindow* window() const { return m_window.get(); }
    WorkspaceSession* session() const { return m_session; }
    AppSettings& settings() { return *m_settings; }

    bool openFolder(const QString& folder);
    bool openDemo();
    bool createWorkspace(const QString& folder, const QString& name, const QString& clerkName);
    void setLanguage(const QString& code);
    QString language() const { return m_translations.current(); }
    // Asks who is working now; false if nobody was chosen.
    bool switchClerk();

    static QString demoFolder();
    static QString defaultWorkspacesFolder();

private:
    bool chooseInitialClerk();
    void startUpkeep();
    void stopUpkeep();
    void damageFoundLater(quint64 run, const QString& folder, const StorageError& error);
    void restoreInBackground(const QString& folder);
    void restoreFinished(quint64 run, const QString& folder, const StorageError& error,
                         const QString& keptAs);
    void askForNewWorkspace();
    void askForFolder();
    bool runWelcome();
    void rememberClerk();

    DesktopOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    // Work behind the window on a worker thread: the whole-file check open() left for later, then the
    // daily backup (WorkspaceUpkeep), or a restore. Before the app goes away or another workspace
    // opens, a check or backup is stopped and a restore finished.
    QFuture<void> m_upkeep;
    std::shared_ptr<StopRequest> m_stopUpkeep;
    quint64 m_upkeepRun = 0; // what an earlier run reports comes too late and is ignored
    Translations m_translations;
    WorkspaceSession* m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ChoPhien
