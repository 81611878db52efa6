#include "ProductVariants.h"

#include "SkuSuggester.h"
#include "VietnameseText.h"

#include <QSet>

namespace ChoPhien {
namespace {
// "500 ml / loại 1": the options given, in axis order.
QString optionsText(const QString& option1, const QString& option2)
{
    QStringList options;
    for (const QString& o : {option1, option2}) {
        if (const QString text = VietnameseText::normalized(o); !text.isEmpty())
            options.append(text);
    }
    return options.join(QStringLiteral(" / "));
}
} // namespace

Product ProductVariants::withParentFields(const Product& parent, Product v)
{
    v.parentId = parent.id;
    v.name = displayName(parent.name, v.option1, v.option2);
    v.category = parent.category;
    v.group = parent.group;
    v.unit = parent.unit;
    v.producer = parent.producer;
    v.producerPhone = parent.producerPhone;
    v.producerCommuneCode = parent.producerCommuneCode;
    v.originCommuneCode = parent.originCommuneCode;
    v.originProvinceCode = parent.originProvinceCode;
    v.ocop = parent.ocop;
    v.certifications = parent.certifications;
    v.ingredients = parent.ingredients;
    v.allergens = parent.allergens;
    v.storage = parent.storage;
    v.usage = parent.usage;
    v.shelfLifeDays = parent.shelfLifeDays;
    v.description = parent.description;
    v.tags = parent.tags;
    v.option1Name.clear(); // axes are named on the parent only
    v.option2Name.clear();
    v.conversions = parent.conversions;
    return v;
}

QString ProductVariants::displayName(const QString& parentName, const QString& option1,
                                     const QString& option2)
{
    const QString options = optionsText(option1, option2);
    const QString name = VietnameseText::normalized(parentName);
    return options.isEmpty() ? name : name + QStringLiteral(" – ") + options;
}

QList<ProductProblem> ProductVariants::check(const Product& parent, const QList<Product>& variants)
{
    QList<ProductProblem> problems;
    auto add = [&](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message});
    };
    const QString name1 = VietnameseText::normalized(parent.option1Name);
    const QString name2 = VietnameseText::normalized(parent.option2Name);
    if (name1.isEmpty() && !name2.isEmpty())
        add("option_names", tr("Name the first option (for example “Dung tích”) before the second."));
    if (!name1.isEmpty() && VietnameseText::searchKey(name1) == VietnameseText::searchKey(name2))
        add("option_names", tr("The two options need different names."));
    if (parent.isVariant() && !variants.isEmpty())
        add("variants", tr("A variant cannot have variants of its own."));

    bool live = false;
    QSet<QString> combinations;
    QSet<QString> skus;
    for (const Product& v : variants) {
        if (v.archived)
            continue;
        live = true;
        const QString o1 = VietnameseText::normalized(v.option1);
        const QString o2 = VietnameseText::normalized(v.option2);
        if (o1.isEmpty() || (!name2.isEmpty() && o2.isEmpty()))
            add("variants",
                name2.isEmpty()
                    ? tr("Every variant needs its %1.").arg(name1.isEmpty() ? tr("option") : name1)
                    : tr("Every variant needs its %1 and its %2.").arg(name1, name2));
        if (name2.isEmpty() && !o2.isEmpty())
            add("variants", tr("Variant “%1” has a second option, but the product has no second option "
                               "name.")
                                .arg(displayName(parent.name, o1, o2)));
        const QString combination = VietnameseText::searchKey(o1) + u'\n' + VietnameseText::searchKey(o2);
        if (!o1.isEmpty() && combinations.contains(combination))
            add("variants",
                tr("Two variants are both “%1”: each combination of options once.").arg(optionsText(o1, o2)));
        combinations.insert(combination);
        const QString sku = v.sku.trimmed().toUpper();
        if (!sku.isEmpty() && (skus.contains(sku) || sku == parent.sku.trimmed().toUpper()))
            add("variants", tr("The SKU %1 is used twice: each variant needs its own.").arg(v.sku.trimmed()));
        skus.insert(sku);
        for (const ProductProblem& own : ProductValidator::check(withParentFields(parent, v))) {
            if (own.field == u"sku" || own.field == u"barcode" || own.field == u"price" ||
                own.field == u"sale_price")
                add("variants", tr("Variant “%1”: %2").arg(optionsText(o1, o2), own.message));
        }
    }
    if (live && name1.isEmpty())
        add("option_names", tr("Name the option the variants differ in (for example “Dung tích”)."));
    return problems;
}

QString ProductVariants::suggestSku(const QString& parentSku, const QString& option1, const QString& option2,
                                    const std::function<bool(const QString&)>& taken)
{
    const QString options = SkuSuggester::base(option1 + u' ' + option2);
    if (options.isEmpty() || parentSku.trimmed().isEmpty())
        return {};
    const QString base = parentSku.trimmed() + u'-' + options;
    QString candidate = base;
    for (int n = 2; taken && taken(candidate); ++n) {
        if (n > SkuSuggester::kMaxAttempts)
            return {};
        candidate = base + u'-' + QString::number(n);
    }
    return candidate;
}

} // namespace ChoPhien
