#pragma once

#include <core/Product.h>

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace ChoPhien {

// The inline messages of a form: each field is shown with a label under it that says what is wrong
// with it (hidden while nothing is). Fields are named like ProductProblem::field.
class FieldProblems final {
public:
    // A container holding `editor` with its message label underneath, parented to `parent`.
    QWidget* wrap(const QString& field, QWidget* editor, QWidget* parent);
    // Shows the messages for the fields this form has; returns how many fields have one.
    int show(const QList<ProductProblem>& problems);
    QString messageFor(const QString& field) const;

private:
    QHash<QString, QLabel*> m_labels;
};

} // namespace ChoPhien
