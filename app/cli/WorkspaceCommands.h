#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QStringList>

namespace ChoPhien::Cli {

// init, check, demo, backup, restore: the workspace's life cycle from a script.
class WorkspaceCommands final {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    WorkspaceCommands(QString folder, CliOutput& output);

    int init(const QString& clerkName);
    int check();
    int demo(qint64 products, quint32 seed);
    int backup();
    int restore();

private:
    QString m_folder;
    CliOutput& m_out;
};

} // namespace ChoPhien::Cli
