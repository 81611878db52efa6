#include "OldAddressMapper.h"

#include "AdminUnitName.h"
#include "AdminUnits.h"
#include "VietnameseText.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcOldUnits, "chophien.core.oldaddress")

constexpr int kMaxMatches = 30;

bool isCommuneType(const QString& type)
{
    return type == u"xa" || type == u"phuong" || type == u"thi tran" || type == u"p" || type == u"tt";
}

bool isDistrictType(const QString& type)
{
    return type == u"huyen" || type == u"quan" || type == u"thi xa" || type == u"thanh pho" ||
           type == u"tp" || type == u"q" || type == u"tx";
}

// Names people write for a province instead of its official one.
QString unabbreviated(const QString& bareKey)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("hcm"), QStringLiteral("ho chi minh")},
        {QStringLiteral("sai gon"), QStringLiteral("ho chi minh")},
        {QStringLiteral("hn"), QStringLiteral("ha noi")},
        {QStringLiteral("brvt"), QStringLiteral("ba ria vung tau")},
        {QStringLiteral("thua thien hue"), QStringLiteral("hue")},
    };
    return aliases.value(bareKey, bareKey);
}

bool isDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QStringList OldAddressResult::candidateCommuneCodes() const
{
    QStringList out;
    for (const OldUnitMatch& m : matches) {
        for (const QString& code : m.newCommuneCodes) {
            if (!out.contains(code))
                out.append(code);
        }
    }
    return out;
}

const OldAddressMapper& OldAddressMapper::instance()
{
    static const OldAddressMapper mapper = [] {
        QFile file(QStringLiteral(":/admin-units/units-2024.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcOldUnits) << "old administrative units resource missing";
            return OldAddressMapper();
        }
        return fromTsv(file.readAll());
    }();
    return mapper;
}

OldAddressMapper OldAddressMapper::fromTsv(const QByteArray& tsv)
{
    OldAddressMapper m;
    QHash<QString, int> provinceAt;
    QHash<QString, int> districtAt;
    m.m_communes.reserve(10100);
    for (const QByteArray& line : tsv.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 4)
            continue;
        const QString code = QString::fromLatin1(f.at(1));
        if (f.first() == "p") {
            Province p{code, QString::fromUtf8(f.at(2)), {}, {}, QString::fromLatin1(f.at(3))};
            p.fullKey = AdminUnitName::key(p.name);
            p.nameKey = AdminUnitName::withoutType(p.fullKey);
            provinceAt.insert(code, int(m.m_provinces.size()));
            m.m_provinces.append(std::move(p));
        } else if (f.first() == "d") {
            District d{code, QString::fromUtf8(f.at(3)),
                       {},   {},
                       {},   provinceAt.value(QString::fromLatin1(f.at(2)), -1)};
            d.fullKey = AdminUnitName::key(d.name);
            d.nameKey = AdminUnitName::withoutType(d.fullKey);
            if (f.size() > 4)
                d.newCommune = QString::fromLatin1(f.at(4));
            districtAt.insert(code, int(m.m_districts.size()));
            m.m_districts.append(std::move(d));
        } else if (f.first() == "c") {
            Commune c;
            c.code = code;
            c.district = districtAt.value(QString::fromLatin1(f.at(2)), -1);
            c.name = QString::fromUtf8(f.at(3));
            c.fullKey = AdminUnitName::key(c.name);
            c.typeKey = AdminUnitName::typeWord(c.fullKey);
            c.nameKey = AdminUnitName::withoutType(c.fullKey);
            if (f.size() > 4)
                c.newCodes = QString::fromLatin1(f.at(4)).split(u',', Qt::SkipEmptyParts);
            m.m_communes.append(std::move(c));
        }
    }
    return m;
}

OldUnitMatch OldAddressMapper::districtMatch(const District& d) const
{
    OldUnitMatch match;
    match.oldName = d.name;
    if (d.province >= 0) {
        match.oldName += QStringLiteral(", ") + m_provinces.at(d.province).name;
        match.newProvinceCode = m_provinces.at(d.province).newCode;
    }
    if (!d.newCommune.isEmpty())
        match.newCommuneCodes = {d.newCommune};
    return match;
}

OldUnitMatch OldAddressMapper::communeMatch(const Commune& c) const
{
    OldUnitMatch match;
    if (c.district >= 0)
        match = districtMatch(m_districts.at(c.district));
    match.oldCode = c.code;
    match.oldName = match.oldName.isEmpty() ? c.name : c.name + QStringLiteral(", ") + match.oldName;
    match.newCommuneCodes = c.newCodes;
    return match;
}

QList<int> OldAddressMapper::provincesNamed(const QString& part) const
{
    const QString bare = unabbreviated(AdminUnitName::withoutType(part));
    QList<int> out;
    for (qsizetype i = 0; i < m_provinces.size(); ++i) {
        const Province& p = m_provinces.at(i);
        if (p.fullKey == part || p.nameKey == bare || p.nameKey == unabbreviated(part))
            out.append(int(i));
    }
    return out;
}

QList<int> OldAddressMapper::districtsNamed(const QString& part, const QList<int>& provinces) const
{
    const QString bare = AdminUnitName::withoutType(part);
    QList<int> out;
    for (qsizetype i = 0; i < m_districts.size(); ++i) {
        const District& d = m_districts.at(i);
        if ((provinces.isEmpty() || provinces.contains(d.province)) &&
            (d.fullKey == part || d.nameKey == bare || d.nameKey == part))
            out.append(int(i));
    }
    return out;
}

QList<int> OldAddressMapper::communesNamed(const QString& part, const QList<int>& provinces,
                                           const QList<int>& districts) const
{
    const QString type = AdminUnitName::typeWord(part);
    const QString bare = AdminUnitName::withoutType(part);
    QList<int> out;
    QList<int> sameType;
    for (qsizetype i = 0; i < m_communes.size(); ++i) {
        const Commune& c = m_communes.at(i);
        if (c.fullKey != part && c.nameKey != bare && c.nameKey != part)
            continue;
        if (!districts.isEmpty() && !districts.contains(c.district))
            continue;
        if (!provinces.isEmpty() &&
            (c.district < 0 || !provinces.contains(m_districts.at(c.district).province)))
            continue;
        out.append(int(i));
        if (c.fullKey == part || (isCommuneType(type) && c.typeKey.startsWith(type.at(0))))
            sameType.append(int(i));
    }
    // "xã Hương Sơn" means the commune, not the ward of the same name.
    return sameType.isEmpty() ? out : sameType;
}

OldAddressResult OldAddressMapper::map(const QString& textOrCode) const
{
    OldAddressResult result;
    const QString trimmed = textOrCode.trimmed();
    if (isDigits(trimmed)) {
        const QString code = paddedUnitCode(trimmed, 5);
        for (const Commune& c : m_communes) {
            if (c.code == code) {
                result.matches.append(communeMatch(c));
                return result;
            }
        }
        result.reason = tr("No commune had the code %1 before July 2025.").arg(trimmed);
        return result;
    }
    QStringList parts;   // folded
    QStringList written; // as typed, for messages
    for (const QString& raw : trimmed.split(u',')) {
        const QString k = AdminUnitName::key(raw);
        if (!k.isEmpty()) {
            parts.append(k);
            written.append(VietnameseText::normalized(raw));
        }
    }
    if (parts.isEmpty()) {
        result.reason = tr("Type an old address, for example “xã Hương Sơn, huyện Mỹ Đức, Hà Nội”.");
        return result;
    }

    // Read from the end: province, then district, then the commune (earlier parts are the village or
    // street and are left out).
    QList<int> provinces = provincesNamed(parts.last());
    if (!provinces.isEmpty()) {
        parts.removeLast();
        written.removeLast();
    }
    QList<int> districts;
    if (!parts.isEmpty()) {
        const QString type = AdminUnitName::typeWord(parts.last());
        const bool mayBeDistrict =
            parts.size() > 1 || isDistrictType(type) ||
            (!isCommuneType(type) && communesNamed(parts.last(), provinces, {}).isEmpty());
        if (mayBeDistrict)
            districts = districtsNamed(parts.last(), provinces);
        if (!districts.isEmpty()) {
            parts.removeLast();
            written.removeLast();
        } else if (parts.size() > 1) {
            result.reason = tr("“%1” is not a district or province of before July 2025.").arg(written.last());
            return result;
        }
    }

    if (parts.isEmpty()) {
        if (districts.size() == 1 || (districts.isEmpty() && provinces.size() == 1)) {
            if (!districts.isEmpty()) {
                result.matches.append(districtMatch(m_districts.at(districts.first())));
            } else {
                const Province& p = m_provinces.at(provinces.first());
                result.matches.append({{}, p.name, {}, p.newCode});
            }
        } else {
            for (int d : districts)
                result.matches.append(districtMatch(m_districts.at(d)));
        }
        return result;
    }

    const QList<int> communes = communesNamed(parts.last(), provinces, districts);
    for (int c : communes) {
        if (result.matches.size() == kMaxMatches)
            break;
        result.matches.append(communeMatch(m_communes.at(c)));
    }
    if (result.matches.isEmpty()) {
        const QString where = !districts.isEmpty()   ? m_districts.at(districts.first()).name
                              : !provinces.isEmpty() ? m_provinces.at(provinces.first()).name
                                                     : QString();
        result.reason =
            where.isEmpty()
                ? tr("“%1” is not the name of a commune, district or province of before July 2025.")
                      .arg(textOrCode.trimmed())
                : tr("No commune of %1 was called “%2” before July 2025.").arg(where, written.last());
    }
    return result;
}

} // namespace ChoPhien
