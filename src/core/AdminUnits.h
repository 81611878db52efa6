#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ChoPhien {

// A province or commune of Vietnam's two-level administration in force from 1 July 2025.
struct AdminUnit {
    QString code;         // NSO code: 2 digits for a province ("01"), 5 for a commune ("00004")
    QString name;         // "Phường Ba Đình", "Thành phố Hà Nội"
    QString provinceCode; // a commune's province; empty for a province
};

// The 34 provinces and 3,321 communes/wards/special zones from resources/admin-units (compiled in).
// Loaded once, on first use, from any thread; afterwards every call is read-only and thread-safe.
class AdminUnits final {
public:
    static const AdminUnits& instance();
    // Parses the resource format (units-2025.tsv); exposed for tests.
    static AdminUnits fromTsv(const QByteArray& tsv);

    const QList<AdminUnit>& provinces() const { return m_provinces; }
    QList<AdminUnit> communesOf(const QString& provinceCode) const;
    // By code; "4" and "00004" name the same commune, "1" and "01" the same province.
    std::optional<AdminUnit> commune(const QString& code) const;
    std::optional<AdminUnit> province(const QString& code) const;
    // "Phường Ba Đình, Thành phố Hà Nội" for a commune code, the province's name for a province code,
    // empty for an unknown code.
    QString fullName(const QString& code) const;
    qsizetype communeCount() const { return m_communes.size(); }

    // Communes matching typed text, best first: diacritics, case and the type word are optional
    // ("ba dinh" finds "Phường Ba Đình"); the exact name ranks before a name starting with the text,
    // before a name containing it. Text after a comma narrows by province ("Tân Lập, Lâm Đồng");
    // without a comma, words may also name the province ("tan lap lam dong"). A code finds its unit.
    // `exactCount` receives how many of the results carry the typed name exactly (they come first).
    QList<AdminUnit> search(const QString& text, int limit = 20, qsizetype* exactCount = nullptr) const;

private:
    struct Entry {
        AdminUnit unit;
        QString fullKey; // "phuong ba dinh"
        QString nameKey; // "ba dinh"
        QString typeKey; // "phuong"
        QString sortKey; // Vietnamese order of the full name
        int provinceIndex = -1;
    };
    struct ProvinceEntry {
        QString nameKey; // "ha noi"
        QString fullKey; // "thanh pho ha noi"
    };
    struct Query {
        QString head;      // the typed commune part, folded: "xa tan lap"
        QString type;      // its type word: "xa"
        QString bare;      // without it: "tan lap"
        QString firstWord; // "tan"
        bool loose = true; // no province part: words may name the province too
    };
    int rank(const Entry& e, const Query& q) const;

    QList<AdminUnit> m_provinces;
    QList<ProvinceEntry> m_provinceKeys;
    QList<Entry> m_communes;
};

// Pads a unit code to its official width: "4" → "00004" (communes), "1" → "01" (provinces).
// Returns "" for text that is not a code.
QString paddedUnitCode(const QString& code, int width);

} // namespace ChoPhien
