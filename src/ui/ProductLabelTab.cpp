#include "ProductLabelTab.h"

#include <core/Quantity.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ChoPhien {

ProductLabelTab::ProductLabelTab(QWidget* parent)
    : QWidget(parent)
    , m_netQuantity(new QLineEdit(this))
    , m_netUnit(new QComboBox(this))
{
    m_netQuantity->setObjectName(QStringLiteral("netQuantity"));
    m_netQuantity->setPlaceholderText(tr("e.g. 500 or 1,5"));
    m_netQuantity->setAlignment(Qt::AlignRight);
    m_netUnit->setObjectName(QStringLiteral("netQuantityUnit"));
    for (const char16_t* unit : {u"g", u"kg", u"ml", u"l"})
        m_netUnit->addItem(QString::fromUtf16(unit));
    m_ingredients = newText(QStringLiteral("ingredients"));
    m_allergens = newText(QStringLiteral("allergens"));
    m_storage = newText(QStringLiteral("storage"));
    m_usage = newText(QStringLiteral("usage"));
    m_shelfLife = newSpin(QStringLiteral("shelfLifeDays"), 3650, tr(" days"));
    m_weight = newSpin(QStringLiteral("packageWeight"), 1000000, QStringLiteral(" g"));
    m_length = newSpin(QStringLiteral("lengthMm"), 10000, QStringLiteral(" mm"));
    m_width = newSpin(QStringLiteral("widthMm"), 10000, QStringLiteral(" mm"));
    m_height = newSpin(QStringLiteral("heightMm"), 10000, QStringLiteral(" mm"));
    m_description = newText(QStringLiteral("description"));
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_length->setAccessibleName(tr("Length"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));

    auto* net = new QWidget(this);
    auto* netRow = new QHBoxLayout(net);
    netRow->setContentsMargins(0, 0, 0, 0);
    netRow->addWidget(m_netQuantity, 1);
    netRow->addWidget(m_netUnit);
    auto* sizeBox = new QWidget(this);
    auto* size = new QHBoxLayout(sizeBox);
    size->setContentsMargins(0, 0, 0, 0);
    for (QSpinBox* spin : {m_length, m_width, m_height}) {
        if (spin != m_length)
            size->addWidget(new QLabel(QStringLiteral("×"), sizeBox));
        size->addWidget(spin, 1);
    }

    auto* left = new QFormLayout;
    left->addRow(tr("Net &quantity:"), m_problems.wrap(QStringLiteral("net_quantity"), net, this));
    left->addRow(tr("&Ingredients:"), m_ingredients);
    left->addRow(tr("&Allergens:"), m_allergens);
    left->addRow(tr("&Storage:"), m_storage);
    left->addRow(tr("&Usage:"), m_usage);
    auto* right = new QFormLayout;
    right->addRow(tr("S&helf life:"), m_shelfLife);
    right->addRow(tr("Package &weight:"), m_weight);
    right->addRow(tr("Package si&ze (L × W × H):"),
                  m_problems.wrap(QStringLiteral("dimensions"), sizeBox, this));
    right->addRow(tr("&Description:"), m_description);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right, 1);

    QWidget* order[] = {m_netQuantity, m_netUnit, m_ingredients, m_allergens, m_storage, m_usage,
                        m_shelfLife,   m_weight,  m_length,      m_width,     m_height,  m_description};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_netQuantity, &QLineEdit::textChanged, this, notify);
    connect(m_netQuantity, &QLineEdit::editingFinished, this, [this] {
        if (const auto milli = Quantity::parse(m_netQuantity->text()))
            m_netQuantity->setText(Quantity::format(*milli));
    });
    connect(m_netUnit, &QComboBox::currentIndexChanged, this, notify);
    for (QPlainTextEdit* text : {m_ingredients, m_allergens, m_storage, m_usage, m_description})
        connect(text, &QPlainTextEdit::textChanged, this, notify);
    for (QSpinBox* spin : {m_shelfLife, m_weight, m_length, m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, notify);
}

QPlainTextEdit* ProductLabelTab::newText(const QString& objectName)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true); // Tab moves on; Enter starts a new line
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3);
    return edit;
}

QSpinBox* ProductLabelTab::newSpin(const QString& objectName, int maximum, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(tr("not stated"));
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void ProductLabelTab::load(const Product& p)
{
    m_loading = true;
    m_netQuantity->setText(p.netQuantity != 0 ? Quantity::format(p.netQuantity) : QString());
    const int unit = m_netUnit->findText(p.netQuantityUnit);
    if (unit >= 0)
        m_netUnit->setCurrentIndex(unit);
    else if (!p.netQuantityUnit.isEmpty()) {
        m_netUnit->addItem(p.netQuantityUnit);
        m_netUnit->setCurrentIndex(m_netUnit->count() - 1);
    } else
        m_netUnit->setCurrentIndex(0);
    m_ingredients->setPlainText(p.ingredients);
    m_allergens->setPlainText(p.allergens);
    m_storage->setPlainText(p.storage);
    m_usage->setPlainText(p.usage);
    m_shelfLife->setValue(p.shelfLifeDays);
    m_weight->setValue(p.packageWeightGrams);
    m_length->setValue(p.lengthMm);
    m_width->setValue(p.widthMm);
    m_height->setValue(p.heightMm);
    m_description->setPlainText(p.description);
    m_loading = false;
}

void ProductLabelTab::store(Product& p, QList<ProductProblem>& problems) const
{
    p.netQuantity = 0;
    p.netQuantityUnit.clear();
    if (!m_netQuantity->text().trimmed().isEmpty()) {
        if (const auto milli = Quantity::parse(m_netQuantity->text().trimmed())) {
            p.netQuantity = *milli;
            p.netQuantityUnit = m_netUnit->currentText();
        } else
            problems.append({QStringLiteral("net_quantity"),
                             tr("Type a number, for example 500 or 1,5 (the unit is chosen beside it).")});
    }
    p.ingredients = m_ingredients->toPlainText().trimmed();
    p.allergens = m_allergens->toPlainText().trimmed();
    p.storage = m_storage->toPlainText().trimmed();
    p.usage = m_usage->toPlainText().trimmed();
    p.shelfLifeDays = m_shelfLife->value();
    p.packageWeightGrams = m_weight->value();
    p.lengthMm = m_length->value();
    p.widthMm = m_width->value();
    p.heightMm = m_height->value();
    p.description = m_description->toPlainText().trimmed();
}

} // namespace ChoPhien
