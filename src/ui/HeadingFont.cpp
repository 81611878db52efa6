#include "HeadingFont.h"

#include <QLabel>

namespace ChoPhien {

void setHeadingFont(QLabel* label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace ChoPhien
