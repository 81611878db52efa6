#pragma once

#include "Problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// The sandbox's fault kinds, in the order of the contract's grammar (FaultSpec in
// docs/platform-api.yaml); a canonical spec lists them in this order.
enum class FaultKind { Latency, Error5xx, Throttle, DropAfterWrite, Truncate, EpochReset };
inline constexpr int kFaultKindCount = 6;

QString faultKindName(FaultKind kind);

struct Fault {
    FaultKind kind = FaultKind::Latency;
    double probability = 0;
    // Latency: ms; error5xx: the status (500 or 503); throttle: Retry-After seconds. -1 for the
    // kinds that take no parameter.
    qint64 parameter = -1;
};

// A parsed `--faults` / `PUT /admin/faults` spec: each kind at most once, with its default filled
// in, and the seed of the generator that draws them (ADR 0018).
struct FaultSpec {
    QList<Fault> faults; // in FaultKind order
    quint64 seed = 0;
    bool given = false; // false for "" (no fault injection): the canonical form is then ""

    // The spec, or nullopt with what is wrong in `error` (both languages).
    static std::optional<FaultSpec> parse(const QString& text, Words* error = nullptr);

    // "latency=0.3:200,error5xx=0.1:503,seed=42": kinds in order, parameters filled in, seed last.
    QString canonical() const;
    // The FaultSpec schema of the contract.
    QJsonObject toJson() const;
    // The fault of this kind, or nullptr when the spec has none.
    const Fault* find(FaultKind kind) const;
    bool isActive() const { return !faults.isEmpty(); }
};

} // namespace ChoPhien
