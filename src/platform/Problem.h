#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ChoPhien {

// A sentence in the two languages every API answer carries: Vietnamese for the user (`detail`,
// `message`) and English (`detail_en`, `message_en`). The API's words are part of the contract
// (docs/platform-api.yaml), sent in both languages at once, so they live here as pairs rather than
// going through the desktop app's translation catalogue (ADR 0014).
struct Words {
    QString vi;
    QString en;
    bool isEmpty() const { return vi.isEmpty(); }
};

// The machine codes of docs/platform-api.yaml (x-problem-codes), each with its HTTP status.
enum class ProblemCode {
    InvalidJson,
    InvalidField,
    UnknownField,
    IdempotencyKeyRequired,
    Unauthorized,
    TokenExpired,
    InvalidCredentials,
    InvalidRefreshToken,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    IdInUse,
    WrongProductKind,
    InvalidTransition,
    NothingToOrder,
    UploadOffsetMismatch,
    UploadIncomplete,
    TooManyPhotos,
    ChecksumMismatch,
    InvalidImage,
    CursorExpired,
    VersionConflict,
    PayloadTooLarge,
    UnsupportedMediaType,
    IdempotencyKeyReused,
    PreconditionRequired,
    RateLimited,
    Internal,
    Unavailable,
};

int problemStatus(ProblemCode code);
QString problemCodeName(ProblemCode code);

// One field, header or query parameter at fault (FieldError in the contract).
struct FieldError {
    QString field; // "producer.phone", "certifications[0].number", "If-Match", "limit"
    QString code;  // required, wrong_type, not_nfc, too_short, too_long, too_small, too_large,
                   // not_allowed, invalid_format, check_digit, duplicate, not_found, unknown_field
    Words message;
};

// An application/problem+json answer. `detail` empty takes the code's usual sentence; `errors`
// non-empty makes the usual sentence count them. `current` (with version_conflict) is added as is,
// null included, when `hasCurrent`. `members` are further members the code's schema names
// (`upload_offset`).
struct Problem {
    ProblemCode code = ProblemCode::Internal;
    Words detail;
    QList<FieldError> errors;
    bool hasCurrent = false;
    QJsonValue current;
    QJsonObject members;

    Problem(ProblemCode c, Words d = {}) // NOLINT(google-explicit-constructor): a code is a problem
        : code(c)
        , detail(std::move(d))
    {}
    static Problem fields(ProblemCode c, QList<FieldError> e);
    static Problem conflict(QJsonValue serverCopy);

    HttpResponse toResponse() const;
};

} // namespace ChoPhien
