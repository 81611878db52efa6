#include "CategoryPath.h"

#include "VietnameseText.h"

namespace ChoPhien::CategoryPath {

QStringList levels(const QString& path)
{
    QStringList result;
    for (const QString& level : VietnameseText::normalized(path).split(u'/')) {
        const QString simplified = level.simplified();
        if (!simplified.isEmpty())
            result.append(simplified);
    }
    return result;
}

QString normalized(const QString& path)
{
    return VietnameseText::normalized(levels(path).join(u'/')); // never null: stored in NOT NULL columns
}

QString leaf(const QString& path)
{
    const QStringList all = levels(path);
    return all.isEmpty() ? QString() : all.constLast();
}

QString parent(const QString& path)
{
    QStringList all = levels(path);
    if (!all.isEmpty())
        all.removeLast();
    return all.join(u'/');
}

} // namespace ChoPhien::CategoryPath
