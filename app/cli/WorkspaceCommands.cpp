#include "WorkspaceCommands.h"

#include <storage/Backups.h>
#include <storage/DemoWorkspace.h>
#include <storage/Migrations.h>
#include <storage/ProductRepository.h>
#include <storage/Workspace.h>
#include <storage/WorkspaceCheck.h>
#include <storage/WorkspaceIntegrity.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

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
    // Every page of the file, whatever its size: open() leaves its own whole-file check to the fuller
    // one below rather than reading the file twice.
    const auto result = Workspace::open(m_folder, Clock::system(), Workspace::IntegrityAtOpen::Deferred);
    if (result.error)
        return m_out.fail(result.error);
    const QString dbPath = result.workspace->databasePath();
    const qint64 bytes = WorkspaceIntegrity::bytesToCheck(dbPath);
    QElapsedTimer timer;
    timer.start();
    const WorkspaceCheckReport report = WorkspaceCheck::run(result.workspace->database());
    const qint64 elapsed = timer.elapsed();
    const QString checked = tr("Checked every page of the database file (%1).")
                                .arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
    if (report.ok) {
        m_out.line(tr("The workspace is healthy: %n product(s).", nullptr, int(report.products)));
        m_out.line(checked);
    } else {
        for (const QString& problem : report.problems)
            m_out.line(problem);
        m_out.line(checked);
    }
    const QJsonObject scope{{QStringLiteral("integrity_check"), QStringLiteral("full")},
                            {QStringLiteral("database_bytes"), bytes},
                            {QStringLiteral("elapsed_ms"), elapsed}};
    const QJsonArray problems = QJsonArray::fromStringList(report.problems);
    if (report.damaged) {
        QJsonObject details = scope;
        details.insert(QStringLiteral("problems"), problems);
        const StorageError damaged(StorageError::Kind::Damaged, report.problems.value(0), dbPath);
        return m_out.fail(damaged.code(), damaged.message(), details);
    }
    if (!report.ok)
        return m_out.fail(QStringLiteral("unhealthy"),
                          tr("The workspace has %n problem(s); see the lines above.", nullptr,
                             int(report.problems.size())));
    QJsonObject json{{QStringLiteral("command"), QStringLiteral("check")},
                     {QStringLiteral("workspace"), result.workspace->folder()},
                     {QStringLiteral("healthy"), report.ok},
                     {QStringLiteral("schema_version"), report.schemaVersion},
                     {QStringLiteral("products"), report.products},
                     {QStringLiteral("clerks"), report.clerks},
                     {QStringLiteral("audit_entries"), report.auditEntries},
                     {QStringLiteral("problems"), problems}};
    for (auto it = scope.begin(); it != scope.end(); ++it)
        json.insert(it.key(), it.value());
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
    // A backup of a damaged file would be kept beside (and soon instead of) the good ones, so the
    // whole file is checked first whatever its size (docs/adr/0011-integrity-check.md).
    const auto result = Workspace::open(m_folder, Clock::system(), Workspace::IntegrityAtOpen::Always);
    if (result.error.kind() == StorageError::Kind::Damaged)
        return m_out.fail(result.error.code(),
                          tr("No backup was made: the workspace database %1 is damaged, and a copy of it "
                             "would not be a backup you can trust. Your earlier backups were left as they "
                             "are; restore the latest one with “chophien-cli restore”.")
                              .arg(result.error.path()));
    if (result.error)
        return m_out.fail(result.error);
    StorageError error;
    const QString path = Backups::create(*result.workspace, QStringLiteral("manual"), &error);
    if (error)
        return m_out.fail(error);
    m_out.line(tr("Checked the whole database, then wrote the backup to %1.").arg(path));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("backup")},
                          {QStringLiteral("backup"), path},
                          {QStringLiteral("integrity_check"), QStringLiteral("quick")}});
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
