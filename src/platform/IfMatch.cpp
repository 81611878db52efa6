#include "IfMatch.h"

#include "FieldErrors.h"

namespace ChoPhien {

IfMatch IfMatch::parse(const QByteArray& header)
{
    IfMatch result;
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return result;
    result.state = State::Malformed;
    if (value.size() < 3 || value.size() > 20 || !value.startsWith('"') || !value.endsWith('"'))
        return result;
    const QByteArray digits = value.mid(1, value.size() - 2);
    if (digits.startsWith('0') ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return result;
    bool ok = false;
    result.version = digits.toLongLong(&ok);
    if (ok)
        result.state = State::Given;
    return result;
}

std::optional<Problem> IfMatch::problem(bool required) const
{
    if (state == State::Missing && required)
        return Problem(ProblemCode::PreconditionRequired);
    if (state == State::Malformed)
        return Problem::fields(
            ProblemCode::InvalidField,
            {FieldErrors::invalidFormat(QStringLiteral("If-Match"),
                                        {QStringLiteral("phiên bản trong ngoặc kép, như \"7\""),
                                         QStringLiteral("a version in double quotes, like \"7\"")})});
    return std::nullopt;
}

} // namespace ChoPhien
