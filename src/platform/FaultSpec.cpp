#include "FaultSpec.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <limits>

namespace ChoPhien {
namespace {

struct KindInfo {
    const char* name;
    bool takesParameter;
    qint64 defaultParameter;
    qint64 min;
    qint64 max;
};

// In FaultKind order. Latency up to a minute; throttle's Retry-After up to an hour.
constexpr std::array<KindInfo, kFaultKindCount> kKinds{{
    {"latency", true, 100, 0, 60000},
    {"error5xx", true, 503, 500, 503},
    {"throttle", true, 1, 1, 3600},
    {"drop_after_write", false, -1, 0, 0},
    {"truncate", false, -1, 0, 0},
    {"epoch_reset", false, -1, 0, 0},
}};

const KindInfo& info(FaultKind kind)
{
    return kKinds.at(size_t(kind));
}

std::optional<FaultKind> kindNamed(QStringView name)
{
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (name == QLatin1StringView(kKinds.at(i).name))
            return FaultKind(i);
    }
    return std::nullopt;
}

bool fail(Words* error, Words words)
{
    if (error)
        *error = std::move(words);
    return false;
}

// A decimal from 0 to 1: digits with an optional fraction, no sign or exponent.
bool readProbability(const QString& text, double& probability)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    if (!decimal.match(text).hasMatch())
        return false;
    bool ok = false;
    probability = text.toDouble(&ok);
    return ok && probability >= 0 && probability <= 1;
}

bool readWhole(const QString& text, qint64 max, qint64& value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (!digits.match(text).hasMatch())
        return false;
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value <= max;
}

bool readItem(const QString& item, FaultSpec& spec, std::array<bool, kFaultKindCount>& seen, bool& seedSeen,
              Words* error)
{
    const qsizetype equals = item.indexOf(u'=');
    if (equals <= 0)
        return fail(error,
                    {QStringLiteral("Mục “%1” phải có dạng loại=xác_suất[:tham_số] hoặc seed=số.").arg(item),
                     QStringLiteral("“%1” must be kind=probability[:parameter] or seed=number.").arg(item)});
    const QString name = item.left(equals);
    const QString value = item.mid(equals + 1);
    if (name == u"seed") {
        qint64 seed = 0;
        if (seedSeen)
            return fail(error, {QStringLiteral("seed chỉ được cho một lần."),
                                QStringLiteral("seed may be given only once.")});
        if (!readWhole(value, std::numeric_limits<qint64>::max(), seed))
            return fail(error, {QStringLiteral("seed phải là một số nguyên không âm: “%1”.").arg(value),
                                QStringLiteral("seed must be a non-negative integer: “%1”.").arg(value)});
        seedSeen = true;
        spec.seed = quint64(seed);
        return true;
    }
    const std::optional<FaultKind> kind = kindNamed(name);
    if (!kind)
        return fail(error,
                    {QStringLiteral("Không có loại lỗi “%1” (latency, error5xx, throttle, drop_after_write, "
                                    "truncate, epoch_reset).")
                         .arg(name),
                     QStringLiteral("Unknown fault kind “%1” (latency, error5xx, throttle, drop_after_write, "
                                    "truncate, epoch_reset).")
                         .arg(name)});
    if (seen.at(size_t(*kind)))
        return fail(error, {QStringLiteral("Loại lỗi %1 chỉ được cho một lần.").arg(name),
                            QStringLiteral("The fault kind %1 may be given only once.").arg(name)});
    seen.at(size_t(*kind)) = true;
    const KindInfo& k = info(*kind);
    const qsizetype colon = value.indexOf(u':');
    Fault fault{*kind, 0, k.defaultParameter};
    if (!readProbability(colon < 0 ? value : value.left(colon), fault.probability))
        return fail(
            error,
            {QStringLiteral("Xác suất của %1 phải là số thập phân từ 0 đến 1: “%2”.").arg(name, value),
             QStringLiteral("The probability of %1 must be a decimal from 0 to 1: “%2”.").arg(name, value)});
    if (colon >= 0) {
        const QString parameter = value.mid(colon + 1);
        if (!k.takesParameter)
            return fail(error, {QStringLiteral("Loại lỗi %1 không nhận tham số.").arg(name),
                                QStringLiteral("The fault kind %1 takes no parameter.").arg(name)});
        const bool fits = readWhole(parameter, k.max, fault.parameter) && fault.parameter >= k.min &&
                          (*kind != FaultKind::Error5xx || fault.parameter == 500 || fault.parameter == 503);
        if (!fits) {
            const QString range = *kind == FaultKind::Error5xx
                                      ? QStringLiteral("500, 503")
                                      : QStringLiteral("%1–%2").arg(k.min).arg(k.max);
            return fail(
                error,
                {QStringLiteral("Tham số của %1 phải là số nguyên (%2): “%3”.").arg(name, range, parameter),
                 QStringLiteral("The parameter of %1 must be a whole number (%2): “%3”.")
                     .arg(name, range, parameter)});
        }
    }
    spec.faults.append(fault);
    return true;
}

// A probability as the grammar writes it: fixed point, no trailing zeros ("0.05", "1").
QString decimal(double probability)
{
    QString text = QString::number(probability, 'f', 12);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<FaultSpec> FaultSpec::parse(const QString& text, Words* error)
{
    FaultSpec spec;
    if (text.isEmpty())
        return spec;
    spec.given = true;
    std::array<bool, kFaultKindCount> seen{};
    bool seedSeen = false;
    for (const QString& item : text.split(u',')) {
        if (!readItem(item, spec, seen, seedSeen, error))
            return std::nullopt;
    }
    std::sort(spec.faults.begin(), spec.faults.end(),
              [](const Fault& a, const Fault& b) { return int(a.kind) < int(b.kind); });
    return spec;
}

QString FaultSpec::canonical() const
{
    if (!given)
        return {};
    QStringList items;
    for (const Fault& fault : faults) {
        QString item = faultKindName(fault.kind) + u'=' + decimal(fault.probability);
        if (fault.parameter >= 0)
            item += u':' + QString::number(fault.parameter);
        items.append(item);
    }
    items.append(QStringLiteral("seed=") + QString::number(seed));
    return items.join(u',');
}

QJsonObject FaultSpec::toJson() const
{
    QJsonArray list;
    for (const Fault& fault : faults)
        list.append(QJsonObject{{QStringLiteral("kind"), faultKindName(fault.kind)},
                                {QStringLiteral("probability"), fault.probability},
                                {QStringLiteral("parameter"),
                                 fault.parameter >= 0 ? QJsonValue(fault.parameter) : QJsonValue()}});
    return {{QStringLiteral("spec"), canonical()},
            {QStringLiteral("seed"), qint64(seed)},
            {QStringLiteral("faults"), list}};
}

const Fault* FaultSpec::find(FaultKind kind) const
{
    for (const Fault& fault : faults) {
        if (fault.kind == kind)
            return &fault;
    }
    return nullptr;
}

} // namespace ChoPhien
