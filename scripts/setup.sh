#!/usr/bin/env bash
# Sets up a fresh machine: Debian's Chromium (driven by the end-to-end tests; no browser
# download) with CJK fonts, then the npm packages pinned by package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

# Not `npm ci`: npm 11 writes a lockfile without other platforms' optional packages and then
# rejects it in `npm ci`. `npm install` installs the locked versions and leaves the lock as is.
npm install --no-audit --no-fund
