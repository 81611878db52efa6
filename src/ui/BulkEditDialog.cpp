#include "BulkEditDialog.h"

#include "Dialogs.h"
#include "WorkspaceSession.h"

#include <core/Money.h>
#include <storage/WriteTransaction.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChoPhien {

BulkEditDialog::BulkEditDialog(WorkspaceSession* session, QStringList productIds,
                               const QList<CategoryCount>& categories, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ids(std::move(productIds))
    , m_changePrice(new QCheckBox(tr("Change prices by"), this))
    , m_percent(new QLineEdit(this))
    , m_roundTo(new QComboBox(this))
    , m_changeCategory(new QCheckBox(tr("Move to category"), this))
    , m_category(new QComboBox(this))
    , m_changeStatus(new QCheckBox(tr("Set status"), this))
    , m_status(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    const int count = int(m_ids.size());
    setWindowTitle(tr("Change %n product(s)", nullptr, count));
    setMinimumWidth(640);
    auto* intro = new QLabel(tr("The changes you tick apply to the %n product(s) you chose. Each product "
                                "keeps its own history line, as if edited one by one.",
                                nullptr, count),
                             this);
    intro->setWordWrap(true);

    m_changePrice->setObjectName(QStringLiteral("changePrice"));
    m_percent->setObjectName(QStringLiteral("percent"));
    m_percent->setPlaceholderText(tr("5 or -10"));
    m_percent->setMaximumWidth(90);
    m_percent->setAccessibleName(tr("Percentage"));
    for (const Dong step : {Dong(1000), Dong(500), Dong(100), Dong(1)})
        m_roundTo->addItem(tr("rounded to %1").arg(Money::format(step)), step);
    m_roundTo->setAccessibleName(tr("Rounding"));

    m_changeCategory->setObjectName(QStringLiteral("changeCategory"));
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const CategoryCount& c : categories)
        m_category->addItem(c.path);
    m_category->setCurrentText(QString());
    m_category->lineEdit()->setPlaceholderText(tr("For example: Nông sản/Gạo (empty: no category)"));
    m_category->setMinimumWidth(380);

    m_changeStatus->setObjectName(QStringLiteral("changeStatus"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("On sale"), false);
    m_status->addItem(tr("Archived (kept, no longer sold)"), true);

    auto* grid = new QGridLayout;
    grid->addWidget(m_changePrice, 0, 0);
    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_percent);
    priceRow->addWidget(new QLabel(QStringLiteral("%"), this));
    priceRow->addWidget(m_roundTo);
    priceRow->addStretch(1);
    grid->addLayout(priceRow, 0, 1);
    grid->addWidget(m_changeCategory, 1, 0);
    grid->addWidget(m_category, 1, 1);
    grid->addWidget(m_changeStatus, 2, 0);
    grid->addWidget(m_status, 2, 1);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    m_apply->setText(tr("Change %n product(s)", nullptr, count));
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &BulkEditDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Typing in a field ticks its box: one less step for a first-time user.
    connect(m_percent, &QLineEdit::textEdited, this, [this] { m_changePrice->setChecked(true); });
    connect(m_category, &QComboBox::editTextChanged, this, [this] {
        if (m_category->hasFocus())
            m_changeCategory->setChecked(true);
    });
    connect(m_status, &QComboBox::activated, this, [this] { m_changeStatus->setChecked(true); });
    for (QCheckBox* box : {m_changePrice, m_changeCategory, m_changeStatus})
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateState);
    connect(m_percent, &QLineEdit::textChanged, this, &BulkEditDialog::updateState);
    updateState();
}

std::optional<BulkChange> BulkEditDialog::change()
{
    BulkChange c;
    QString problem;
    if (m_changePrice->isChecked()) {
        c.price = PriceChange::fromPercent(m_percent->text(), m_roundTo->currentData().toLongLong());
        if (!c.price)
            problem =
                tr("Type the percentage as a number from -99,99 to 1000, such as 5 (up) or -10 (down).");
    }
    if (m_changeCategory->isChecked())
        c.category = m_category->currentText();
    if (m_changeStatus->isChecked())
        c.archived = m_status->currentData().toBool();
    m_problem->setText(problem);
    if (!problem.isEmpty() || c.isEmpty()) // nothing ticked yet: Apply simply waits
        return std::nullopt;
    return c;
}

void BulkEditDialog::updateState()
{
    m_apply->setEnabled(change().has_value() && !m_ids.isEmpty());
}

bool BulkEditDialog::apply()
{
    const std::optional<BulkChange> wanted = change();
    const auto workspace = m_session->workspace();
    if (!wanted || !workspace)
        return false;
    WriteTransaction tx(workspace->database(), m_session->actor(), workspace->clock());
    if (!(tx.isActive() && ProductBulkEdit::apply(tx, m_ids, *wanted, &m_outcome) && tx.commit())) {
        Dialogs::error(this, tr("Nothing was changed"), tx.error().message());
        return false;
    }
    m_session->notifyChanged();
    accept();
    return true;
}

QString BulkEditDialog::summary() const
{
    QString text = tr("Changed %n product(s).", nullptr, m_outcome.changed);
    if (!m_outcome.skipped.isEmpty()) {
        const BulkOutcome::Skipped& first = m_outcome.skipped.constFirst();
        text += u' ' + tr("%n not changed, for example “%1”: %2", nullptr, int(m_outcome.skipped.size()))
                           .arg(first.name, first.reason);
    }
    return text;
}

} // namespace ChoPhien
