#include "UndoBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ChoPhien {

UndoBar::UndoBar(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#undoBar { background: palette(alternate-base); }"));
    m_message->setWordWrap(true);
    m_undo->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_close->setFlat(true);
    m_close->setText(QStringLiteral("×"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    connect(m_undo, &QPushButton::clicked, this, &UndoBar::undoRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void UndoBar::showMessage(const QString& message, bool canUndo)
{
    m_message->setText(message);
    m_undo->setVisible(canUndo);
    show();
}

QString UndoBar::message() const
{
    return m_message->text();
}

void UndoBar::retranslate()
{
    m_undo->setText(tr("Undo"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}

void UndoBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ChoPhien
