#pragma once

#include <core/ProductSummary.h>
#include <storage/StockOverview.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ChoPhien {

class WorkspaceSession;
class WriteTransaction;

// What every stock dialog shares: the product and its levels at the top, a form, one line saying
// what is wrong (the storage's own sentence when it refuses), and a named save button. Enter saves,
// Esc cancels. A subclass adds its fields and writes in write(); accept() runs it in one transaction
// as the clerk on duty and closes only when it was saved.
class StockActionDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockActionDialog)

public:
    StockActionDialog(WorkspaceSession* session, StockRow row, QWidget* parent = nullptr);

    // The sentence shown for the last problem (empty when none).
    QString problem() const;
    QPushButton* saveButton() const { return m_save; }
    const StockRow& stockRow() const { return m_row; }

    void accept() override;

Q_SIGNALS:
    // After the commit: what was done, for the page's status line ("Đã lưu: …").
    void saved(const QString& summary);

protected:
    // Writes the change; false refuses it (then either `tx` holds the refusal, or showProblem() was called).
    virtual bool write(WriteTransaction& tx) = 0;
    // What was done, once committed.
    virtual QString summary() const = 0;

    QFormLayout* form() const { return m_form; }
    WorkspaceSession* session() const { return m_session; }
    // A quantity field typed the Vietnamese way ("2,5"); the product's unit is shown after it.
    QLineEdit* addQuantityField(const QString& label);
    // The quantity typed, or nothing (and the problem shown) when it is not one.
    std::optional<MilliQuantity> quantityIn(QLineEdit* field);
    // A choice of the product's lots with stock, `anyLot` first (its data: empty).
    QComboBox* addLotChoice(const QString& label, const QString& anyLot);
    static QString chosenLot(const QComboBox* choice);
    void setSaveText(const QString& text);
    void showProblem(const QString& text);
    // "2,5 kg"
    QString amount(MilliQuantity quantity) const;

private:
    WorkspaceSession* m_session;
    StockRow m_row;
    QFormLayout* m_form;
    QLabel* m_levels;
    QLabel* m_problem;
    QPushButton* m_save;
};

} // namespace ChoPhien
