#!/usr/bin/env bash
# Installs the Debian packages duban's tests and reports need: PostgreSQL (tested for real),
# Chromium (browser tests), CJK fonts (reports), LibreOffice and poppler (PDF rendering).
set -euo pipefail
packages=(postgresql chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing Debian packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
