#include "StatusPanel.h"

#include "WorkspaceSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace ChoPhien {

StatusPanel::StatusPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_workspace(new QLabel(this))
    , m_clerk(new QToolButton(this))
    , m_connection(new QLabel(this))
{
    m_clerk->setIcon(QIcon(QStringLiteral(":/icons/clerk.svg")));
    m_clerk->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clerk->setAutoRaise(true);
    // Offline is normal, not an error: a quiet grey chip.
    m_connection->setStyleSheet(
        QStringLiteral("QLabel { background: #e6e6e6; color: #333; border-radius: 8px; "
                       "padding: 2px 8px; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_workspace);
    layout->addStretch();
    layout->addWidget(m_connection);
    layout->addWidget(m_clerk);

    connect(m_clerk, &QToolButton::clicked, this, &StatusPanel::switchClerkRequested);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &StatusPanel::refresh);
    connect(m_session, &WorkspaceSession::clerkChanged, this, &StatusPanel::refresh);
    refresh();
}

QString StatusPanel::clerkText() const
{
    return m_clerk->text();
}

void StatusPanel::refresh()
{
    const auto workspace = m_session->workspace();
    m_workspace->setText(workspace ? tr("Workspace: %1").arg(workspace->name()) : tr("No workspace open"));
    m_workspace->setToolTip(workspace ? workspace->folder() : QString());
    const auto clerk = m_session->clerk();
    m_clerk->setText(clerk ? tr("Working: %1").arg(clerk->name) : tr("Nobody signed in"));
    m_clerk->setToolTip(tr("Change who is working"));
    m_clerk->setAccessibleName(m_clerk->text());
    m_connection->setText(tr("Not connected to the platform"));
    m_connection->setToolTip(tr("Everything is saved on this computer. Connecting to the platform comes with "
                                "signing in."));
}

void StatusPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ChoPhien
