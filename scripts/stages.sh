#!/usr/bin/env bash
# Runs `make STAGE` for each stage given, in order, and prints how long each took (wall clock, and the CPU
# time of everything it ran), then all of them again at the end. Stops at the first stage that fails.
#   scripts/stages.sh system lint test test-postgres      (what `make check` and CI run)
set -uo pipefail
cd "$(dirname "$0")/.."
summary=()
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
started=$(date +%s.%N)
for stage in "$@"; do
  echo "== stage $stage ==" >&2
  before=$(date +%s.%N)
  # `times` prints the shell's and its children's user and system CPU (the second line); it must run in
  # this shell, not in a command substitution's subshell, whose children are not make's.
  times >"$cpu_file"
  cpu_before=$(sed -n 2p "$cpu_file")
  make --no-print-directory "$stage"
  status=$?
  times >"$cpu_file"
  cpu_after=$(sed -n 2p "$cpu_file")
  line=$(python3 - "$stage" "$before" "$(date +%s.%N)" "$cpu_before" "$cpu_after" "$status" <<'PY'
import re, sys
stage, start, end, cpu0, cpu1, status = sys.argv[1:]
def seconds(line):
    total = 0.0
    for minutes, secs in re.findall(r"(\d+)m([\d.]+)s", line):
        total += int(minutes) * 60 + float(secs)
    return total
state = "ok" if status == "0" else f"FAILED (exit {status})"
print(f"stage {stage:<14} {float(end) - float(start):7.1f} s wall {seconds(cpu1) - seconds(cpu0):8.1f} s CPU  {state}")
PY
)
  echo "$line" >&2
  summary+=("$line")
  if [ "$status" -ne 0 ]; then
    break
  fi
done
echo "== timings ==" >&2
printf '%s\n' "${summary[@]}" >&2
python3 -c "import sys; print(f'total {float(sys.argv[2]) - float(sys.argv[1]):.1f} s wall')" "$started" "$(date +%s.%N)" >&2
exit "${status:-0}"
