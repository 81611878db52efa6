#include "ProductGroup.h"

namespace ChoPhien {

QStringList ProductGroup::identifiers()
{
    return {QStringLiteral("food"),      QStringLiteral("beverage"),
            QStringLiteral("alcohol"),   QStringLiteral("health-supplement"),
            QStringLiteral("cosmetics"), QStringLiteral("handicraft"),
            QStringLiteral("textile"),   QStringLiteral("agricultural-material"),
            QStringLiteral("other")};
}

bool ProductGroup::isKnown(const QString& identifier)
{
    return identifiers().contains(identifier);
}

QString ProductGroup::displayName(const QString& identifier)
{
    if (identifier == u"food")
        return tr("Food");
    if (identifier == u"beverage")
        return tr("Beverage");
    if (identifier == u"alcohol")
        return tr("Alcoholic drink");
    if (identifier == u"health-supplement")
        return tr("Health supplement");
    if (identifier == u"cosmetics")
        return tr("Cosmetics");
    if (identifier == u"handicraft")
        return tr("Handicraft");
    if (identifier == u"textile")
        return tr("Textile");
    if (identifier == u"agricultural-material")
        return tr("Agricultural material");
    return tr("Other");
}

} // namespace ChoPhien
