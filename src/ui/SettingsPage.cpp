#include "SettingsPage.h"

#include "AddClerkDialog.h"
#include "Dialogs.h"
#include "WorkspaceSession.h"

#include <storage/ClerkRepository.h>
#include <storage/Migrations.h>
#include <storage/WriteTransaction.h>

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ChoPhien {

SettingsPage::SettingsPage(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_languageGroup(new QGroupBox(this))
    , m_language(new QComboBox(this))
    , m_clerkGroup(new QGroupBox(this))
    , m_clerks(new QListWidget(this))
    , m_addClerk(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), QString(), this))
    , m_switchClerk(new QPushButton(QIcon(QStringLiteral(":/icons/switch-clerk.svg")), QString(), this))
    , m_workspaceGroup(new QGroupBox(this))
    , m_workspaceInfo(new QLabel(this))
{
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* languageLayout = new QHBoxLayout(m_languageGroup);
    languageLayout->addWidget(m_language);
    languageLayout->addStretch();

    m_clerks->setMaximumHeight(160);
    auto* clerkButtons = new QHBoxLayout;
    clerkButtons->addWidget(m_addClerk);
    clerkButtons->addWidget(m_switchClerk);
    clerkButtons->addStretch();
    auto* clerkLayout = new QVBoxLayout(m_clerkGroup);
    clerkLayout->addWidget(m_clerks);
    clerkLayout->addLayout(clerkButtons);

    m_workspaceInfo->setWordWrap(true);
    m_workspaceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* workspaceLayout = new QVBoxLayout(m_workspaceGroup);
    workspaceLayout->addWidget(m_workspaceInfo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_clerkGroup);
    layout->addWidget(m_workspaceGroup);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });
    connect(m_addClerk, &QPushButton::clicked, this, &SettingsPage::addClerkInteractively);
    connect(m_switchClerk, &QPushButton::clicked, this, &SettingsPage::switchClerkRequested);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &SettingsPage::reloadClerks);
    connect(m_session, &WorkspaceSession::clerkChanged, this, &SettingsPage::reloadClerks);
    connect(m_session, &WorkspaceSession::contentChanged, this, &SettingsPage::reloadClerks);
    retranslate();
}

void SettingsPage::showLanguage(const QString& code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

void SettingsPage::reloadClerks()
{
    m_clerks->clear();
    const auto workspace = m_session->workspace();
    m_clerkGroup->setEnabled(workspace != nullptr);
    if (!workspace) {
        m_workspaceInfo->clear();
        return;
    }
    const QString current = m_session->clerk() ? m_session->clerk()->id : QString();
    for (const Clerk& clerk : ClerkRepository::active(workspace->database())) {
        QString text = clerk.name;
        if (clerk.id == current)
            text += u"  — " + tr("working now");
        if (clerk.hasPin())
            text += u"  (" + tr("has a PIN") + u')';
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/clerk.svg")), text, m_clerks);
    }
    m_workspaceInfo->setText(tr("Name: %1\nFolder: %2\nData version: %3")
                                 .arg(workspace->name(), workspace->folder())
                                 .arg(Migrations::latestVersion()));
}

bool SettingsPage::addClerk(const QString& name, const QString& pin)
{
    const auto workspace = m_session->workspace();
    if (!workspace)
        return false;
    WriteTransaction tx(workspace->database(), m_session->actor(), workspace->clock());
    ClerkRepository::add(tx, Clerk::create(name, pin, workspace->clock().now()));
    if (!tx.commit()) {
        Dialogs::error(this, tr("Could not add the person"), tx.error().message());
        return false;
    }
    m_session->notifyChanged();
    return true;
}

void SettingsPage::addClerkInteractively()
{
    AddClerkDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addClerk(dialog.name(), dialog.pin());
}

void SettingsPage::retranslate()
{
    m_languageGroup->setTitle(tr("Language"));
    m_language->setAccessibleName(tr("Language"));
    m_clerkGroup->setTitle(tr("People who work on this computer"));
    m_clerks->setAccessibleName(tr("People"));
    m_addClerk->setText(tr("Add a person…"));
    m_switchClerk->setText(tr("Change who is working…"));
    m_workspaceGroup->setTitle(tr("Workspace"));
    reloadClerks();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ChoPhien
