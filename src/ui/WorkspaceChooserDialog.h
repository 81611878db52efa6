#pragma once

#include <QDialog>

class QListWidget;

namespace ChoPhien {

// The first screen when no workspace opens by itself: start a new workspace, try the demo one, or
// open one that is already on this computer (recent ones listed).
class WorkspaceChooserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceChooserDialog)

public:
    enum class Choice { None, CreateNew, OpenDemo, OpenFolder };

    WorkspaceChooserDialog(const QStringList& recentFolders, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString folder() const { return m_folder; }

private:
    void finish(Choice choice, const QString& folder = {});

    Choice m_choice = Choice::None;
    QString m_folder;
    QListWidget* m_recent;
};

} // namespace ChoPhien
