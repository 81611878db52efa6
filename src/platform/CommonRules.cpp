#include "CommonRules.h"

namespace ChoPhien::CommonRules {

const JsonRule& communeCode()
{
    static const JsonRule rule = JsonRule::text(0, 5, QStringLiteral("([0-9]{5})?"),
                                                {QStringLiteral("5 chữ số"), QStringLiteral("5 digits")});
    return rule;
}

const JsonRule& provinceCode()
{
    static const JsonRule rule = JsonRule::text(0, 2, QStringLiteral("([0-9]{2})?"),
                                                {QStringLiteral("2 chữ số"), QStringLiteral("2 digits")});
    return rule;
}

const JsonRule& phone()
{
    static const JsonRule rule = JsonRule::text(0, 13, QStringLiteral("((\\+84|0)[1-9][0-9]{8,9})?"),
                                                {QStringLiteral("số điện thoại bắt đầu bằng 0 hoặc +84"),
                                                 QStringLiteral("a phone number starting 0 or +84")});
    return rule;
}

const JsonRule& longText()
{
    static const JsonRule rule = JsonRule::text(0, 5000);
    return rule;
}

const JsonRule& money()
{
    static const JsonRule rule = JsonRule::integer(0, 1000000000000LL);
    return rule;
}

} // namespace ChoPhien::CommonRules
