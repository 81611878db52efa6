#pragma once

#include "FaultSpec.h"
#include "HttpResponse.h"

#include <QRandomGenerator>

#include <array>

namespace ChoPhien {

// Draws the faults of a FaultSpec for each /v1 request from one generator seeded by the spec's
// seed, and counts those injected (ADR 0018). Every request draws one number per fault of the
// spec, in kind order, whether or not the fault can apply to it: the same spec and the same
// requests give the same faults.
class FaultInjector final {
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    explicit FaultInjector(FaultSpec spec = {});

    const FaultSpec& spec() const { return m_spec; }
    // Puts `spec` in force; the generator restarts from its seed.
    void setSpec(FaultSpec spec);
    bool isActive() const { return m_spec.isActive(); }

    // The kinds drawn for one request.
    class Draw {
    public:
        bool has(FaultKind kind) const { return (m_mask & (1u << int(kind))) != 0; }
        void add(FaultKind kind) { m_mask |= 1u << int(kind); }

    private:
        unsigned m_mask = 0;
    };
    Draw draw();

    // The answer of an error5xx or throttle fault: 500/503 with Retry-After: 1, or 429 with the
    // spec's Retry-After.
    HttpResponse refusal(FaultKind kind) const;
    // The latency fault's delay in ms.
    int latencyMs() const;

    void countInjected(FaultKind kind) { ++m_injected.at(size_t(kind)); }
    qint64 injected(FaultKind kind) const { return m_injected.at(size_t(kind)); }

private:
    FaultSpec m_spec;
    QRandomGenerator m_random;
    std::array<qint64, kFaultKindCount> m_injected{};
};

} // namespace ChoPhien
