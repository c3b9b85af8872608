#!/usr/bin/env bash
# Installs the Debian packages duban's tests and reports need: PostgreSQL (tested for real),
# Chromium (browser tests), CJK fonts (reports), LibreOffice and poppler (PDF rendering).
# With arguments, installs those packages instead (scripts/demo-packages.sh asks for the demo's few).
set -euo pipefail
packages=(postgresql chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui)
[ $# -gt 0 ] && packages=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "缺少 Debian 软件包：${missing[*]}；请以 root 身份运行：apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "installing Debian packages: ${missing[*]}" >&2
# A fresh machine often runs unattended upgrades at boot: wait for their dpkg lock instead of failing.
lock=(-o DPkg::Lock::Timeout=900)
if command -v fuser >/dev/null && $sudo fuser /var/lib/dpkg/lock-frontend >/dev/null 2>&1; then
  echo "another apt/dpkg process holds the lock; waiting for it (up to 15 minutes)" >&2
fi
$sudo apt-get "${lock[@]}" update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
