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
# Whether another process holds dpkg's lock now: fuser (psmisc) when installed, else a non-blocking
# fcntl lock attempt, the kind of lock dpkg takes (released at once).
dpkg_locked() {
  local file=${DUBAN_DPKG_LOCK:-/var/lib/dpkg/lock-frontend}  # DUBAN_DPKG_LOCK: for the test
  [ -e "$file" ] || return 1
  if command -v fuser >/dev/null; then
    $sudo fuser "$file" >/dev/null 2>&1
    return
  fi
  command -v python3 >/dev/null || return 1
  ! $sudo python3 -c 'import fcntl, sys; fcntl.lockf(open(sys.argv[1], "a"), fcntl.LOCK_EX | fcntl.LOCK_NB)' \
    "$file" 2>/dev/null
}
if dpkg_locked; then
  echo "另一个 apt/dpkg 进程（可能是开机时的自动更新）正占用 dpkg 锁，正在等待它结束（最多 15 分钟）" >&2
  echo "another apt/dpkg process holds the dpkg lock (unattended upgrades at boot?); waiting for it (up to 15 minutes)" >&2
fi
$sudo apt-get "${lock[@]}" update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
