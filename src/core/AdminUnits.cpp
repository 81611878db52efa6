#include "AdminUnits.h"

#include "AdminUnitName.h"
#include "VietnameseText.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcUnits, "chophien.core.adminunits")

constexpr int kNoMatch = 1000;

bool isDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// 0 exact, 1 prefix, 2 at a word start, 3 inside, kNoMatch otherwise.
int textRank(const QString& query, const QString& name)
{
    if (query.isEmpty())
        return kNoMatch;
    if (name == query)
        return 0;
    if (name.startsWith(query))
        return 1;
    const qsizetype at = name.indexOf(query);
    if (at < 0)
        return kNoMatch;
    return name.at(at - 1) == u' ' ? 2 : 3;
}
} // namespace

QString paddedUnitCode(const QString& code, int width)
{
    const QString digits = code.trimmed();
    if (!isDigits(digits) || digits.size() > width)
        return {};
    return digits.rightJustified(width, u'0');
}

const AdminUnits& AdminUnits::instance()
{
    static const AdminUnits units = [] {
        QFile file(QStringLiteral(":/admin-units/units-2025.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcUnits) << "administrative units resource missing";
            return AdminUnits();
        }
        return fromTsv(file.readAll());
    }();
    return units;
}

AdminUnits AdminUnits::fromTsv(const QByteArray& tsv)
{
    AdminUnits units;
    units.m_communes.reserve(3400);
    for (const QByteArray& line : tsv.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.first() == "P" && f.size() >= 3) {
            const QString name = QString::fromUtf8(f.at(2));
            const QString full = AdminUnitName::key(name);
            units.m_provinces.append({QString::fromLatin1(f.at(1)), name, {}});
            units.m_provinceKeys.append({AdminUnitName::withoutType(full), full});
        } else if (f.first() == "C" && f.size() >= 4) {
            Entry e;
            e.unit = {QString::fromLatin1(f.at(1)), QString::fromUtf8(f.at(3)), QString::fromLatin1(f.at(2))};
            e.fullKey = AdminUnitName::key(e.unit.name);
            e.typeKey = AdminUnitName::typeWord(e.fullKey);
            e.nameKey = AdminUnitName::withoutType(e.fullKey);
            e.sortKey = VietnameseText::sortKey(e.unit.name);
            for (qsizetype i = 0; i < units.m_provinces.size(); ++i) {
                if (units.m_provinces.at(i).code == e.unit.provinceCode)
                    e.provinceIndex = int(i);
            }
            units.m_communes.append(std::move(e));
        }
    }
    return units;
}

QList<AdminUnit> AdminUnits::communesOf(const QString& provinceCode) const
{
    const QString code = paddedUnitCode(provinceCode, 2);
    QList<AdminUnit> out;
    for (const Entry& e : m_communes) {
        if (e.unit.provinceCode == code)
            out.append(e.unit);
    }
    return out;
}

std::optional<AdminUnit> AdminUnits::commune(const QString& code) const
{
    const QString padded = paddedUnitCode(code, 5);
    for (const Entry& e : m_communes) {
        if (e.unit.code == padded)
            return e.unit;
    }
    return std::nullopt;
}

std::optional<AdminUnit> AdminUnits::province(const QString& code) const
{
    const QString padded = paddedUnitCode(code, 2);
    for (const AdminUnit& p : m_provinces) {
        if (p.code == padded)
            return p;
    }
    return std::nullopt;
}

QString AdminUnits::fullName(const QString& code) const
{
    if (code.trimmed().size() <= 2) {
        const std::optional<AdminUnit> p = province(code);
        return p ? p->name : QString();
    }
    const std::optional<AdminUnit> c = commune(code);
    if (!c)
        return {};
    const std::optional<AdminUnit> p = province(c->provinceCode);
    return p ? c->name + QStringLiteral(", ") + p->name : c->name;
}

int AdminUnits::rank(const Entry& e, const Query& q) const
{
    const QString& head = q.head;
    const QString& headType = q.type;
    int best = std::min({textRank(head, e.nameKey), textRank(head, e.fullKey), textRank(q.bare, e.nameKey)});
    // Without a comma the words may spread over the commune and its province: "tan lap lam dong".
    if (best == kNoMatch && q.loose && e.provinceIndex >= 0 && head.contains(u' ') &&
        AdminUnitName::wordsMatch(q.firstWord, e.nameKey) &&
        AdminUnitName::wordsMatch(head, e.fullKey + u' ' + m_provinceKeys.at(e.provinceIndex).fullKey))
        best = 4;
    if (best == kNoMatch)
        return kNoMatch;
    // "xã Tân Lập" prefers communes to wards of the same name.
    const bool typeDiffers = !headType.isEmpty() && !e.typeKey.isEmpty() && headType != e.typeKey &&
                             !(headType.size() <= 2 && e.typeKey.startsWith(headType.at(0)));
    return best * 2 + (typeDiffers ? 1 : 0);
}

QList<AdminUnit> AdminUnits::search(const QString& text, int limit, qsizetype* exactCount) const
{
    if (exactCount)
        *exactCount = 0;
    const QStringList parts = AdminUnitName::parts(text);
    if (parts.isEmpty() || limit <= 0)
        return {};
    const QString head = parts.first();
    if (isDigits(head) && parts.size() == 1) {
        QList<AdminUnit> out;
        if (const std::optional<AdminUnit> c = commune(head))
            out.append(*c);
        if (exactCount)
            *exactCount = out.size();
        return out;
    }
    const QStringList hints = parts.mid(1);
    Query query;
    query.head = head;
    query.type = AdminUnitName::typeWord(head);
    query.bare = AdminUnitName::withoutType(head);
    query.firstWord = query.bare.section(u' ', 0, 0);
    query.loose = hints.isEmpty();

    struct Hit {
        int rank;
        const Entry* entry;
    };
    QList<Hit> hits;
    for (const Entry& e : m_communes) {
        if (!hints.isEmpty()) {
            if (e.provinceIndex < 0)
                continue;
            const ProvinceEntry& p = m_provinceKeys.at(e.provinceIndex);
            const bool inProvince = std::all_of(hints.begin(), hints.end(), [&](const QString& hint) {
                return p.fullKey.contains(hint) || p.nameKey.contains(AdminUnitName::withoutType(hint));
            });
            if (!inProvince)
                continue;
        }
        const int r = rank(e, query);
        if (r != kNoMatch)
            hits.append({r, &e});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.entry->sortKey != b.entry->sortKey)
            return a.entry->sortKey < b.entry->sortKey;
        return a.entry->unit.provinceCode < b.entry->unit.provinceCode;
    });
    QList<AdminUnit> out;
    for (qsizetype i = 0; i < hits.size() && i < limit; ++i) {
        out.append(hits.at(i).entry->unit);
        // Exact names rank 0 (1 when the typed type word differs); only the best of those count.
        if (exactCount && hits.at(i).rank <= 1 && hits.at(i).rank == hits.first().rank)
            ++*exactCount;
    }
    return out;
}

} // namespace ChoPhien
