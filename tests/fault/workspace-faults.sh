#!/usr/bin/env bash
# Fault tests through the real CLI: a full disk, a read-only disk, kill -9 in the middle of writing,
# and a second process on a workspace in use. Each must end with a clear one-line message and exit
# code 1, never a crash, and never lose or damage what was already saved.
# Needs root and tmpfs mounts for the disk cases (CI runs as root); elsewhere those are skipped.
set -u
bin="$1"
cli="$bin/chophien-cli"
work=$(mktemp -d)
mnt="$work/mnt"
mkdir -p "$mnt"
failures=0
cleanup() { mountpoint -q "$mnt" && umount -l "$mnt"; rm -rf "$work"; }
trap cleanup EXIT
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
one_line_error() { [ "$(wc -l <"$1")" -eq 1 ] && grep -q '^chophien-cli: ' "$1"; }
products_in() { "$cli" -w "$1" check --json 2>/dev/null | sed -n 's/.*"products":\([0-9]*\).*/\1/p'; }

can_mount=false
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=1m tmpfs "$mnt" 2>/dev/null; then
  umount "$mnt"; can_mount=true
fi

if $can_mount; then
  # 1. Disk full while making a workspace: exit 1, one line, no half-made workspace left.
  mount -t tmpfs -o size=600k tmpfs "$mnt"
  "$cli" -w "$mnt/ws" demo --products 20000 >"$work/out" 2>"$work/err"; rc=$?
  if [ $rc -eq 1 ] && one_line_error "$work/err" && grep -q 'đầy' "$work/err" && [ ! -e "$mnt/ws/workspace.db" ]; then
    pass "disk full during demo: exit 1, Vietnamese one-line message, nothing half-made left"
  else
    fail "disk full during demo: rc=$rc err=$(cat "$work/err") files=$(ls "$mnt/ws" 2>&1)"
  fi
  umount "$mnt"

  # 1b. A disk too small even for the WAL index (-shm): still reported as a full disk.
  mount -t tmpfs -o size=16k tmpfs "$mnt"
  "$cli" -w "$mnt/ws" demo --products 100 --json >"$work/out" 2>"$work/err"; rc=$?
  if [ $rc -eq 1 ] && one_line_error "$work/err" && grep -q '"code":"disk_full"' "$work/out" &&
     [ ! -e "$mnt/ws/workspace.db" ]; then
    pass "disk full before the first write: exit 1 (disk_full), nothing left"
  else
    fail "tiny disk: rc=$rc out=$(cat "$work/out") err=$(cat "$work/err") files=$(ls "$mnt/ws" 2>&1)"
  fi
  umount "$mnt"

  # 2. Disk full on an existing workspace: the write fails cleanly; saved data intact afterwards.
  mount -t tmpfs -o size=32m tmpfs "$mnt"
  "$cli" -w "$mnt/ws" demo --products 2000 >/dev/null 2>&1
  before=$(products_in "$mnt/ws")
  dd if=/dev/zero of="$mnt/filler" bs=64k 2>/dev/null
  "$cli" -w "$mnt/ws" backup --json >"$work/out" 2>"$work/err"; rc=$?
  rm -f "$mnt/filler"
  after=$(products_in "$mnt/ws")
  if [ $rc -eq 1 ] && one_line_error "$work/err" && [ "$before" = "2000" ] && [ "$after" = "2000" ] &&
     grep -q '"code":"disk_full"' "$work/out"; then
    pass "disk full on backup: exit 1 (disk_full), workspace still healthy with $after products"
  else
    fail "disk full on backup: rc=$rc before=$before after=$after out=$(cat "$work/out") err=$(cat "$work/err")"
  fi

  # 3. Read-only disk: refused cleanly, files unchanged.
  sum_before=$(sha256sum "$mnt/ws/workspace.db" | cut -d' ' -f1)
  mount -o remount,ro "$mnt"
  "$cli" -w "$mnt/ws" check --json >"$work/out" 2>"$work/err"; rc=$?
  sum_after=$(sha256sum "$mnt/ws/workspace.db" | cut -d' ' -f1)
  if [ $rc -eq 1 ] && one_line_error "$work/err" && [ "$sum_before" = "$sum_after" ]; then
    pass "read-only disk: exit 1 ($(sed -n 's/.*"code":"\([a-z_]*\)".*/\1/p' "$work/out")), database unchanged"
  else
    fail "read-only disk: rc=$rc err=$(cat "$work/err")"
  fi
  umount "$mnt"
else
  echo "SKIP: disk-full and read-only cases need root and tmpfs mounts"
fi

# 4. kill -9 in the middle of writing: the workspace is either healthy (every committed batch
#    there, nothing else) or not made at all; never damaged.
"$cli" -w "$work/killed" demo --products 400000 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
  [ -s "$work/killed/workspace.db" ] && [ "$(stat -c %s "$work/killed/workspace.db")" -gt 3000000 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
"$cli" -w "$work/killed" check --json >"$work/out" 2>"$work/err"; rc=$?
count=$(sed -n 's/.*"products":\([0-9]*\).*/\1/p' "$work/out")
if [ $rc -eq 0 ] && grep -q '"healthy":true' "$work/out" && [ $((count % 5000)) -eq 0 ]; then
  pass "kill -9 mid-write: healthy, $count products (whole batches only)"
elif [ $rc -eq 1 ] && grep -q 'not_a_workspace' "$work/out" 2>/dev/null; then
  pass "kill -9 mid-write: killed before the workspace existed"
else
  fail "kill -9 mid-write: rc=$rc out=$(cat "$work/out") err=$(cat "$work/err")"
fi

# 4b. kill -9 at each step of making a workspace (as soon as each file appears): never a folder that
#     looks like a workspace but is not a whole one.
for trigger in workspace.lock workspace.db.new workspace.db.new-wal workspace.db; do
  rm -rf "$work/early"
  "$cli" -w "$work/early" demo --products 200000 >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 2000); do [ -e "$work/early/$trigger" ] && break; sleep 0.001; done
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  "$cli" -w "$work/early" check --json >"$work/out" 2>"$work/err"; rc=$?
  if { [ $rc -eq 0 ] && grep -q '"healthy":true' "$work/out"; } ||
     { [ $rc -eq 1 ] && grep -q '"code":"not_a_workspace"' "$work/out"; }; then
    # Whatever was left, the folder takes a new demo.
    if [ $rc -eq 0 ] || "$cli" -w "$work/early" demo --products 10 >/dev/null 2>&1; then
      pass "kill -9 once $trigger appeared: $(grep -o '"healthy":true\|"code":"[a-z_]*"' "$work/out")"
    else
      fail "kill -9 once $trigger appeared: a new demo cannot be made there"
    fi
  else
    fail "kill -9 once $trigger appeared: rc=$rc out=$(cat "$work/out") files=$(ls "$work/early" 2>&1 | tr '\n' ' ')"
  fi
done

# 5. A second process on a workspace in use is refused with the lock message.
"$cli" -w "$work/busy" demo --products 300000 >/dev/null 2>&1 &
pid=$!
# (the lock comes a moment before workspace.db; both must be there, or check finds no workspace yet)
for _ in $(seq 100); do [ -e "$work/busy/workspace.lock" ] && [ -e "$work/busy/workspace.db" ] && break; sleep 0.05; done
"$cli" -w "$work/busy" check --json >"$work/out" 2>"$work/err"; rc=$?
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
if [ $rc -eq 1 ] && grep -q '"code":"locked"' "$work/out" && one_line_error "$work/err"; then
  pass "second process refused: $(cat "$work/err")"
else
  fail "second process: rc=$rc out=$(cat "$work/out")"
fi

echo "$failures failure(s)"
[ $failures -eq 0 ]
