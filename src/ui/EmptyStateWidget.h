#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ChoPhien {

// What a page shows when it has nothing yet: an icon, a title, one or two sentences on what to do,
// and the button that does it (and perhaps a second way to start).
class EmptyStateWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(const QString& iconPath, QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& explanation);
    // Called now and on every language switch to set the texts (titles, explanation, action).
    void setRetranslator(std::function<void(EmptyStateWidget*)> retranslator);
    // Shows the action button with this label; empty hides it.
    void setActionText(const QString& label);
    // A second, less prominent button beside the action; empty hides it.
    void setSecondaryActionText(const QString& label);

Q_SIGNALS:
    void actionTriggered();
    void secondaryActionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_explanation;
    QPushButton* m_action;
    QPushButton* m_secondary;
    std::function<void(EmptyStateWidget*)> m_retranslator;
};

} // namespace ChoPhien
