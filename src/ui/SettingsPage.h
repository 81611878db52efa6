#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ChoPhien {

class WorkspaceSession;

// Cài đặt: language, the people who work on this workspace, and where its data lives.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(WorkspaceSession* session, QWidget* parent = nullptr);

    // Shows `code` ("vi"/"en") as the chosen language without asking for a switch.
    void showLanguage(const QString& code);
    QComboBox* languageBox() const { return m_language; }
    // Adds a clerk profile with the current clerk as author (what the "Add a person" dialog does).
    bool addClerk(const QString& name, const QString& pin);

Q_SIGNALS:
    void languageRequested(const QString& code);
    void switchClerkRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadClerks();
    void addClerkInteractively();

    WorkspaceSession* m_session;
    QGroupBox* m_languageGroup;
    QComboBox* m_language;
    QGroupBox* m_clerkGroup;
    QListWidget* m_clerks;
    QPushButton* m_addClerk;
    QPushButton* m_switchClerk;
    QGroupBox* m_workspaceGroup;
    QLabel* m_workspaceInfo;
};

} // namespace ChoPhien
