#!/usr/bin/env bash
# Benchmark runner: builds Chợ Phiên in Release and prints a table of figures, each measured as a
# ratio against a reference tool run in the same script (absolute times on shared machines are
# noisy; ratios much less so). Benchmarks are not tests: they print, they do not assert.
#
#   bash tests/bench/run.sh [--products N] [--runs R]
#
# Later capabilities add rows with add_row.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
products=100000
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --products) products=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--products N] [--runs R]" >&2; exit 2 ;;
  esac
done

build="$root/build-bench"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCHOPHIEN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" >/dev/null
bin="$build/bin"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
       XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

now_ms() { date +%s%3N; }
# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

rows=()
add_row() { rows+=("$(printf '%-52s %10s %10s %8s' "$1" "$2" "$3" "$4")"); }

# --- Row: open a large workspace and show the first page -------------------------------------------
echo "bench: making a ${products}-product workspace…" >&2
"$bin/chophien-cli" -w "$work/big" demo --products "$products" --json >"$work/demo.json"
db="$work/big/workspace.db"
# The query the product list runs for its first page (src/storage/ProductRepository.cpp).
first_page="SELECT p.id, p.name, p.sku, p.unit, p.price_dong, p.ocop_stars, p.name_sort,
  (SELECT COALESCE(SUM(m.delta_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)
  FROM products p WHERE p.deleted_at IS NULL ORDER BY p.name_sort, p.id LIMIT 200;"

ours=(); ref=(); demo=()
for _ in $(seq "$runs"); do
  ours+=("$("$bin/chophien" --workspace "$work/big" --settings "$work/s.ini" --measure-startup 2>/dev/null | sed -n 's/^startup_ms=//p')")
  t0=$(now_ms); sqlite3 "$db" "$first_page" >/dev/null; t1=$(now_ms); ref+=($((t1 - t0)))
  rm -rf "$work/small"; "$bin/chophien-cli" -w "$work/small" demo --json >/dev/null
  demo+=("$("$bin/chophien" --workspace "$work/small" --settings "$work/s.ini" --measure-startup 2>/dev/null | sed -n 's/^startup_ms=//p')")
done
ours_ms=$(printf '%s\n' "${ours[@]}" | median)
ref_ms=$(printf '%s\n' "${ref[@]}" | median)
demo_ms=$(printf '%s\n' "${demo[@]}" | median)
ratio=$(awk -v a="$ours_ms" -v b="$ref_ms" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')

add_row "cold start to painted window, ${products} products" "${ours_ms} ms" "${ref_ms} ms" "${ratio}x"
add_row "cold start to painted window, demo (40 products)" "${demo_ms} ms" "-" "-"

echo
echo "Chợ Phiên benchmarks ($(nproc) cores, median of ${runs} runs; reference: sqlite3 CLI, same query)"
printf '%-52s %10s %10s %8s\n' "figure" "chophien" "reference" "ratio"
printf '%s\n' "${rows[@]}"
echo
echo "Targets (issue 2): demo start < 1500 ms; ${products}-product start < 2000 ms."
