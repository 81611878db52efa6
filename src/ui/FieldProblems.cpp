#include "FieldProblems.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace ChoPhien {

QWidget* FieldProblems::wrap(const QString& field, QWidget* editor, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(box);
    layout->addWidget(editor);
    auto* label = new QLabel(box);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setVisible(false);
    // Dark red on the window background: readable, and the words carry the meaning, not the colour.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa1, 0x26, 0x0d));
    label->setPalette(palette);
    layout->addWidget(label);
    m_labels.insert(field, label);
    return box;
}

int FieldProblems::show(const QList<ProductProblem>& problems)
{
    int shown = 0;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QStringList messages;
        for (const ProductProblem& problem : problems) {
            if (problem.field == it.key() && !messages.contains(problem.message))
                messages.append(problem.message);
        }
        it.value()->setText(messages.join(u'\n'));
        it.value()->setAccessibleDescription(it.value()->text());
        it.value()->setVisible(!messages.isEmpty());
        if (!messages.isEmpty())
            ++shown;
    }
    return shown;
}

QString FieldProblems::messageFor(const QString& field) const
{
    const QLabel* label = m_labels.value(field);
    return label ? label->text() : QString();
}

} // namespace ChoPhien
