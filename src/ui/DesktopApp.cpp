#include "DesktopApp.h"

#include "ClerkPickerDialog.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "NewWorkspaceDialog.h"
#include "ProductFilterBar.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "StockPage.h"
#include "WorkspaceChooserDialog.h"
#include "WorkspaceSession.h"

#include <core/DateText.h>
#include <core/LogFile.h>
#include <core/SettingKeys.h>
#include <storage/Backups.h>
#include <storage/ClerkRepository.h>
#include <storage/DemoWorkspace.h>
#include <storage/StopRequest.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceUpkeep.h>

#include <QDir>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcDesktop, "chophien.ui.desktop")

std::unique_ptr<AppSettings> makeSettings(const QString& file)
{
    return file.isEmpty() ? std::make_unique<AppSettings>() : std::make_unique<AppSettings>(file);
}
} // namespace

DesktopApp::DesktopApp(DesktopOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(makeSettings(m_options.settingsFile))
    , m_session(new WorkspaceSession(this))
{
    // Vietnamese unless the user chose otherwise, whatever the system's language.
    m_translations.apply(m_settings->value(SettingKeys::language));
    m_window = std::make_unique<MainWindow>(m_session);
    m_window->settingsPage()->showLanguage(m_translations.current());
    m_window->setRecentWorkspaces(m_settings->value(SettingKeys::recentWorkspaces));
    // One "expiring soon" window for the Stock page and the product list's filter.
    const int expiryDays = m_settings->value(SettingKeys::expiryAlertDays);
    m_window->stockPage()->setExpiryWindowDays(expiryDays);
    m_window->productsPage()->filterBar()->setExpiryWindowDays(expiryDays);
    connect(m_window->stockPage(), &StockPage::expiryWindowDaysChanged, this, [this](int days) {
        m_settings->setValue(SettingKeys::expiryAlertDays, days);
        m_window->productsPage()->filterBar()->setExpiryWindowDays(days);
    });

    connect(m_window.get(), &MainWindow::languageRequested, this, &DesktopApp::setLanguage);
    connect(m_window.get(), &MainWindow::openDemoRequested, this, &DesktopApp::openDemo);
    connect(m_window.get(), &MainWindow::openFolderRequested, this, &DesktopApp::openFolder);
    connect(m_window.get(), &MainWindow::openWorkspaceRequested, this, &DesktopApp::askForFolder);
    connect(m_window.get(), &MainWindow::newWorkspaceRequested, this, &DesktopApp::askForNewWorkspace);
    connect(m_window.get(), &MainWindow::switchClerkRequested, this, &DesktopApp::switchClerk);
}

DesktopApp::~DesktopApp()
{
    // Quitting while a large workspace's check or daily backup still runs must not pull its
    // connection, clock or SQL driver away from under it: it is stopped, and waited for.
    stopUpkeep();
    m_window.reset();
    m_session->close();
    LogFile::uninstall();
}

QString DesktopApp::demoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

QString DesktopApp::defaultWorkspacesFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("ChoPhien"));
}

bool DesktopApp::start()
{
    bool opened = false;
    if (!m_options.workspace.isEmpty())
        opened = openFolder(m_options.workspace);
    else if (m_options.demo)
        opened = openDemo();
    else if (const QString last = m_settings->value(SettingKeys::lastWorkspace); !last.isEmpty())
        opened = Workspace::holdsWorkspace(last) && openFolder(last);
    if (!opened && !runWelcome())
        return false;
    m_window->show();
    return true;
}

bool DesktopApp::runWelcome()
{
    for (;;) {
        WorkspaceChooserDialog chooser(m_settings->value(SettingKeys::recentWorkspaces));
        if (chooser.exec() != QDialog::Accepted)
            return false;
        switch (chooser.choice()) {
        case WorkspaceChooserDialog::Choice::CreateNew:
            askForNewWorkspace();
            break;
        case WorkspaceChooserDialog::Choice::OpenDemo:
            openDemo();
            break;
        case WorkspaceChooserDialog::Choice::OpenFolder:
            openFolder(chooser.folder());
            break;
        case WorkspaceChooserDialog::Choice::None:
            return false;
        }
        if (m_session->isOpen())
            return true;
    }
}

bool DesktopApp::openFolder(const QString& folder)
{
    auto result = Workspace::open(folder);
    if (result.error.kind() == StorageError::Kind::Damaged && !Backups::latest(folder).isEmpty() &&
        Dialogs::ask(m_window.get(), tr("The workspace is damaged"), result.error.message(),
                     tr("Restore the latest backup"))) {
        QString keptAs;
        if (StorageError error = Backups::restoreLatest(folder, Clock::system(), &keptAs)) {
            Dialogs::error(m_window.get(), tr("Could not restore the backup"), error.message());
            return false;
        }
        qCWarning(lcDesktop) << "restored latest backup; damaged file kept as" << keptAs;
        result = Workspace::open(folder);
    }
    if (result.error) {
        qCWarning(lcDesktop) << "cannot open workspace" << folder << result.error.code();
        Dialogs::error(m_window.get(), tr("Could not open the workspace"), result.error.message());
        if (result.error.kind() == StorageError::Kind::FolderMissing ||
            result.error.kind() == StorageError::Kind::NotAWorkspace) {
            m_settings->forgetWorkspace(folder);
            m_window->setRecentWorkspaces(m_settings->value(SettingKeys::recentWorkspaces));
        }
        return false;
    }

    LogFile::install(result.workspace->logsPath());
    stopUpkeep(); // the previous workspace's check or backup
    m_session->setWorkspace(std::move(result.workspace));
    m_settings->rememberWorkspace(m_session->workspace()->folder());
    m_window->setRecentWorkspaces(m_settings->value(SettingKeys::recentWorkspaces));
    if (!chooseInitialClerk()) {
        m_session->close();
        return false;
    }
    startUpkeep();
    return true;
}

bool DesktopApp::openDemo()
{
    const QString folder = demoFolder();
    if (!Workspace::holdsWorkspace(folder)) {
        StorageError error;
        auto workspace = DemoWorkspace::create(folder, DemoWorkspace::defaultProductCount(), &error);
        if (!workspace) {
            Dialogs::error(m_window.get(), tr("Could not create the demo workspace"), error.message());
            return false;
        }
        workspace->setName(ClerkRepository::active(workspace->database()).constFirst().id,
                           tr("Demo workspace"));
    }
    return openFolder(folder);
}

bool DesktopApp::createWorkspace(const QString& folder, const QString& name, const QString& clerkName)
{
    auto result = Workspace::create(folder, clerkName);
    if (result.error) {
        Dialogs::error(m_window.get(), tr("Could not create the workspace"), result.error.message());
        return false;
    }
    const QString clerkId = ClerkRepository::active(result.workspace->database()).constFirst().id;
    result.workspace->setName(clerkId, name);
    result.workspace.reset();
    return openFolder(folder);
}

void DesktopApp::askForNewWorkspace()
{
    NewWorkspaceDialog dialog(defaultWorkspacesFolder(), m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    createWorkspace(dialog.folder(), dialog.workspaceName(), dialog.clerkName());
}

void DesktopApp::askForFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(m_window.get(), tr("Choose the workspace folder"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void DesktopApp::setLanguage(const QString& code)
{
    if (!m_translations.apply(code))
        return;
    m_settings->setValue(SettingKeys::language, m_translations.current());
    m_window->settingsPage()->showLanguage(m_translations.current());
}

bool DesktopApp::chooseInitialClerk()
{
    const auto workspace = m_session->workspace();
    const QList<Clerk> clerks = ClerkRepository::active(workspace->database());
    const QString last =
        m_settings->value(SettingKeys::lastClerkByWorkspace).value(workspace->id()).toString();
    // The person who worked here last carries on, unless their PIN has to be typed. A demo workspace
    // is for practice: its first profile is taken rather than asking a newcomer to choose.
    const bool practice = workspace->isDemo();
    for (const Clerk& clerk : clerks) {
        if ((clerk.id == last || clerks.size() == 1 || (practice && last.isEmpty())) && !clerk.hasPin()) {
            m_session->setClerk(clerk);
            rememberClerk();
            return true;
        }
    }
    return switchClerk();
}

bool DesktopApp::switchClerk()
{
    const auto workspace = m_session->workspace();
    if (!workspace)
        return false;
    const QString current = m_session->clerk() ? m_session->clerk()->id : QString();
    ClerkPickerDialog picker(ClerkRepository::active(workspace->database()), current, m_window.get());
    if (picker.exec() != QDialog::Accepted)
        return m_session->clerk().has_value();
    m_session->setClerk(picker.chosen());
    rememberClerk();
    return true;
}

void DesktopApp::rememberClerk()
{
    QVariantMap map = m_settings->value(SettingKeys::lastClerkByWorkspace);
    map.insert(m_session->workspace()->id(), m_session->clerk()->id);
    m_settings->setValue(SettingKeys::lastClerkByWorkspace, map);
}

void DesktopApp::startUpkeep()
{
    // Both read the whole database: never on the GUI thread. The worker gets the folder, not the
    // Workspace, so closing or reopening the workspace meanwhile is never refused by our own lock.
    const auto workspace = m_session->workspace();
    const QString folder = workspace->folder();
    const Clock* clock = &workspace->clock();
    const bool checkFirst = !workspace->isCheckedWhole();
    if (!checkFirst && !Backups::isDue(folder, *clock))
        return;
    stopUpkeep();
    const quint64 run = ++m_upkeepRun;
    m_stopUpkeep = std::make_shared<StopRequest>();
    m_upkeep = QtConcurrent::run([this, folder, clock, checkFirst, run, stop = m_stopUpkeep] {
        const WorkspaceUpkeep::Result result = WorkspaceUpkeep::run(folder, *clock, checkFirst, stop.get());
        if (result.outcome == WorkspaceUpkeep::Outcome::Damaged) {
            QMetaObject::invokeMethod(
                this, [this, run, folder, error = result.error] { damageFoundLater(run, folder, error); },
                Qt::QueuedConnection);
        }
    });
}

void DesktopApp::stopUpkeep()
{
    if (m_stopUpkeep)
        m_stopUpkeep->stop();
    m_upkeep.waitForFinished();
    m_stopUpkeep.reset();
}

void DesktopApp::damageFoundLater(quint64 run, const QString& folder, const StorageError& error)
{
    if (run != m_upkeepRun || !m_session->isOpen() || m_session->workspace()->folder() != folder)
        return; // another workspace is open by now
    qCWarning(lcDesktop) << "the whole-file check found damage" << folder << error.detail();
    const QString latest = Backups::latest(folder);
    if (latest.isEmpty()) {
        Dialogs::error(m_window.get(), tr("The workspace is damaged"),
                       tr("While checking this workspace, Chợ Phiên found that its file %1 is damaged, "
                          "and there is no backup to restore. No backup was made of the damaged file.\n\n"
                          "Copy the whole folder %2 to a USB stick now, and ask someone who knows "
                          "computers to help before you enter more work.")
                           .arg(error.path(), folder));
        return;
    }
    const QString text =
        tr("While checking this workspace, Chợ Phiên found that its file %1 is damaged. No backup was made "
           "of it, so your earlier backups are safe.\n\n"
           "Restoring the latest backup brings your work back as it was on %2; what you changed after "
           "that is lost. The damaged file is kept beside it.")
            .arg(error.path(), DateText::dateTime(Backups::madeAt(latest)));
    if (Dialogs::ask(m_window.get(), tr("The workspace is damaged"), text, tr("Restore the latest backup")))
        restoreInBackground(folder);
}

void DesktopApp::restoreInBackground(const QString& folder)
{
    // The workspace's lock must be free, and a large workspace takes seconds to restore: the window
    // waits, disabled, and says why.
    m_session->close();
    stopUpkeep(); // the check that found the damage, at its very end by now
    m_window->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Restoring the latest backup…"));
    const quint64 run = ++m_upkeepRun;
    m_upkeep = QtConcurrent::run([this, folder, run] {
        QString keptAs;
        const StorageError error = Backups::restoreLatest(folder, Clock::system(), &keptAs);
        QMetaObject::invokeMethod(
            this, [this, run, folder, error, keptAs] { restoreFinished(run, folder, error, keptAs); },
            Qt::QueuedConnection);
    });
}

void DesktopApp::restoreFinished(quint64 run, const QString& folder, const StorageError& error,
                                 const QString& keptAs)
{
    if (run != m_upkeepRun)
        return;
    m_window->setEnabled(true);
    m_window->statusBar()->clearMessage();
    if (error) {
        Dialogs::error(m_window.get(), tr("Could not restore the backup"), error.message());
        return;
    }
    qCWarning(lcDesktop) << "restored latest backup; damaged file kept as" << keptAs;
    openFolder(folder);
}

} // namespace ChoPhien
