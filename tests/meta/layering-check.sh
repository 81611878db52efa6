#!/usr/bin/env bash
# Fails when a source file reaches across the layers of ARCHITECTURE.md §1.
set -u
src="$1/src"
status=0
complain() { echo "layering: $*"; status=1; }

# Which project layers each layer may include.
declare -A allowed=(
  [core]="core"
  [storage]="core storage"
  [sync]="core storage sync"
  [exchange]="core storage exchange"
  [platform]="core platform"
  [ui]="core storage sync exchange ui"
)
for layer in "${!allowed[@]}"; do
  [ -d "$src/$layer" ] || continue
  while IFS=: read -r file _ include; do
    target=$(sed -E 's/.*<([a-z]+)\/.*/\1/' <<<"$include")
    [[ " ${allowed[$layer]} " == *" $target "* ]] || complain "$file includes <$target/…> but $layer may only use: ${allowed[$layer]}"
  done < <(grep -rnE '#include <(core|storage|sync|exchange|platform|ui)/' "$src/$layer")
done

# core is QtCore only.
grep -rlnE '#include <Q(Sql|Network|Widget|Gui|HttpServer|Test)' "$src/core" && complain "core includes a Qt module other than QtCore"
grep -rlnE '#include <(QtSql|QtNetwork|QtWidgets|QtGui)/' "$src/core" && complain "core includes a Qt module other than QtCore"
# SQL only in storage and platform.
for f in $(grep -rlE 'QSqlQuery|QSqlDatabase' "$src" | grep -vE "^$src/(storage|platform)/"); do complain "$f uses SQL outside storage/platform"; done
# Widgets only in ui.
for f in $(grep -rlE '#include <(QtWidgets/)?Q(Widget|MainWindow|Dialog|Application|PushButton|LineEdit|TableView|MessageBox|Label)>' "$src" | grep -v "^$src/ui/"); do complain "$f uses Widgets outside ui"; done

[ $status -eq 0 ] && echo "layering: ok"
exit $status
