#pragma once

#include <core/Clerk.h>

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ChoPhien {

// "Who is working now?": pick a clerk profile, and type its PIN if it has one.
class ClerkPickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClerkPickerDialog)

public:
    ClerkPickerDialog(QList<Clerk> clerks, const QString& preselectedId, QWidget* parent = nullptr);

    // The chosen clerk after accept().
    Clerk chosen() const;
    // Exposed for tests: picks a row and types a PIN as a user would.
    void choose(int row, const QString& pin);

    void accept() override;

private:
    void selectionChanged();

    QList<Clerk> m_clerks;
    QListWidget* m_list;
    QLineEdit* m_pin;
    QLabel* m_problem;
    QPushButton* m_start;
};

} // namespace ChoPhien
