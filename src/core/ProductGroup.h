#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ChoPhien {

// The label-law group of a product (Decree 43/2017 as amended by 111/2021): it decides which label
// contents are mandatory. Identifiers are stable (CLI, rule tables, the platform).
class ProductGroup final {
    Q_DECLARE_TR_FUNCTIONS(ProductGroup)

public:
    static QStringList identifiers(); // "food", "beverage", "alcohol", "health-supplement", …
    static bool isKnown(const QString& identifier);
    static QString displayName(const QString& identifier); // in the UI language
};

} // namespace ChoPhien
