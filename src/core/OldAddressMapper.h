#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChoPhien {

// One unit of the administration before 1 July 2025 (63 provinces, districts, communes) that an
// address names, and where it went.
struct OldUnitMatch {
    QString oldCode; // the old commune's code; empty when the address named a district or province
    QString oldName; // "Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội"
    QStringList newCommuneCodes; // one: merged whole; several: split, the user must choose; none: see below
    QString newProvinceCode;     // always set: old provinces went whole into one new province

    bool isSplit() const { return newCommuneCodes.size() > 1; }
};

struct OldAddressResult {
    QList<OldUnitMatch> matches; // several when the text fits more than one old unit
    QString reason;              // why nothing was found (matches empty), in the UI language

    // Exactly one new commune: the address can be moved without asking.
    bool isUnique() const { return matches.size() == 1 && matches.first().newCommuneCodes.size() == 1; }
    // The new communes the user chooses among, each once, in order.
    QStringList candidateCommuneCodes() const;
};

// Reads addresses written with the 63 old provinces, their districts and communes ("xã Hương Sơn,
// huyện Mỹ Đức, Hà Nội", "Phường Trúc Bạch, Ba Đình, Hà Nội", "Tỉnh Hà Giang", or an old commune
// code) and tells which 2025 commune(s) and province they are now, from resources/admin-units.
// Loaded once on first use; thread-safe afterwards.
class OldAddressMapper final {
    Q_DECLARE_TR_FUNCTIONS(OldAddressMapper)

public:
    static const OldAddressMapper& instance();
    static OldAddressMapper fromTsv(const QByteArray& tsv); // the units-2024.tsv format; for tests

    OldAddressResult map(const QString& textOrCode) const;
    qsizetype communeCount() const { return m_communes.size(); }

private:
    struct Province {
        QString code, name, nameKey, fullKey, newCode;
    };
    struct District {
        QString code, name, nameKey, fullKey, newCommune; // newCommune: a district without communes
        int province = -1;
    };
    struct Commune {
        QString code, name, nameKey, fullKey, typeKey;
        QStringList newCodes;
        int district = -1;
    };
    OldUnitMatch communeMatch(const Commune& c) const;
    OldUnitMatch districtMatch(const District& d) const;
    QList<int> provincesNamed(const QString& part) const;
    QList<int> districtsNamed(const QString& part, const QList<int>& provinces) const;
    QList<int> communesNamed(const QString& part, const QList<int>& provinces,
                             const QList<int>& districts) const;

    QList<Province> m_provinces;
    QList<District> m_districts;
    QList<Commune> m_communes;
};

} // namespace ChoPhien
