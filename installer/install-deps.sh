#!/usr/bin/env bash
# Installs every Debian 12 package Chợ Phiên needs to build, run and test.
# Idempotent: packages already present are skipped by apt; safe to run again.
set -euo pipefail

build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-svg-dev qt6-image-formats-plugins qt6-translations-l10n libgl1-mesa-dev
  libquazip1-qt6-dev libfreexl-dev libxlsxwriter-dev libzint-dev libhunspell-dev hunspell-vi
  libsqlite3-dev sqlite3 fonts-dejavu-core
)
test_packages=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools libvips-tools poppler-utils curl
  clang-format
)

missing=()
for p in "${build_packages[@]}" "${test_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js runs the API contract's lint and response validator (tests/contract, ADR 0013). Any node
# 18.17 or newer will do, so one that is already on the PATH (from any source) is kept; otherwise
# Debian's (18 on Debian 12).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#build_packages[@]}+${#test_packages[@]} packages already installed"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The contract tools' npm packages, pinned by tests/contract/package-lock.json: `npm ci` only when
# node_modules is missing or stale.
bash "$(dirname "$0")/../tests/contract/npm-deps.sh" --install
