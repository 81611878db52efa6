#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ChoPhien {

// Adds a local clerk profile: a name and an optional 4-digit PIN (typed twice).
class AddClerkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddClerkDialog)

public:
    explicit AddClerkDialog(QWidget* parent = nullptr);

    QString name() const;
    QString pin() const;

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_pin;
    QLineEdit* m_pinAgain;
    QLabel* m_problem;
    QPushButton* m_save;
};

} // namespace ChoPhien
