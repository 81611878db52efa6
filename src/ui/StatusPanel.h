#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ChoPhien {

class WorkspaceSession;

// The status bar's content: the workspace, the clerk on duty (click to change), and the platform
// connection chip.
class StatusPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    QString clerkText() const;

Q_SIGNALS:
    void switchClerkRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    WorkspaceSession* m_session;
    QLabel* m_workspace;
    QToolButton* m_clerk;
    QLabel* m_connection;
};

} // namespace ChoPhien
