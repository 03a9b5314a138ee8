#!/usr/bin/env bash
# Installs the system packages the browser tests need (Debian): Chromium.
# Run as root (CI does): npm run setup:system
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
  echo "setup:system: everything is already installed." >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup:system: needs root to install: ${need[*]} (try: sudo npm run setup:system)" >&2
  exit 1
fi
echo "setup:system: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup:system: done." >&2
