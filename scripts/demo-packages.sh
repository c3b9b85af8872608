#!/usr/bin/env bash
# What `make demo` needs from Debian on a stock machine, installed when missing: venv support for
# `python3 -m venv` (python3-venv), npm for the front-end assets, and a Chinese font for the charts
# (without one matplotlib draws every Chinese character as a box).
set -euo pipefail
cd "$(dirname "$0")/.."
needed=()
# Debian's python3 leaves ensurepip, which `python3 -m venv` needs, to python3-venv.
[ -x .venv/bin/python ] || python3 -c 'import ensurepip' 2>/dev/null || needed+=(python3-venv)
command -v npm >/dev/null || needed+=(npm)
fc-list :lang=zh family 2>/dev/null | grep -q . || needed+=(fonts-noto-cjk)
[ ${#needed[@]} -eq 0 ] && exit 0
echo "make demo 需要的软件包：${needed[*]}" >&2
bash scripts/system-packages.sh "${needed[@]}"
