#include "Product.h"

#include "Ean13.h"
#include "ProductGroup.h"
#include "VietnameseText.h"

namespace ChoPhien {

ProductSummary Product::summary() const
{
    ProductSummary s;
    s.id = id;
    s.name = name;
    s.sku = sku;
    s.barcode = barcode;
    s.producer = producer;
    s.unit = unit;
    s.price = price;
    s.ocopStars = ocop.stars;
    return s;
}

QList<ProductProblem> ProductValidator::check(const Product& p)
{
    QList<ProductProblem> problems;
    auto add = [&](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (VietnameseText::normalized(p.name).isEmpty())
        add("name", tr("Type the product's name."));
    else if (p.name.size() > 255)
        add("name", tr("The name is too long (at most 255 characters)."));
    if (p.sku.trimmed().isEmpty())
        add("sku", tr("Give the product an SKU (a short code of your own)."));
    else if (p.sku.trimmed().size() > 64)
        add("sku", tr("The SKU is too long (at most 64 characters)."));
    if (!p.barcode.isEmpty()) {
        const QString problem = Ean13::problem(p.barcode);
        if (problem == u"check_digit")
            add("barcode", tr("The barcode's last digit does not match the others: check that it was typed "
                              "correctly."));
        else if (!problem.isEmpty())
            add("barcode", tr("A barcode (EAN-13) has exactly 13 digits."));
    }
    if (VietnameseText::normalized(p.unit).isEmpty())
        add("unit", tr("Choose the unit it is sold in (kg, hộp, chai…)."));
    if (!p.group.isEmpty() && !ProductGroup::isKnown(p.group))
        add("group", tr("Unknown product group “%1”.").arg(p.group));
    if (p.price < 0)
        add("price", tr("The price cannot be negative."));
    if (p.salePrice && (*p.salePrice < 0 || *p.salePrice >= p.price))
        add("sale_price", tr("The sale price must be lower than the price."));
    if (p.ocop.isRated()) {
        if (p.ocop.stars < 3 || p.ocop.stars > 5)
            add("ocop", tr("OCOP ratings have 3, 4 or 5 stars."));
        if (p.ocop.certificate.trimmed().isEmpty() || !p.ocop.decidedOn.isValid())
            add("ocop", tr("An OCOP rating needs its certificate number and decision date."));
    }
    for (const Certification& c : p.certifications) {
        if (c.kind.trimmed().isEmpty() || c.number.trimmed().isEmpty())
            add("certifications", tr("Each certification needs its kind and number."));
    }
    if (p.netQuantity < 0 || p.shelfLifeDays < 0 || p.packageWeightGrams < 0 || p.lengthMm < 0 ||
        p.widthMm < 0 || p.heightMm < 0)
        add("dimensions", tr("Quantities, weights and sizes cannot be negative."));
    problems += checkConversions(p);
    return problems;
}

QList<ProductProblem> ProductValidator::checkConversions(const Product& p)
{
    QList<ProductProblem> problems;
    const QString field = QStringLiteral("units");
    const QString base = VietnameseText::searchKey(VietnameseText::normalized(p.unit));
    QStringList seen;
    for (const UnitConversion& c : p.conversions) {
        const QString name = VietnameseText::normalized(c.unit);
        const QString key = VietnameseText::searchKey(name);
        if (name.isEmpty())
            problems.append({field, tr("Each selling unit needs its name (bao, thùng…).")});
        else if (key == base)
            problems.append({field, tr("“%1” is already the product's unit.").arg(name)});
        else if (seen.contains(key))
            problems.append({field, tr("The unit “%1” is given twice.").arg(name)});
        else if (c.perUnitInBase <= 0)
            problems.append({field, tr("Say how much one %1 holds: more than zero.").arg(name)});
        seen.append(key);
    }
    return problems;
}

} // namespace ChoPhien
