#pragma once

#include <storage/ProductBulkEdit.h>
#include <storage/ProductList.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ChoPhien {

class WorkspaceSession;

// One change to the products chosen in the list: prices up or down by a percentage (rounded the way
// shops price), a new category, or on sale / archived. Each product keeps its own history line.
class BulkEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(WorkspaceSession* session, QStringList productIds, const QList<CategoryCount>& categories,
                   QWidget* parent = nullptr);

    // The change the form describes; nothing (with the reason shown) when it is incomplete.
    std::optional<BulkChange> change();
    // Applies it and closes; false (the dialog stays, the reason shown) when nothing could be written.
    bool apply();
    const BulkOutcome& outcome() const { return m_outcome; }
    // One sentence on what happened, for the list's message bar.
    QString summary() const;

private:
    void updateState();

    WorkspaceSession* m_session;
    QStringList m_ids;
    QCheckBox* m_changePrice;
    QLineEdit* m_percent;
    QComboBox* m_roundTo;
    QCheckBox* m_changeCategory;
    QComboBox* m_category;
    QCheckBox* m_changeStatus;
    QComboBox* m_status;
    QLabel* m_problem;
    QPushButton* m_apply;
    BulkOutcome m_outcome;
};

} // namespace ChoPhien
