#include "ProductBasicsTab.h"

#include "OriginPicker.h"

#include <core/Ean13.h>
#include <core/Money.h>
#include <core/ProductGroup.h>
#include <core/SkuSuggester.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ChoPhien {
namespace {
QLineEdit* newEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// "" for no sale price; the amount otherwise, or a problem when the text is not an amount.
std::optional<Dong> parseMoney(const QString& text, const char* field, QList<ProductProblem>& problems)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<Dong> amount = Money::parse(text);
    if (!amount)
        problems.append({QString::fromLatin1(field),
                         ProductBasicsTab::tr("Type an amount in đồng, for example 25.000 or 25k.")});
    return amount;
}
} // namespace

ProductBasicsTab::ProductBasicsTab(QWidget* parent)
    : QWidget(parent)
    , m_name(newEdit(QStringLiteral("name"), this))
    , m_sku(newEdit(QStringLiteral("sku"), this))
    , m_barcode(newEdit(QStringLiteral("barcode"), this))
    , m_unit(new QComboBox(this))
    , m_price(newEdit(QStringLiteral("price"), this))
    , m_salePrice(newEdit(QStringLiteral("salePrice"), this))
    , m_tags(newEdit(QStringLiteral("tags"), this))
    , m_group(new QComboBox(this))
    , m_category(newEdit(QStringLiteral("category"), this))
    , m_producer(newEdit(QStringLiteral("producer"), this))
    , m_producerPhone(newEdit(QStringLiteral("producerPhone"), this))
    , m_origin(new OriginPicker(this))
    , m_producerCommune(new OriginPicker(this, OriginPicker::Purpose::Household))
    , m_ocopStars(new QComboBox(this))
    , m_ocopCertificate(newEdit(QStringLiteral("ocopCertificate"), this))
    , m_ocopDecided(new QDateEdit(this))
    , m_ocopExpiry(new QLabel(this))
    , m_ocopWarning(new QLabel(this))
{
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    // Units are stored as written (they are data, the same in every UI language).
    for (const char16_t* unit :
         {u"kg", u"g", u"hộp", u"chai", u"túi", u"gói", u"bó", u"chiếc", u"bộ", u"lít"})
        m_unit->addItem(QString::fromUtf16(unit));
    m_unit->setCurrentIndex(-1);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->addItem(tr("Not chosen"), QString());
    for (const QString& id : ProductGroup::identifiers())
        m_group->addItem(ProductGroup::displayName(id), id);
    m_ocopStars->setObjectName(QStringLiteral("ocopStars"));
    m_ocopStars->addItem(tr("Not rated"), 0);
    for (int stars : {3, 4, 5})
        m_ocopStars->addItem(tr("%n star(s)", nullptr, stars), stars);
    m_ocopDecided->setObjectName(QStringLiteral("ocopDecided"));
    m_ocopDecided->setCalendarPopup(true);
    m_ocopDecided->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_ocopWarning->setObjectName(QStringLiteral("ocopWarning"));
    m_ocopWarning->setWordWrap(true);

    m_name->setPlaceholderText(tr("For example: Mật ong rừng U Minh"));
    m_sku->setPlaceholderText(tr("Suggested from the name"));
    m_barcode->setPlaceholderText(tr("13 digits, or scan it"));
    m_unit->lineEdit()->setPlaceholderText(tr("kg, hộp, chai…"));
    m_price->setPlaceholderText(tr("For example: 25.000 or 25k"));
    m_salePrice->setPlaceholderText(tr("Empty: no sale"));
    m_tags->setPlaceholderText(tr("Separated by commas: quà Tết, OCOP"));
    m_category->setPlaceholderText(tr("For example: Nông sản/Gạo"));
    m_producer->setPlaceholderText(tr("Member household"));
    m_barcode->setMaxLength(32);
    m_barcode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_producerPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    for (QLineEdit* money : {m_price, m_salePrice})
        money->setAlignment(Qt::AlignRight);

    auto* left = new QFormLayout;
    left->addRow(tr("&Name:"), m_problems.wrap(QStringLiteral("name"), m_name, this));
    left->addRow(tr("&SKU:"), m_problems.wrap(QStringLiteral("sku"), m_sku, this));
    left->addRow(tr("&Barcode (EAN-13):"), m_problems.wrap(QStringLiteral("barcode"), m_barcode, this));
    left->addRow(tr("&Unit:"), m_problems.wrap(QStringLiteral("unit"), m_unit, this));
    left->addRow(tr("&Price:"), m_problems.wrap(QStringLiteral("price"), m_price, this));
    left->addRow(tr("Sa&le price:"), m_problems.wrap(QStringLiteral("sale_price"), m_salePrice, this));
    left->addRow(tr("&Tags:"), m_tags);

    auto* ocopDateBox = new QWidget(this);
    ocopDateBox->setFocusProxy(m_ocopDecided); // the label's Alt+D goes to the date
    auto* ocopDate = new QHBoxLayout(ocopDateBox);
    ocopDate->setContentsMargins(0, 0, 0, 0);
    ocopDate->addWidget(m_ocopDecided);
    ocopDate->addWidget(m_ocopExpiry, 1);
    auto* right = new QFormLayout;
    right->addRow(tr("Product &group:"), m_problems.wrap(QStringLiteral("group"), m_group, this));
    right->addRow(tr("&Category:"), m_category);
    right->addRow(tr("Pr&oducer:"), m_producer);
    right->addRow(tr("Producer's p&hone:"), m_producerPhone);
    right->addRow(tr("Producer's co&mmune:"), m_producerCommune);
    right->addRow(tr("Or&igin:"), m_origin);
    right->addRow(tr("OCOP &rating:"), m_problems.wrap(QStringLiteral("ocop"), m_ocopStars, this));
    right->addRow(tr("OCOP certi&ficate:"), m_ocopCertificate);
    right->addRow(tr("&Decision date:"), ocopDateBox);
    right->addRow(QString(), m_ocopWarning);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addSpacing(16);
    layout->addLayout(right, 1);

    // Tab order follows reading order: the left column, then the right.
    QWidget* order[] = {m_name,
                        m_sku,
                        m_barcode,
                        m_unit,
                        m_price,
                        m_salePrice,
                        m_tags,
                        m_group,
                        m_category,
                        m_producer,
                        m_producerPhone,
                        m_producerCommune->lineEdit(),
                        m_origin->lineEdit(),
                        m_ocopStars,
                        m_ocopCertificate,
                        m_ocopDecided};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    for (QLineEdit* edit : {m_name, m_sku, m_barcode, m_price, m_salePrice, m_tags, m_category, m_producer,
                            m_producerPhone, m_ocopCertificate})
        connect(edit, &QLineEdit::textChanged, this, notify);
    connect(m_name, &QLineEdit::textChanged, this, &ProductBasicsTab::suggestSku);
    // Typing an SKU of one's own stops the suggestions; emptying the field brings them back.
    connect(m_sku, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_followName = text.trimmed().isEmpty();
        if (m_followName)
            suggestSku();
    });
    for (QLineEdit* money : {m_price, m_salePrice})
        connect(money, &QLineEdit::editingFinished, this, [this, money] { reformatMoney(money); });
    connect(m_origin, &OriginPicker::changed, this, notify);
    connect(m_producerCommune, &OriginPicker::changed, this, notify);
    connect(m_unit, &QComboBox::currentTextChanged, this, notify);
    connect(m_group, &QComboBox::currentIndexChanged, this, notify);
    connect(m_ocopStars, &QComboBox::currentIndexChanged, this, [this, notify] {
        updateOcop();
        notify();
    });
    connect(m_ocopDecided, &QDateEdit::dateChanged, this, [this, notify] {
        updateOcop();
        notify();
    });
    updateOcop();
}

void ProductBasicsTab::setToday(const QDate& today)
{
    m_today = today;
    updateOcop();
}

void ProductBasicsTab::load(const Product& p, bool suggest)
{
    m_loading = true;
    m_name->setText(p.name);
    m_sku->setText(p.sku);
    m_barcode->setText(p.barcode);
    m_unit->setCurrentText(p.unit);
    m_price->setText(p.price == 0 && p.name.isEmpty() ? QString() : Money::format(p.price));
    m_salePrice->setText(p.salePrice ? Money::format(*p.salePrice) : QString());
    m_tags->setText(p.tags.join(QStringLiteral(", ")));
    m_group->setCurrentIndex(qMax(0, m_group->findData(p.group)));
    m_category->setText(p.category);
    m_producer->setText(p.producer);
    m_producerPhone->setText(p.producerPhone);
    m_origin->setCodes(p.originCommuneCode, p.originProvinceCode);
    m_producerCommune->setCodes(p.producerCommuneCode, QString());
    m_ocopStars->setCurrentIndex(qMax(0, m_ocopStars->findData(p.ocop.stars)));
    m_ocopCertificate->setText(p.ocop.certificate);
    m_ocopDecided->setDate(p.ocop.decidedOn.isValid() ? p.ocop.decidedOn : m_today);
    m_followName = suggest;
    if (suggest)
        suggestSku();
    m_loading = false;
    updateOcop();
}

void ProductBasicsTab::store(Product& p, QList<ProductProblem>& problems) const
{
    p.name = m_name->text().trimmed();
    p.sku = m_sku->text().trimmed();
    p.barcode = Ean13::normalizedBarcode(m_barcode->text());
    p.unit = m_unit->currentText().trimmed();
    p.price = parseMoney(m_price->text(), "price", problems).value_or(0);
    p.salePrice = parseMoney(m_salePrice->text(), "sale_price", problems);
    p.tags.clear();
    for (const QString& tag : m_tags->text().split(u',')) {
        if (!tag.trimmed().isEmpty())
            p.tags.append(tag.trimmed());
    }
    p.group = m_group->currentData().toString();
    p.category = m_category->text().trimmed();
    p.producer = m_producer->text().trimmed();
    p.producerPhone = m_producerPhone->text().trimmed();
    p.producerCommuneCode = m_producerCommune->communeCode();
    p.originCommuneCode = m_origin->communeCode();
    p.originProvinceCode = m_origin->provinceCode();
    p.ocop.stars = m_ocopStars->currentData().toInt();
    p.ocop.certificate = p.ocop.isRated() ? m_ocopCertificate->text().trimmed() : QString();
    p.ocop.decidedOn = p.ocop.isRated() ? m_ocopDecided->date() : QDate();
}

void ProductBasicsTab::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProductBasicsTab::suggestSku()
{
    if (!m_followName)
        return;
    const QString name = m_name->text().trimmed();
    m_sku->setText(name.isEmpty() ? QString() : SkuSuggester::suggest(name, m_skuTaken));
}

void ProductBasicsTab::updateOcop()
{
    OcopRating rating;
    rating.stars = m_ocopStars->currentData().toInt();
    rating.decidedOn = m_ocopDecided->date();
    m_ocopCertificate->setEnabled(rating.isRated());
    m_ocopDecided->setEnabled(rating.isRated());
    m_ocopExpiry->setVisible(rating.isRated());
    const QString expiry = rating.expiresOn().toString(QStringLiteral("dd/MM/yyyy"));
    m_ocopExpiry->setText(tr("valid until %1").arg(expiry));
    QString warning;
    if (rating.needsRenewal(m_today)) {
        warning = rating.expiresOn() < m_today
                      ? tr("This OCOP rating expired on %1: it can no longer be shown on the product until "
                           "it is renewed.")
                            .arg(expiry)
                      : tr("This OCOP rating expires on %1: apply for its renewal now.").arg(expiry);
    }
    m_ocopWarning->setText(warning);
    m_ocopWarning->setVisible(!warning.isEmpty());
}

void ProductBasicsTab::reformatMoney(QLineEdit* edit)
{
    if (const std::optional<Dong> amount = Money::parse(edit->text()))
        edit->setText(Money::format(*amount));
}

void ProductBasicsTab::setKnownCategories(const QStringList& paths)
{
    auto* completer = new QCompleter(paths, m_category);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_category->setCompleter(completer);
}

} // namespace ChoPhien
