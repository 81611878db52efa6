#include "JsonRules.h"

#include "FieldErrors.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ChoPhien {
namespace {

// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double kExactLimit = 9007199254740992.0;

QString memberPath(const QString& parent, const QString& name)
{
    return parent.isEmpty() ? name : parent + u'.' + name;
}

QString itemPath(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

qsizetype codePoints(const QString& text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

bool isNfc(const QString& text)
{
    // Everything below U+0300 (the combining marks) is its own NFC form: the usual case, checked fast.
    for (const QChar c : text) {
        if (c.unicode() >= 0x300)
            return text == text.normalized(QString::NormalizationForm_C);
    }
    return true;
}

FieldErrors::Type typeOf(JsonRule::Kind kind)
{
    switch (kind) {
    case JsonRule::Kind::Integer:
        return FieldErrors::Type::Integer;
    case JsonRule::Kind::Boolean:
        return FieldErrors::Type::Boolean;
    case JsonRule::Kind::Object:
        return FieldErrors::Type::Object;
    case JsonRule::Kind::Array:
        return FieldErrors::Type::Array;
    case JsonRule::Kind::Text:
    case JsonRule::Kind::Date:
        return FieldErrors::Type::Text;
    }
    return FieldErrors::Type::Text;
}

} // namespace

JsonRule JsonRule::text(int min, int max, const QString& pattern, Words formatHint)
{
    JsonRule rule;
    rule.m_kind = Kind::Text;
    rule.m_min = min;
    rule.m_max = max;
    if (!pattern.isEmpty())
        rule.m_pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    rule.m_formatHint = std::move(formatHint);
    return rule;
}

JsonRule JsonRule::oneOf(QStringList allowed)
{
    JsonRule rule;
    rule.m_kind = Kind::Text;
    rule.m_max = 1000;
    rule.m_allowed = std::move(allowed);
    return rule;
}

JsonRule JsonRule::uuid()
{
    // Any other form is a wrong format, whatever its length.
    return text(
        0, 1000, QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        {QStringLiteral("UUID chữ thường có gạch nối"), QStringLiteral("a lowercase UUID with hyphens")});
}

JsonRule JsonRule::integer(qint64 min, qint64 max)
{
    JsonRule rule;
    rule.m_kind = Kind::Integer;
    rule.m_min = min;
    rule.m_max = max;
    return rule;
}

JsonRule JsonRule::boolean()
{
    JsonRule rule;
    rule.m_kind = Kind::Boolean;
    return rule;
}

JsonRule JsonRule::date()
{
    JsonRule rule;
    rule.m_kind = Kind::Date;
    return rule;
}

JsonRule JsonRule::object(QList<Member> members)
{
    JsonRule rule;
    rule.m_kind = Kind::Object;
    rule.m_members = std::make_shared<const QList<Member>>(std::move(members));
    return rule;
}

JsonRule JsonRule::arrayOf(const JsonRule& item, int maxItems, bool unique)
{
    JsonRule rule;
    rule.m_kind = Kind::Array;
    rule.m_max = maxItems;
    rule.m_item = std::make_shared<const JsonRule>(item);
    rule.m_unique = unique;
    return rule;
}

JsonRule JsonRule::orNull() const
{
    JsonRule rule = *this;
    rule.m_nullable = true;
    return rule;
}

void JsonRule::check(const QJsonValue& value, const QString& path, QList<FieldError>& errors) const
{
    if (value.isNull() && m_nullable)
        return;
    switch (m_kind) {
    case Kind::Text:
    case Kind::Date:
        if (!value.isString()) {
            errors.append(FieldErrors::wrongType(path, typeOf(m_kind)));
            return;
        }
        if (m_kind == Kind::Date) {
            static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            const QString text = value.toString();
            if (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
                errors.append(FieldErrors::invalidFormat(
                    path, {QStringLiteral("YYYY-MM-DD"), QStringLiteral("YYYY-MM-DD")}));
            return;
        }
        checkText(value.toString(), path, errors);
        return;
    case Kind::Integer: {
        if (!value.isDouble()) {
            errors.append(FieldErrors::wrongType(path, FieldErrors::Type::Integer));
            return;
        }
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::fabs(number) > kExactLimit) {
            // 1.5 is not a whole number; 1e300 is, but no int64 holds it: say which limit it breaks.
            if (std::trunc(number) != number)
                errors.append(FieldErrors::wrongType(path, FieldErrors::Type::Integer));
            else
                errors.append(number > 0 ? FieldErrors::tooLarge(path, m_max)
                                         : FieldErrors::tooSmall(path, m_min));
            return;
        }
        const auto integer = qint64(number);
        if (integer < m_min)
            errors.append(FieldErrors::tooSmall(path, m_min));
        else if (integer > m_max)
            errors.append(FieldErrors::tooLarge(path, m_max));
        return;
    }
    case Kind::Boolean:
        if (!value.isBool())
            errors.append(FieldErrors::wrongType(path, FieldErrors::Type::Boolean));
        return;
    case Kind::Object:
        if (!value.isObject()) {
            errors.append(FieldErrors::wrongType(path, FieldErrors::Type::Object));
            return;
        }
        checkObject(value.toObject(), path, errors);
        return;
    case Kind::Array: {
        if (!value.isArray()) {
            errors.append(FieldErrors::wrongType(path, FieldErrors::Type::Array));
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > m_max) {
            errors.append(FieldErrors::tooLong(path, m_max, true));
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = itemPath(path, i);
            const qsizetype before = errors.size();
            m_item->check(array.at(i), at, errors);
            if (m_unique && errors.size() == before) {
                const QString key =
                    QString::fromUtf8(QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact));
                if (seen.contains(key))
                    errors.append(FieldErrors::duplicate(at));
                seen.insert(key);
            }
        }
        return;
    }
    }
}

void JsonRule::checkText(const QString& text, const QString& path, QList<FieldError>& errors) const
{
    if (!m_allowed.isEmpty()) {
        if (!m_allowed.contains(text))
            errors.append(FieldErrors::notAllowed(path, m_allowed));
        return;
    }
    if (!isNfc(text)) {
        errors.append(FieldErrors::notNfc(path));
        return;
    }
    const qsizetype length = codePoints(text);
    if (length < m_min)
        errors.append(FieldErrors::tooShort(path, m_min));
    else if (length > m_max)
        errors.append(FieldErrors::tooLong(path, m_max));
    else if (m_pattern.isValid() && !m_pattern.pattern().isEmpty() && !m_pattern.match(text).hasMatch())
        errors.append(FieldErrors::invalidFormat(path, m_formatHint));
}

void JsonRule::checkObject(const QJsonObject& object, const QString& path, QList<FieldError>& errors) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key();
        const bool known = std::any_of(m_members->begin(), m_members->end(),
                                       [&name](const Member& m) { return m.name == name; });
        if (!known)
            errors.append(FieldErrors::unknownField(memberPath(path, name)));
    }
    for (const Member& member : *m_members) {
        const auto it = object.constFind(member.name);
        if (it == object.constEnd())
            errors.append(FieldErrors::required(memberPath(path, member.name)));
        else
            member.rule.check(it.value(), memberPath(path, member.name), errors);
    }
}

std::optional<Problem> fieldProblem(const QList<FieldError>& errors)
{
    if (errors.isEmpty())
        return std::nullopt;
    QList<FieldError> unknown;
    for (const FieldError& e : errors) {
        if (e.code == u"unknown_field")
            unknown.append(e);
    }
    if (!unknown.isEmpty())
        return Problem::fields(ProblemCode::UnknownField, unknown);
    return Problem::fields(ProblemCode::InvalidField, errors);
}

std::optional<Problem> parseJsonObject(const QByteArray& body, QJsonObject& object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Problem(
            ProblemCode::InvalidJson,
            {QStringLiteral("Dữ liệu gửi lên không phải JSON hợp lệ (lỗi ở ký tự thứ %1).").arg(error.offset),
             QStringLiteral("The body is not valid JSON (error at offset %1: %2).")
                 .arg(error.offset)
                 .arg(error.errorString())});
    }
    if (!document.isObject()) {
        return Problem(ProblemCode::InvalidJson,
                       {QStringLiteral("Dữ liệu gửi lên phải là một đối tượng JSON ({…})."),
                        QStringLiteral("The body must be a JSON object ({…}).")});
    }
    object = document.object();
    return std::nullopt;
}

std::optional<Problem> readBody(const QByteArray& body, const JsonRule& rule, QJsonObject& object)
{
    if (std::optional<Problem> problem = parseJsonObject(body, object))
        return problem;
    QList<FieldError> errors;
    rule.check(object, QString(), errors);
    return fieldProblem(errors);
}

std::optional<Problem> readOptionalMembers(const QByteArray& body, const QList<JsonRule::Member>& members,
                                           int least, QJsonObject& object)
{
    if (std::optional<Problem> problem = parseJsonObject(body, object))
        return problem;
    QList<JsonRule::Member> present;
    QStringList names;
    for (const JsonRule::Member& member : members) {
        names.append(member.name);
        if (object.contains(member.name))
            present.append(member);
    }
    QList<FieldError> errors;
    JsonRule::object(present).check(object, QString(), errors);
    if (errors.isEmpty() && present.size() < least && !members.isEmpty()) {
        const QString list = names.join(QStringLiteral(", "));
        errors.append({members.first().name,
                       QStringLiteral("required"),
                       {QStringLiteral("Cần ít nhất %1 trong các mục: %2.").arg(least).arg(list),
                        QStringLiteral("At least %1 of these fields is needed: %2.").arg(least).arg(list)}});
    }
    return fieldProblem(errors);
}

} // namespace ChoPhien
