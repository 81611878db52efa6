#!/usr/bin/env bash
# The contract tools' npm packages (tests/contract/node_modules), pinned by package-lock.json.
#   npm-deps.sh --install   run `npm ci` when node_modules is missing or was installed from another
#                           lock file (installer/install-deps.sh calls this); otherwise do nothing
#   npm-deps.sh --check     exit 0 when node_modules matches the lock file, else say what to run
# The match is a stamp in node_modules holding the SHA-256 of the lock file it was installed from.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
have=$(cat "$stamp" 2>/dev/null || true)

case "${1:-}" in
  --check)
    if [ "$have" = "$want" ]; then exit 0; fi
    echo "tests/contract/node_modules is missing or stale: run installer/install-deps.sh" \
         "(or tests/contract/npm-deps.sh --install)" >&2
    exit 1 ;;
  --install)
    if [ "$have" = "$want" ]; then
      echo "npm-deps: tests/contract/node_modules is up to date"
      exit 0
    fi
    npm ci --no-audit --no-fund
    echo "$want" > "$stamp" ;;
  *)
    echo "usage: $0 --check|--install" >&2
    exit 2 ;;
esac
