#include "UnitCommands.h"

#include <core/OldAddressMapper.h>

namespace ChoPhien::Cli {

qsizetype UnitCommands::argumentCount(const QString& subcommand)
{
    return subcommand == u"search" || subcommand == u"map" ? 3 : -1;
}

QJsonObject UnitCommands::toJson(const AdminUnit& unit)
{
    const AdminUnits& units = AdminUnits::instance();
    return {{QStringLiteral("code"), unit.code},
            {QStringLiteral("name"), unit.name},
            {QStringLiteral("province_code"), unit.provinceCode},
            {QStringLiteral("province_name"), units.fullName(unit.provinceCode)},
            {QStringLiteral("full_name"), units.fullName(unit.code)}};
}

QJsonArray UnitCommands::toJson(const QList<AdminUnit>& units)
{
    QJsonArray out;
    for (const AdminUnit& u : units)
        out.append(toJson(u));
    return out;
}

UnitCommands::UnitCommands(CliOutput& output, int limit)
    : m_out(output)
    , m_limit(limit)
{}

int UnitCommands::run(const QStringList& arguments)
{
    return arguments.first() == u"search" ? search(arguments.at(1)) : map(arguments.at(1));
}

int UnitCommands::search(const QString& text)
{
    const AdminUnits& units = AdminUnits::instance();
    const QList<AdminUnit> found = units.search(text, m_limit);
    for (const AdminUnit& u : found)
        m_out.line(QStringLiteral("%1  %2").arg(u.code, units.fullName(u.code)));
    if (found.isEmpty())
        m_out.line(tr("No commune or ward of 2025 matches “%1”. An address from before July 2025? Try: "
                      "units map \"%1\"")
                       .arg(text));
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("units search")},
                          {QStringLiteral("query"), text},
                          {QStringLiteral("units"), toJson(found)}});
}

int UnitCommands::map(const QString& text)
{
    const AdminUnits& units = AdminUnits::instance();
    const OldAddressResult result = OldAddressMapper::instance().map(text);
    if (result.matches.isEmpty())
        return m_out.fail(QStringLiteral("unknown_address"), result.reason);

    QJsonArray matches;
    for (const OldUnitMatch& m : result.matches) {
        const QString code = m.oldCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.oldCode);
        m_out.line(tr("Before July 2025: %1%2").arg(m.oldName, code));
        QList<AdminUnit> now;
        for (const QString& c : m.newCommuneCodes) {
            if (const std::optional<AdminUnit> u = units.commune(c))
                now.append(*u);
        }
        if (now.size() == 1)
            m_out.line(tr("  now: %1 (%2)").arg(units.fullName(now.first().code), now.first().code));
        else if (now.isEmpty() && m.oldCode.isEmpty())
            m_out.line(tr("  now part of %1").arg(units.fullName(m.newProvinceCode)));
        else if (now.isEmpty())
            m_out.line(tr("  now in %1; the commune is not known: choose it with units search.")
                           .arg(units.fullName(m.newProvinceCode)));
        else
            m_out.line(tr("  split among %n commune(s); choose one:", nullptr, int(now.size())));
        if (now.size() > 1) {
            for (const AdminUnit& u : now)
                m_out.line(QStringLiteral("    %1  %2").arg(u.code, units.fullName(u.code)));
        }
        matches.append(QJsonObject{{QStringLiteral("old_code"), m.oldCode},
                                   {QStringLiteral("old_name"), m.oldName},
                                   {QStringLiteral("split"), m.isSplit()},
                                   {QStringLiteral("new_province_code"), m.newProvinceCode},
                                   {QStringLiteral("new_province_name"), units.fullName(m.newProvinceCode)},
                                   {QStringLiteral("new_communes"), toJson(now)}});
    }
    if (!result.isUnique() && result.matches.size() > 1)
        m_out.line(tr("%n old place(s) match: add the district and province to narrow it down.", nullptr,
                      int(result.matches.size())));
    QList<AdminUnit> candidates;
    for (const QString& c : result.candidateCommuneCodes()) {
        if (const std::optional<AdminUnit> u = units.commune(c))
            candidates.append(*u);
    }
    return m_out.succeed({{QStringLiteral("command"), QStringLiteral("units map")},
                          {QStringLiteral("query"), text},
                          {QStringLiteral("ambiguous"), !result.isUnique()},
                          {QStringLiteral("matches"), matches},
                          {QStringLiteral("candidates"), toJson(candidates)}});
}

} // namespace ChoPhien::Cli
