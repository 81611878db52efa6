#pragma once

#include "Product.h"

#include <QCoreApplication>

#include <functional>

namespace ChoPhien {

// The rules of a product sold in variants (ADR 0006): at most two option axes named on the parent,
// every variant with a value on each named axis, each combination once, each SKU once.
class ProductVariants final {
    Q_DECLARE_TR_FUNCTIONS(ProductVariants)

public:
    // The fields a variant takes from its parent; its own are the SKU, barcode, prices, options, net
    // quantity, package weight and size (a 500 ml jar is not a 300 ml one), and the archive mark.
    static Product withParentFields(const Product& parent, Product variant);
    // "Mật ong rừng – 500 ml / loại 1": what lists and search show for a variant.
    static QString displayName(const QString& parentName, const QString& option1, const QString& option2);

    // What is wrong with `variants` of `parent` (fields "option_names" and "variants"); the
    // variants' own fields also pass ProductValidator. Archived variants are left out of the checks.
    static QList<ProductProblem> check(const Product& parent, const QList<Product>& variants);

    // A variant's SKU from its parent's and its options: "MO-UM" and "500 ml" give "MO-UM-500M";
    // "-2", "-3"… when that is taken. Empty when the options give nothing to build on.
    static QString suggestSku(const QString& parentSku, const QString& option1, const QString& option2,
                              const std::function<bool(const QString&)>& taken);
};

} // namespace ChoPhien
