#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ChoPhien {

// Asks what a new workspace is called, who is starting it, and where on disk it goes.
class NewWorkspaceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewWorkspaceDialog)

public:
    NewWorkspaceDialog(const QString& baseFolder, QWidget* parent = nullptr);

    QString folder() const;
    QString workspaceName() const;
    QString clerkName() const;

private:
    void update();

    QString m_baseFolder;
    bool m_folderEdited = false;
    QLineEdit* m_name;
    QLineEdit* m_clerk;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QPushButton* m_create;
};

} // namespace ChoPhien
