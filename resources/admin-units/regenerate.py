#!/usr/bin/env python3
"""Regenerates the compact administrative-unit tables compiled into Chợ Phiên.

Usage: python3 regenerate.py [SOURCE_DIR]   (default /work/shared/data/vn-admin-units)

Reads the three files of the VietnamProvinces snapshot (see README.md) and writes, next to this
script, two UTF-8 tab-separated files the app parses in a few milliseconds:

  units-2025.tsv   the 34 provinces and 3,321 communes in force from 1 July 2025
                   P <code2> <name>                    a province / centrally-run city
                   C <code5> <provinceCode2> <name>    a commune, ward or special zone
  units-2024.tsv   the 63 provinces, their districts and 10,056 communes before 1 July 2025,
                   each with the new unit(s) it went into
                   p <code2> <name> <newProvinceCodes,>
                   d <code3> <provinceCode2> <name> [<newCommuneCode5>]   (code only for a district
                                                      that had no communes, e.g. Huyện Côn Đảo)
                   c <code5> <districtCode3> <name> <newCommuneCodes,>    (several codes: the old
                                                      commune was split and the user must choose)

Only Python's standard library is used; the build never runs this script.
"""
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

SOURCE = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/vn-admin-units")
OUT = Path(__file__).resolve().parent


def clean(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def key(text):
    """Diacritic-insensitive key, as core/VietnameseText::searchKey builds it."""
    text = unicodedata.normalize("NFD", clean(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("đ", "d").replace("Đ", "d").casefold()


def code_in(text):
    """'Tỉnh Cao Bằng (04)' -> '04'."""
    m = re.search(r"\((\d+)\)\s*$", text.strip())
    return m.group(1) if m else ""


def main():
    provinces = json.loads((SOURCE / "divisions-2025-07.json").read_text(encoding="utf-8"))
    new_units = ["# Vietnam administrative units from 1 July 2025 (Decision 19/2025/QĐ-TTg). See README.md."]
    new_commune_province = {}
    for p in provinces:
        pcode = f"{p['code']:02d}"
        new_units.append(f"P\t{pcode}\t{clean(p['name'])}")
        for w in p["wards"]:
            ccode = f"{w['code']:05d}"
            new_commune_province[ccode] = pcode
            new_units.append(f"C\t{ccode}\t{pcode}\t{clean(w['name'])}")

    # The pre-2025 list is the authority for old codes, names and districts.
    old_provinces, old_districts, old_communes = {}, {}, {}
    with open(SOURCE / "communes-before-2025-07.csv", encoding="utf-8") as f:
        for row in list(csv.reader(f))[1:]:
            pname, pcode, dname, dcode, cname, ccode, level = (clean(x) for x in row[:7])
            old_provinces[pcode] = pname
            old_districts[dcode] = (pcode, dname)
            if ccode:
                old_communes[ccode] = [dcode, cname]
    by_name = defaultdict(list)  # (district, name key) -> old codes
    for ccode, (dcode, cname) in old_communes.items():
        by_name[(dcode, key(cname))].append(ccode)

    # The conversion table has a few wrong old codes (a code given to the wrong commune); a row is
    # matched by its old code only when the names agree, else by its name within its old district.
    targets = defaultdict(list)
    district_targets = {}
    unmatched = []
    with open(SOURCE / "old-to-new-communes-2025-07.csv", encoding="utf-8") as f:
        for row in list(csv.reader(f))[2:]:
            new_code = clean(row[2])
            if not new_code:
                continue  # a province heading
            new_code = f"{int(new_code):05d}"
            old_name, old_code = clean(row[3]), clean(row[4])
            dcode = code_in(row[6])
            match = None
            if old_code and old_code in old_communes and key(old_communes[old_code][1]) == key(old_name):
                match = old_code
            elif len(by_name.get((dcode, key(old_name)), [])) == 1:
                match = by_name[(dcode, key(old_name))][0]
            elif not old_code and not old_name and dcode in old_districts:
                district_targets[dcode] = new_code  # a whole district became a special zone
                continue
            elif old_code in old_communes:
                match = old_code  # names differ (renamed before 2025): trust the code
            elif old_code and dcode in old_districts:
                old_communes[old_code] = [dcode, old_name]  # formed after the 2025-01 list was taken
                match = old_code
            if match is None:
                unmatched.append(row)
                continue
            if new_code not in targets[match]:
                targets[match].append(new_code)

    province_targets = defaultdict(set)
    for ccode, news in targets.items():
        pcode = old_districts[old_communes[ccode][0]][0]
        for n in news:
            province_targets[pcode].add(new_commune_province[n])
    for dcode, n in district_targets.items():
        province_targets[old_districts[dcode][0]].add(new_commune_province[n])

    old_units = ["# Vietnam administrative units before 1 July 2025 and where each went. See README.md."]
    for pcode in sorted(old_provinces):
        old_units.append(f"p\t{pcode}\t{old_provinces[pcode]}\t{','.join(sorted(province_targets[pcode]))}")
    for dcode in sorted(old_districts):
        pcode, dname = old_districts[dcode]
        extra = f"\t{district_targets[dcode]}" if dcode in district_targets else ""
        old_units.append(f"d\t{dcode}\t{pcode}\t{dname}{extra}")
    missing = []
    for ccode in sorted(old_communes):
        dcode, cname = old_communes[ccode]
        if not targets.get(ccode):
            missing.append((ccode, cname))
        old_units.append(f"c\t{ccode}\t{dcode}\t{cname}\t{','.join(targets.get(ccode, []))}")

    (OUT / "units-2025.tsv").write_text("\n".join(new_units) + "\n", encoding="utf-8")
    (OUT / "units-2024.tsv").write_text("\n".join(old_units) + "\n", encoding="utf-8")
    split = sum(1 for t in targets.values() if len(t) > 1)
    print(f"2025: {len(provinces)} provinces, {len(new_commune_province)} communes")
    print(f"before: {len(old_provinces)} provinces, {len(old_districts)} districts, {len(old_communes)} communes,"
          f" {split} split, {len(missing)} without a target")
    for row in unmatched:
        print("unmatched conversion row:", row[:8], file=sys.stderr)
    for ccode, cname in missing:
        print("old commune without a target:", ccode, cname, file=sys.stderr)


if __name__ == "__main__":
    main()
