#pragma once

#include "Problem.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace ChoPhien {

// The shape of a JSON request body as the contract's schemas give it, checked strictly: a field
// not named is `unknown_field`, a missing one `required`, a value of the wrong JSON type
// `wrong_type`, and each value against its limits. Rules are built once (static) and shared.
class JsonRule {
public:
    enum class Kind { Text, Integer, Boolean, Date, Object, Array };
    struct Member;

    // Text of `min`–`max` Unicode code points, NFC. `pattern` (anchored by the caller) and
    // `formatHint` (said in messages when the pattern fails) are optional.
    static JsonRule text(int min, int max, const QString& pattern = {}, Words formatHint = {});
    // Text that is one of `allowed`.
    static JsonRule oneOf(QStringList allowed);
    // A lowercase UUID with hyphens.
    static JsonRule uuid();
    // An integral number in [min, max].
    static JsonRule integer(qint64 min, qint64 max);
    static JsonRule boolean();
    // YYYY-MM-DD, a real calendar date.
    static JsonRule date();
    static JsonRule object(QList<Member> members);
    // At most `maxItems` items each matching `item`; `unique` reports a repeated item as `duplicate`.
    static JsonRule arrayOf(const JsonRule& item, int maxItems, bool unique = false);
    // The same rule, also accepting null.
    JsonRule orNull() const;

    Kind kind() const { return m_kind; }

    // Checks `value` at `path` ("" for the body itself), appending what is wrong to `errors`.
    void check(const QJsonValue& value, const QString& path, QList<FieldError>& errors) const;

private:
    JsonRule() = default;
    void checkText(const QString& text, const QString& path, QList<FieldError>& errors) const;
    void checkObject(const QJsonObject& object, const QString& path, QList<FieldError>& errors) const;

    Kind m_kind = Kind::Text;
    bool m_nullable = false;
    qint64 m_min = 0;
    qint64 m_max = 0;
    QRegularExpression m_pattern;
    Words m_formatHint;
    QStringList m_allowed;
    std::shared_ptr<const QList<Member>> m_members;
    std::shared_ptr<const JsonRule> m_item;
    bool m_unique = false;
};

struct JsonRule::Member {
    QString name;
    JsonRule rule;
};

// What a body check found: unknown fields win over every other error (400 unknown_field), then the
// rest (400 invalid_field). No problem when `errors` is empty.
std::optional<Problem> fieldProblem(const QList<FieldError>& errors);

// Parses a request body that must be a JSON object; on failure, the 400 invalid_json problem.
std::optional<Problem> parseJsonObject(const QByteArray& body, QJsonObject& object);

// Parses `body` as a JSON object whose members are all optional: each one present is checked
// against its rule in `members`, a name not there is unknown_field. Fewer than `least` members
// present is `required` on the first member's name.
std::optional<Problem> readOptionalMembers(const QByteArray& body, const QList<JsonRule::Member>& members,
                                           int least, QJsonObject& object);

// Parses `body` as a JSON object and checks it against `rule`: the problem (400) or nullopt with
// the object in `object`.
std::optional<Problem> readBody(const QByteArray& body, const JsonRule& rule, QJsonObject& object);

} // namespace ChoPhien
