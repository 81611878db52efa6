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

ours=(); ref=(); demo=(); rss=()
for _ in $(seq "$runs"); do
  line=$("$bin/chophien" --workspace "$work/big" --settings "$work/s.ini" --measure-startup 2>/dev/null)
  ours+=("$(sed -n 's/^startup_ms=\([0-9]*\).*/\1/p' <<<"$line")")
  rss+=("$(sed -n 's/.*rss_kb=\([0-9-]*\).*/\1/p' <<<"$line")")
  t0=$(now_ms); sqlite3 "$db" "$first_page" >/dev/null; t1=$(now_ms); ref+=($((t1 - t0)))
  rm -rf "$work/small"; "$bin/chophien-cli" -w "$work/small" demo --json >/dev/null
  demo+=("$("$bin/chophien" --workspace "$work/small" --settings "$work/s.ini" --measure-startup 2>/dev/null | sed -n 's/^startup_ms=\([0-9]*\).*/\1/p')")
done
ours_ms=$(printf '%s\n' "${ours[@]}" | median)
ref_ms=$(printf '%s\n' "${ref[@]}" | median)
demo_ms=$(printf '%s\n' "${demo[@]}" | median)
rss_mb=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
ratio=$(awk -v a="$ours_ms" -v b="$ref_ms" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')

add_row "cold start to painted window, ${products} products" "${ours_ms} ms" "${ref_ms} ms" "${ratio}x"
add_row "cold start to painted window, demo (40 products)" "${demo_ms} ms" "-" "-"
add_row "peak memory, ${products}-product workspace open" "${rss_mb} MB" "-" "-"

# --- Row: search as you type ---------------------------------------------------------------------
# Every prefix of a few typical queries, as typed one key at a time. Ours: the product search
# (chophien-cli search --each-prefix times each keystroke in-process). Reference: sqlite3 running the
# raw FTS5 match for the same prefix (joined to products, first 20 rows), timed with .timer.
queries=("mat ong rung" "gao st25" "che thai nguyen" "ca phe" "nuoc mam phu quoc" "banh pia" "ho dao")
keystrokes="$work/keystrokes.txt"; : >"$keystrokes"
reference_sql="$work/reference.sql"; echo ".timer on" >"$reference_sql"
for q in "${queries[@]}"; do
  "$bin/chophien-cli" -w "$work/big" search "$q" --each-prefix --json |
    python3 -c 'import json,sys; print("\n".join(str(x) for x in json.load(sys.stdin)["keystroke_ms"]))' >>"$keystrokes"
  for ((n = 1; n <= ${#q}; n++)); do
    prefix=${q:0:n}
    expr=$(tr -s ' ' '\n' <<<"$prefix" | sed '/^$/d; s/.*/"&"*/' | paste -sd' ')
    echo "SELECT p.id, p.name FROM product_search s JOIN products p ON p.rowid = s.rowid WHERE product_search MATCH '$expr' LIMIT 20;" >>"$reference_sql"
  done
done
sqlite3 "$db" <"$reference_sql" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | awk '{ print $1 * 1000 }' >"$work/reference.txt"
p95() { sort -n | awk '{a[NR]=$1} END { i = int(NR * 0.95 + 0.5); if (i < 1) i = 1; printf "%.1f", a[i] }'; }
search_p95=$(p95 <"$keystrokes")
reference_p95=$(p95 <"$work/reference.txt")
search_ratio=$(awk -v a="$search_p95" -v b="$reference_p95" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.1) }')
add_row "search as you type, p95 per keystroke ($(wc -l <"$keystrokes") keys)" "${search_p95} ms" "${reference_p95} ms" "${search_ratio}x"

# --- Row: creating 10,000 products through the domain layer ----------------------------------------
# Ours: chophien-cli demo --products 10000 (workspace, products with folded/sort keys, search index,
# a stock movement each, in batches). Reference: sqlite3 copying the very same rows (products,
# movements, search index) into an empty workspace in one transaction.
"$bin/chophien-cli" -w "$work/tenk" demo --products 10000 --json >"$work/tenk.json"
create_ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["elapsed_ms"])' "$work/tenk.json")
"$bin/chophien-cli" -w "$work/copy" init --json >/dev/null
copy_sql="ATTACH '$work/tenk/workspace.db' AS src; BEGIN;
  INSERT INTO clerks SELECT * FROM src.clerks WHERE id NOT IN (SELECT id FROM clerks);
  INSERT INTO products SELECT * FROM src.products;
  INSERT INTO stock_movements SELECT * FROM src.stock_movements;
  INSERT INTO product_search (rowid, name, sku, barcode, producer, tags, description)
    SELECT rowid, name, sku, barcode, producer, tags, description FROM src.product_search;
  COMMIT;"
t0=$(now_ms); sqlite3 "$work/copy/workspace.db" "PRAGMA foreign_keys=OFF; $copy_sql" >/dev/null; t1=$(now_ms)
copy_ms=$((t1 - t0))
create_ratio=$(awk -v a="$create_ms" -v b="$copy_ms" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 1) }')
add_row "create 10,000 products (domain layer)" "${create_ms} ms" "${copy_ms} ms" "${create_ratio}x"

echo
echo "Chợ Phiên benchmarks ($(nproc) cores, median of ${runs} runs; reference: sqlite3 CLI, same query)"
printf '%-52s %10s %10s %8s\n' "figure" "chophien" "reference" "ratio"
printf '%s\n' "${rows[@]}"
echo
echo "Targets: demo start < 1500 ms, ${products}-product start < 2000 ms (issue 2); with ${products}"
echo "products: search p95 < 30 ms per keystroke, memory < 200 MB; 10,000 products created < 5 s (issue 3)."
echo "Reference for search: sqlite3's own time (.timer) for the raw FTS5 query of the same prefix."
