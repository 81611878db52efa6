#include "OriginPicker.h"

#include <core/AdminUnits.h>
#include <core/OriginResolver.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChoPhien {
namespace {
constexpr int kUnitRows = 15;
constexpr int kOldRows = 12;
} // namespace

OriginPicker::OriginPicker(QWidget* parent, Purpose purpose)
    : QWidget(parent)
    , m_purpose(purpose)
    , m_edit(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
    , m_retry(new QTimer(this))
{
    OriginResolver::preload();
    m_edit->setObjectName(QStringLiteral("originSearch"));
    m_edit->setPlaceholderText(tr("Type a few letters of the commune"));
    m_edit->installEventFilter(this);
    m_clear->setObjectName(QStringLiteral("originClear"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(m_purpose == Purpose::Origin ? tr("No origin") : tr("No commune"));
    m_clear->setFocusPolicy(Qt::TabFocus);
    m_status->setObjectName(QStringLiteral("originStatus"));
    m_status->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("originHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    // Amber-brown on the window background: "needs your attention", said in words too.
    QPalette palette = m_hint->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_hint->setPalette(palette);
    setFocusProxy(m_edit);

    m_completer->setModel(m_model);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("originPopup"));
    m_retry->setSingleShot(true);
    m_retry->setInterval(50);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);

    connect(m_edit, &QLineEdit::textEdited, this, &OriginPicker::suggest);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (!m_edit->text().trimmed().isEmpty() && m_edit->hasFocus())
            suggest();
        showChoice();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                if (index.data(CodeRole).toString().isEmpty()) // a heading: keep the list open
                    QTimer::singleShot(0, this, &OriginPicker::showPopup);
                else
                    choose(index.data(CodeRole).toString(), index.data(FromOldRole).toString());
            });
    connect(m_edit, &QLineEdit::editingFinished, this, &OriginPicker::settleTypedText);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clearChoice();
        m_edit->setFocus(Qt::OtherFocusReason);
    });
    showChoice();
}

void OriginPicker::setCodes(const QString& communeCode, const QString& provinceCode)
{
    m_commune = communeCode;
    m_province = provinceCode;
    m_fromOld.clear();
    m_hint->setVisible(false);
    m_completer->popup()->hide();
    showChoice();
}

QString OriginPicker::statusText() const
{
    return m_status->text();
}

QString OriginPicker::hintText() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

bool OriginPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Down opens the list again after Escape closed it.
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && !m_completer->popup()->isVisible() &&
        m_model->rowCount() > 0) {
        showPopup();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OriginPicker::suggest()
{
    m_model->clear();
    m_hint->setVisible(false);
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (!OriginResolver::isReady()) { // the tables are still loading off the GUI thread
        m_status->setText(tr("Loading the list of communes…"));
        m_retry->start();
        return;
    }
    const AdminUnits& units = AdminUnits::instance();
    qsizetype exact = 0;
    const QList<AdminUnit> found = units.search(text, kUnitRows, &exact);
    if (exact == 0)
        addOldAddressRows(text);
    for (const AdminUnit& unit : found) {
        auto* item = new QStandardItem(units.fullName(unit.code));
        item->setData(unit.code, CodeRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0) {
        m_hint->setText(tr("No commune or ward matches “%1”. Check the spelling, or type fewer letters.")
                            .arg(text.trimmed()));
        m_hint->setVisible(true);
        m_completer->popup()->hide();
        return;
    }
    showPopup();
}

void OriginPicker::addOldAddressRows(const QString& text)
{
    const AdminUnits& units = AdminUnits::instance();
    const OldAddressResult old = OldAddressMapper::instance().map(text);
    int rows = 0;
    for (const OldUnitMatch& match : old.matches) {
        if (rows >= kOldRows)
            return;
        if (match.isSplit()) {
            // A heading the keyboard passes over, then one row per new commune.
            const QString heading =
                (m_purpose == Purpose::Origin
                     ? tr("Before 7/2025: %1 was split. Choose where the product is made:")
                     : tr("Before 7/2025: %1 was split. Choose where the household lives:"))
                    .arg(match.oldName);
            auto* item = new QStandardItem(heading);
            item->setToolTip(heading);
            item->setFlags(Qt::ItemIsEnabled);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            m_model->appendRow(item);
        }
        for (const QString& code : match.newCommuneCodes) {
            const QString now = units.fullName(code);
            if (now.isEmpty())
                continue;
            const QString label = match.isSplit() ? QStringLiteral("    → ") + now
                                                  : tr("Before 7/2025: %1 → now %2").arg(match.oldName, now);
            auto* item = new QStandardItem(label);
            item->setData(now, Qt::EditRole);
            item->setData(label, Qt::DisplayRole);
            item->setData(label, Qt::ToolTipRole);
            item->setData(code, CodeRole);
            item->setData(match.oldName, FromOldRole);
            m_model->appendRow(item);
            ++rows;
        }
        if (match.isSplit() && old.matches.size() == 1) {
            const int count = int(match.newCommuneCodes.size());
            m_hint->setText(
                (m_purpose == Purpose::Origin
                     ? tr("%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one "
                          "where the product is made.",
                          nullptr, count)
                     : tr("%1 was split in July 2025 among %n commune(s) or ward(s). Choose the one "
                          "where the household lives.",
                          nullptr, count))
                    .arg(match.oldName));
            m_hint->setVisible(true);
        }
    }
}

void OriginPicker::showPopup()
{
    QAbstractItemView* popup = m_completer->popup();
    // Wide enough for "Trước 7/2025: … → nay là …" rows, never narrower than the field.
    const int wanted = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8;
    QRect rect = m_edit->rect();
    rect.setWidth(qMax(rect.width(), qMin(wanted, 900)));
    m_completer->complete(rect);
    for (int row = 0; row < m_model->rowCount(); ++row) { // the first row that can be chosen
        if (m_model->item(row)->isSelectable()) {
            popup->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void OriginPicker::choose(const QString& communeCode, const QString& fromOld)
{
    const std::optional<AdminUnit> unit = AdminUnits::instance().commune(communeCode);
    if (!unit)
        return;
    m_choosing = true;
    const bool differs = unit->code != m_commune;
    m_commune = unit->code;
    m_province = unit->provinceCode;
    m_fromOld = fromOld;
    m_hint->setVisible(false);
    m_completer->popup()->hide();
    showChoice();
    m_choosing = false;
    if (differs)
        Q_EMIT changed();
}

void OriginPicker::settleTypedText()
{
    if (m_choosing || m_completer->popup()->isVisible())
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        if (!m_commune.isEmpty() || !m_province.isEmpty())
            clearChoice();
        return;
    }
    const AdminUnits& units = AdminUnits::instance();
    if (!OriginResolver::isReady() || text == units.fullName(m_commune))
        return;
    // Typed and left without picking: take it when it names exactly one commune.
    const OriginResolution r = OriginResolver::resolve(text);
    if (r.isResolved()) {
        choose(r.commune->code, r.fromOldAddress() ? r.old.matches.first().oldName : QString());
    } else {
        m_hint->setText(r.problem);
        m_hint->setVisible(true);
    }
}

void OriginPicker::clearChoice()
{
    const bool had = !m_commune.isEmpty() || !m_province.isEmpty();
    m_commune.clear();
    m_province.clear();
    m_fromOld.clear();
    m_edit->clear();
    m_model->clear();
    m_hint->setVisible(false);
    showChoice();
    if (had)
        Q_EMIT changed();
}

void OriginPicker::showChoice()
{
    m_clear->setEnabled(!m_commune.isEmpty() || !m_province.isEmpty());
    if (m_commune.isEmpty() && m_province.isEmpty()) {
        m_status->setText(m_purpose == Purpose::Origin ? tr("No origin chosen.") : tr("No commune chosen."));
        return;
    }
    if (!OriginResolver::isReady()) {
        m_status->setText(tr("Loading the list of communes…"));
        m_retry->start();
        return;
    }
    const AdminUnits& units = AdminUnits::instance();
    QString name = units.fullName(m_commune.isEmpty() ? m_province : m_commune);
    if (name.isEmpty()) // a code this version does not know: keep it, and say so
        name = tr("unknown code %1").arg(m_commune.isEmpty() ? m_province : m_commune);
    if (!m_edit->hasFocus() || m_choosing)
        m_edit->setText(name);
    m_status->setText(m_fromOld.isEmpty() ? tr("Chosen: %1").arg(name)
                                          : tr("Chosen: %1 (was %2 before July 2025)").arg(name, m_fromOld));
}

} // namespace ChoPhien
