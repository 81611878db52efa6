#include "EmptyStateWidget.h"

#include "HeadingFont.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChoPhien {

EmptyStateWidget::EmptyStateWidget(const QString& iconPath, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    m_icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    setHeadingFont(m_title, 1.4);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setVisible(false);
    m_action->setMinimumHeight(36);
    m_secondary->setVisible(false);
    m_secondary->setMinimumHeight(36);
    m_secondary->setFlat(true);
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);
    connect(m_secondary, &QPushButton::clicked, this, &EmptyStateWidget::secondaryActionTriggered);

    // A column of readable width, centred; the labels fill it so word wrap knows its width.
    auto* column = new QWidget(this);
    column->setFixedWidth(520);
    auto* content = new QVBoxLayout(column);
    content->addWidget(m_icon);
    content->addSpacing(12);
    content->addWidget(m_title);
    content->addWidget(m_explanation);
    content->addSpacing(16);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_action);
    actions->addWidget(m_secondary);
    actions->addStretch();
    content->addLayout(actions);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStateWidget::setTexts(const QString& title, const QString& explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    setAccessibleName(title);
}

void EmptyStateWidget::setRetranslator(std::function<void(EmptyStateWidget*)> retranslator)
{
    m_retranslator = std::move(retranslator);
    if (m_retranslator)
        m_retranslator(this);
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_retranslator)
        m_retranslator(this);
    QWidget::changeEvent(event);
}

void EmptyStateWidget::setActionText(const QString& label)
{
    m_action->setText(label);
    m_action->setAccessibleName(label);
    m_action->setVisible(!label.isEmpty());
}

void EmptyStateWidget::setSecondaryActionText(const QString& label)
{
    m_secondary->setText(label);
    m_secondary->setAccessibleName(label);
    m_secondary->setVisible(!label.isEmpty());
}

} // namespace ChoPhien
