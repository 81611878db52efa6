# Sourced by tests/bench/run.sh (uses $bin, $work, $runs, add_row, median): the sandbox server's rows.
#
# Throughput: 10,000 product PUTs (each a create with its own Idempotency-Key) from 4 concurrent
# keep-alive connections. Ours: tests/bench/tools/sandbox_load.cpp. Reference: curl --parallel
# --parallel-max 4 sending the same requests (other product ids) to the same server. Each run starts
# a fresh server and alternates which client goes first, so neither always meets the fuller database.
# Memory: a fresh server is given ${sandbox_products} products, then every page of the product list
# is read; the row is the server's peak resident size (VmHWM).
sandbox_products=${sandbox_products:-100000}
sandbox_body="$root/tests/bench/sandbox-product.json"

# Starts chophien-sandbox on $1 (data folder); sets sandbox_pid, sandbox_port and sandbox_token.
sandbox_start() {
  rm -rf "$1"
  "$bin/chophien-sandbox" --data "$1" --user bench:bench-password-1 >"$1.out" 2>"$1.err" &
  sandbox_pid=$!
  sandbox_port=
  for _ in $(seq 100); do
    sandbox_port=$(sed -n '1s/^listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1.out" 2>/dev/null)
    [ -n "$sandbox_port" ] && break
    sleep 0.1
  done
  [ -n "$sandbox_port" ] || { echo "bench: the sandbox did not start: $(cat "$1.err")" >&2; return 1; }
  sandbox_token=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"bench-password-1"}' "http://127.0.0.1:$sandbox_port/v1/auth/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
}
sandbox_stop() { kill "$sandbox_pid"; wait "$sandbox_pid" || true; }

# Writes a curl config for requests $1 .. $1+$2-1, the same PUTs sandbox-load sends.
curl_config() {
  python3 - "$1" "$2" "$sandbox_port" "$sandbox_token" "$sandbox_body" <<'PY'
import sys
first, count, port, token, body_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
body = open(body_file, encoding="utf-8").read().strip()
out = []
for i in range(first, first + count):
    data = body.replace("{sku}", "LOAD-%d" % i).replace("\\", "\\\\").replace('"', '\\"')
    out.append('url = "http://127.0.0.1:%s/v1/products/00000000-0000-4000-8000-%012d"\n'
               'request = "PUT"\nheader = "Authorization: Bearer %s"\nheader = "Idempotency-Key: load-%d"\n'
               'header = "Content-Type: application/json"\ndata-binary = "%s"\noutput = "/dev/null"\n'
               'write-out = "%%{http_code}\\n"\n' % (port, i, token, i, data))
sys.stdout.write("next\n".join(out))
PY
}

ours_rates=(); curl_rates=()
count=${sandbox_puts:-10000}
for r in $(seq "$runs"); do
  sandbox_start "$work/sandbox"
  curl_config "$count" "$count" >"$work/curl.cfg"
  run_ours() {
    "$bin/sandbox-load" --port "$sandbox_port" --token "$sandbox_token" --body "$sandbox_body" \
      --requests "$count" --clients 4 --first 0 >"$work/load.txt" || true
    ours_rates+=("$(sed -n 's/.*per_second=\([0-9]*\).*/\1/p' "$work/load.txt")")
    grep -q " failed=0 " "$work/load.txt" || echo "bench: sandbox-load had failures: $(cat "$work/load.txt")" >&2
  }
  run_curl() {
    local t0 t1 ok
    t0=$(now_ms)
    curl -s --parallel --parallel-max 4 -K "$work/curl.cfg" >"$work/curl-codes.txt" || true
    t1=$(now_ms)
    ok=$(grep -c '^2' "$work/curl-codes.txt" || true)
    [ "$ok" = "$count" ] || echo "bench: curl got $ok of $count 2xx answers" >&2
    curl_rates+=("$(awk -v n="$ok" -v ms=$((t1 - t0)) 'BEGIN { printf "%.0f", n * 1000 / (ms > 0 ? ms : 1) }')")
  }
  if [ $((r % 2)) -eq 1 ]; then run_ours; run_curl; else run_curl; run_ours; fi
  sandbox_stop
done
ours_rate=$(printf '%s\n' "${ours_rates[@]}" | median)
curl_rate=$(printf '%s\n' "${curl_rates[@]}" | median)
add_row "sandbox: ${count} product PUTs, 4 clients" "${ours_rate}/s" "${curl_rate}/s" \
  "$(awk -v a="$ours_rate" -v b="$curl_rate" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')x"

echo "bench: loading ${sandbox_products} products into a sandbox…" >&2
sandbox_start "$work/sandbox"
"$bin/sandbox-load" --port "$sandbox_port" --token "$sandbox_token" --body "$sandbox_body" \
  --requests "$sandbox_products" --clients 4 >"$work/load.txt" || echo "bench: $(cat "$work/load.txt")" >&2
load_rate=$(sed -n 's/.*per_second=\([0-9]*\).*/\1/p' "$work/load.txt")
python3 - "$sandbox_port" "$sandbox_token" <<'PY' >"$work/pages.txt"
import json, sys, urllib.request
port, token = sys.argv[1], sys.argv[2]
cursor, pages, seen = "", 0, 0
while True:
    url = "http://127.0.0.1:%s/v1/products?limit=200%s" % (port, "&cursor=" + cursor if cursor else "")
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    page = json.load(urllib.request.urlopen(req))
    pages += 1; seen += len(page["items"])
    if not page.get("has_more"): break
    cursor = page["next_cursor"]
print(pages, seen)
PY
sandbox_rss=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$sandbox_pid/status")
sandbox_stop
add_row "sandbox: peak RSS holding ${sandbox_products} products" "${sandbox_rss} MB" "-" "-"
add_row "sandbox: loading ${sandbox_products} products, 4 clients" "${load_rate}/s" "-" "-"
echo "bench: read $(cat "$work/pages.txt") (pages, products) from the loaded sandbox" >&2
