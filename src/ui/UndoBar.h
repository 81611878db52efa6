#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ChoPhien {

// A quiet bar under a list saying what was just done, with an Undo button, until the next thing
// happens or the user closes it.
class UndoBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoBar)

public:
    explicit UndoBar(QWidget* parent = nullptr);

    // Shows `message`, with the Undo button when `canUndo`.
    void showMessage(const QString& message, bool canUndo);
    QString message() const;
    QPushButton* undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_message;
    QPushButton* m_undo;
    QPushButton* m_close;
};

} // namespace ChoPhien
