#!/usr/bin/env bash
# Installs what the tests need from Debian: chromium's headless shell for the browser tests (Playwright
# cannot download its own browser without internet), chromium itself for Lighthouse in the benchmark, fonts, pdfinfo, hunspell with the Dutch dictionary
# for the spelling test, and node with npm for the script tests and the JavaScript tools (tests/js/).
# It does nothing when they are already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromium-headless-shell ] || need+=(chromium-headless-shell)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
command -v hunspell >/dev/null 2>&1 || need+=(hunspell)
[ -f /usr/share/hunspell/nl_NL.dic ] || need+=(hunspell-nl)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
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
