#!/usr/bin/env bash
# Sets up a fresh machine: Debian's Chromium (driven by the end-to-end tests; no browser
# download) with CJK fonts, then the exact npm packages of package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi

npm ci --no-audit --no-fund
