#pragma once

#include <QtGlobal>

class QLabel;

namespace ChoPhien {

// Makes `label` a heading: bold, `scale` times the size of its font (page headings 1.3, welcome and
// empty-state titles larger).
void setHeadingFont(QLabel* label, qreal scale);

} // namespace ChoPhien
