#pragma once

#include "Money.h"
#include "ProductSummary.h"
#include "UnitConversion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

// OCOP rating (Decision 148/2023): 3 to 5 stars, valid 36 months from the decision.
struct OcopRating {
    int stars = 0; // 0: not rated
    QString certificate;
    QDate decidedOn;

    bool isRated() const { return stars != 0; }
    QDate expiresOn() const { return decidedOn.isValid() ? decidedOn.addMonths(36) : QDate(); }
    // Rated, and expiring within `days` of `today` (or already expired).
    bool needsRenewal(const QDate& today, int days = 60) const
    {
        return isRated() && expiresOn().isValid() && today.daysTo(expiresOn()) <= days;
    }
};

// A certification such as VietGAP or organic, with what proves it.
struct Certification {
    QString kind; // "vietgap", "organic", "globalgap", "haccp", "iso22000", or free text
    QString number;
    QString issuer;
    QDate expiresOn;
};

// A product as the catalogue keeps it (ARCHITECTURE.md §2). Money in đồng, quantities exact.
struct Product {
    QString id;
    QString name;
    QString sku;
    QString barcode;
    QString category;              // path, "Nông sản/Gạo"
    QString group;                 // ProductGroup identifier
    QString unit;                  // the base unit it is sold and counted in: kg, hộp, chai…
    MilliQuantity netQuantity = 0; // per unit, in netQuantityUnit (0: not stated)
    QString netQuantityUnit;       // g, kg, ml, l
    Dong price = 0;
    std::optional<Dong> salePrice;
    QString producer; // member household
    QString producerPhone;
    QString producerCommuneCode; // the household's commune, a 2025 unit code
    QString originCommuneCode;   // 2025 administrative unit codes
    QString originProvinceCode;
    OcopRating ocop;
    QList<Certification> certifications;
    QString ingredients;
    QString allergens;
    QString storage;
    QString usage;
    int shelfLifeDays = 0;
    int packageWeightGrams = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    QString description;
    QStringList tags;
    bool archived = false;

    // Variants (ADR 0006): a variant is a product row of its own (SKU, barcode, price, stock) whose
    // parentId names the product it varies; the parent names up to two axes, the variant gives its
    // value on each. Fields that describe the goods rather than the pack are the parent's, copied.
    QString parentId;    // a variant: its parent; empty for an ordinary product or a parent
    QString option1;     // a variant's value on the first axis: "500 ml"
    QString option2;     // … on the second axis, when the parent has one: "loại 1"
    QString option1Name; // a parent's axis names: "Dung tích", "Loại"
    QString option2Name;
    // Selling units besides `unit` (1 bao = 50 kg). A variant reads its parent's.
    QList<UnitConversion> conversions;

    bool isVariant() const { return !parentId.isEmpty(); }
    ProductSummary summary() const;
};

// What is wrong with a product before it is saved: a field and a sentence in the UI language.
struct ProductProblem {
    QString field; // "name", "sku", "barcode", "price", "sale_price", "ocop", …
    QString message;
};

class ProductValidator final {
    Q_DECLARE_TR_FUNCTIONS(ProductValidator)

public:
    static QList<ProductProblem> check(const Product& product);
    // The selling units: named, not the base unit, each once, holding a positive amount (field "units").
    static QList<ProductProblem> checkConversions(const Product& product);
};

} // namespace ChoPhien
