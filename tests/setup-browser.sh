#!/usr/bin/env bash
# Installs the headless browser the report tests open report.html with (Debian's chromium), when none is found.
# Idempotent; every network step is bounded by a timeout so CI never hangs here. The tests find the browser on PATH
# (chromium, chromium-browser, google-chrome) or through POLICYCOMPARE_CHROMIUM, and are skipped, with the reason, without one.
set -euo pipefail

for candidate in "${POLICYCOMPARE_CHROMIUM:-}" chromium chromium-browser google-chrome google-chrome-stable; do
  if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1; then
    echo "browser found: $(command -v "$candidate") ($("$candidate" --version 2>/dev/null || echo unknown version))"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "no browser and no apt-get: the browser tests will be skipped" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo -n"
else
  SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
timeout 300 $SUDO apt-get update -q
timeout 600 $SUDO apt-get install -y -q --no-install-recommends chromium

command -v chromium >/dev/null 2>&1 || { echo "chromium was installed but is not on PATH" >&2; exit 1; }
echo "chromium installed: $(chromium --version 2>/dev/null || echo unknown version)"
