#!/usr/bin/env bash
# Installs the third-party front-end code (htmx, ECharts) from npm with the lockfile and copies the built
# files into the web app's static folder. The copies are not committed (static/vendor/.gitignore).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
vendor=src/duban/web/static/vendor
mkdir -p "$vendor"
cp node_modules/htmx.org/dist/htmx.min.js "$vendor/htmx.min.js"
cp node_modules/echarts/dist/echarts.min.js "$vendor/echarts.min.js"
echo "front-end assets copied to $vendor" >&2
