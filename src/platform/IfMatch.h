#pragma once

#include "Problem.h"

#include <QByteArray>

#include <optional>

namespace ChoPhien {

// The If-Match header of an update or delete: the version its change is based on, as `"7"`.
struct IfMatch {
    enum class State { Missing, Malformed, Given };
    State state = State::Missing;
    qint64 version = 0;

    static IfMatch parse(const QByteArray& header);

    // 428 when missing (and `required`), 400 when malformed, else nullopt.
    std::optional<Problem> problem(bool required) const;
};

} // namespace ChoPhien
