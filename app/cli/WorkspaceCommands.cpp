#include "WorkspaceCommands.h"

#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceCheck.h>

#include <QElapsedTimer>
#include <QJsonArray>

namespace ChoPhien::Cli {

WorkspaceCommands::WorkspaceCommands(QString folder, CliOutput& output)
    : m_folder(std::move(folder))
    , m_out(output)
{}

int WorkspaceCommands::init(const QString& clerkName)
{
    const auto result = Workspace::create(m_folder, clerkName);
    if (result.error)
        return m_out.fail(result.error);
    m_out.line(tr("Created a new workspace in %1.").arg(result.workspace->folder()));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("init")},
                          {QStringLiteral("workspace"), result.workspace->folder()},
                          {QStringLiteral("schema_version"), Migrations::latestVersion()}});
}

int WorkspaceCommands::check()
{
    const auto result = Workspace::open(m_folder);
    if (result.error)
        return m_out.fail(result.error);
    const WorkspaceCheckReport report = WorkspaceCheck::run(result.workspace->database());
    if (report.ok) {
        m_out.line(tr("The workspace is healthy: %n product(s).", nullptr, int(report.products)));
    } else {
        for (const QString& problem : report.problems)
            m_out.line(problem);
    }
    const QJsonObject json{{QStringLiteral("command"), QStringLiteral("check")},
                           {QStringLiteral("workspace"), result.workspace->folder()},
                           {QStringLiteral("healthy"), report.ok},
                           {QStringLiteral("schema_version"), report.schemaVersion},
                           {QStringLiteral("products"), report.products},
                           {QStringLiteral("clerks"), report.clerks},
                           {QStringLiteral("audit_entries"), report.auditEntries},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}};
    if (!report.ok)
        return m_out.fail(QStringLiteral("unhealthy"),
                          tr("The workspace has %n problem(s); see the lines above.", nullptr,
                             int(report.problems.size())));
    return m_out.succeed(json);
}

int WorkspaceCommands::demo(qint64 products, quint32 seed)
{
    if (Workspace::holdsWorkspace(m_folder)) {
        const auto opened = Workspace::open(m_folder);
        if (opened.error)
            return m_out.fail(opened.error);
        if (!opened.workspace->isDemo())
            return m_out.fail(
                StorageError(StorageError::Kind::AlreadyWorkspace, {}, opened.workspace->folder()));
        m_out.line(tr("The demo workspace is already in %1.").arg(opened.workspace->folder()));
        return m_out.succeed(
            {{QStringLiteral("command"), QStringLiteral("demo")},
             {QStringLiteral("workspace"), opened.workspace->folder()},
             {QStringLiteral("created"), false},
             {QStringLiteral("products"), ProductRepository::count(opened.workspace->database())}});
    }

    QElapsedTimer timer;
    timer.start();
    StorageError error;
    DemoWorkspace::Timings timings;
    const auto workspace = DemoWorkspace::create(m_folder, products, seed, &error, {}, &timings);
    if (!workspace)
        return m_out.fail(error);
    const qint64 count = ProductRepository::count(workspace->database());
    m_out.line(tr("Created a demo workspace with %n product(s) in %1.", nullptr, int(count))
                   .arg(workspace->folder()));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("demo")},
                          {QStringLiteral("workspace"), workspace->folder()},
                          {QStringLiteral("created"), true},
                          {QStringLiteral("products"), count},
                          {QStringLiteral("seed"), qint64(seed)},
                          {QStringLiteral("elapsed_ms"), timer.elapsed()},
                          {QStringLiteral("products_ms"), timings.productsMs},
                          {QStringLiteral("stock_ms"), timings.stockMs},
                          {QStringLiteral("commit_ms"), timings.commitMs}});
}

int WorkspaceCommands::backup()
{
    const auto result = Workspace::open(m_folder);
    if (result.error)
        return m_out.fail(result.error);
    StorageError error;
    const QString path = Backups::create(*result.workspace, QStringLiteral("manual"), &error);
    if (error)
        return m_out.fail(error);
    m_out.line(tr("Backup written to %1.").arg(path));
    return m_out.succeed(
        {{QStringLiteral("command"), QStringLiteral("backup")}, {QStringLiteral("backup"), path}});
}

int WorkspaceCommands::restore()
{
    QString keptAs;
    const QString source = Backups::latest(m_folder);
    if (StorageError error = Backups::restoreLatest(m_folder, Clock::system(), &keptAs))
        return m_out.fail(error);
    const auto reopened = Workspace::open(m_folder);
    if (reopened.error)
        return m_out.fail(reopened.error);
    m_out.line(tr("Restored the latest backup. The previous database was kept as %1.").arg(keptAs));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("restore")},
                          {QStringLiteral("restored_from"), source},
                          {QStringLiteral("previous_kept_as"), keptAs}});
}

} // namespace ChoPhien::Cli
