#include "FaultInjector.h"

#include "Problem.h"

namespace ChoPhien {
namespace {

// QRandomGenerator takes a 32-bit seed sequence: the 64-bit seed goes in as its two halves.
void seed(QRandomGenerator& random, quint64 value)
{
    const quint32 halves[2] = {quint32(value & 0xffffffffu), quint32(value >> 32)};
    random = QRandomGenerator(halves);
}

} // namespace

FaultInjector::FaultInjector(FaultSpec spec)
{
    setSpec(std::move(spec));
}

void FaultInjector::setSpec(FaultSpec spec)
{
    m_spec = std::move(spec);
    seed(m_random, m_spec.seed);
}

FaultInjector::Draw FaultInjector::draw()
{
    Draw drawn;
    for (const Fault& fault : std::as_const(m_spec.faults)) {
        // generateDouble() is in [0, 1): probability 0 never fires, 1 always does.
        if (m_random.generateDouble() < fault.probability)
            drawn.add(fault.kind);
    }
    return drawn;
}

HttpResponse FaultInjector::refusal(FaultKind kind) const
{
    const Fault* fault = m_spec.find(kind);
    if (kind == FaultKind::Throttle) {
        const qint64 seconds = fault ? fault->parameter : 1;
        return Problem(ProblemCode::RateLimited)
            .toResponse()
            .withHeader("Retry-After", QByteArray::number(seconds));
    }
    const bool internal = fault && fault->parameter == 500;
    return Problem(internal ? ProblemCode::Internal : ProblemCode::Unavailable)
        .toResponse()
        .withHeader("Retry-After", "1");
}

int FaultInjector::latencyMs() const
{
    const Fault* fault = m_spec.find(FaultKind::Latency);
    return fault ? int(fault->parameter) : 0;
}

} // namespace ChoPhien
