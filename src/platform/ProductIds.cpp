#include "ProductIds.h"

#include <QRegularExpression>

namespace ChoPhien::ProductIds {

bool isWellFormed(const QString& id)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

Problem notFound()
{
    return Problem(ProblemCode::NotFound, {QStringLiteral("Không tìm thấy sản phẩm này."),
                                           QStringLiteral("This product was not found.")});
}

} // namespace ChoPhien::ProductIds
