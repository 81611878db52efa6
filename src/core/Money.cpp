#include "Money.h"

#include <QLocale>

namespace ChoPhien::Money {

QString format(Dong amount)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(amount) + u"\u00a0₫";
}

} // namespace ChoPhien::Money
