#!/usr/bin/env bash
# Runs a command while other work keeps every core busy, and stops that work when the command
# ends (whatever way it ends), with the command's exit status:
#   bash scripts/with-cpu-load.sh pnpm test
# The load is `stress-ng --cpu <cores>` (Debian's stress-ng: `setup-machine.sh stress-ng`), else
# as many busy loops in node. It runs at the command's own priority, as other work would, and
# never longer than 90 minutes (CI's limit), should this script be killed without its trap.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: with-cpu-load.sh command [args...]" >&2
  exit 2
fi

cores=$(nproc)
pids=()
if command -v stress-ng >/dev/null 2>&1; then
  how="stress-ng --cpu $cores"
  stress-ng --cpu "$cores" --timeout 5400s --quiet &
  pids+=($!)
else
  how="$cores busy loops in node (no stress-ng)"
  for _ in $(seq "$cores"); do
    timeout 5400 node -e 'for (;;);' &
    pids+=($!)
  done
fi
stop_load() {
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  echo "▶ CPU load stopped"
}
trap stop_load EXIT
echo "▶ CPU load: $how, while: $*"

status=0
"$@" || status=$?
exit $status
