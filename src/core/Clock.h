#pragma once

#include <QDateTime>

namespace ChoPhien {

// Time comes from a Clock so tests can fix it instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock& system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    QDateTime now() const override { return m_at; }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

// Stored timestamps are UTC ISO 8601 with milliseconds: they sort as text.
inline QString toStoredTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ChoPhien
