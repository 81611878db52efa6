#!/usr/bin/env bash
# Runs lupdate on a copy of the Vietnamese catalogue: any source string that is new (not yet in the
# .ts) or unfinished makes the test fail with the list of strings to translate.
set -u
root="$1"; lupdate="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$root/translations/chophien_vi.ts" "$work/vi.ts"
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h "$root/src" "$root/app" -ts "$work/vi.ts" || exit 1
if grep -q 'type="unfinished"' "$work/vi.ts"; then
  echo "Vietnamese translations missing or unfinished (run the update_translations target, then translate):"
  grep -B3 'type="unfinished"' "$work/vi.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
if ! diff -q <(grep -c '<message' "$root/translations/chophien_vi.ts") <(grep -c '<message' "$work/vi.ts") >/dev/null; then
  echo "chophien_vi.ts is out of date with the sources (obsolete entries): run the update_translations target"
  exit 1
fi
echo "translations: Vietnamese complete ($(grep -c '<message' "$work/vi.ts") messages)"
