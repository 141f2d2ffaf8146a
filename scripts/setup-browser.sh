#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; never `playwright install`).
# Runs only where it is missing; needs root or passwordless sudo on a Debian-family machine.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
if command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium >/dev/null
else
  echo "setup-browser: no apt-get here; install Chromium at /usr/bin/chromium for the browser tests" >&2
fi
