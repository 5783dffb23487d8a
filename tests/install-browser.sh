#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (Playwright cannot download its own
# browser without internet), fonts, and pdfinfo. It does nothing when they are already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installeren voor de browsertests: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "De browsertests hebben deze pakketten nodig: ${need[*]}." >&2
  echo "Installeer ze, bijvoorbeeld met: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
