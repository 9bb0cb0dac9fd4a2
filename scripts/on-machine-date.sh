#!/usr/bin/env bash
# Runs a command with the machine's clock moved to another day, for it and every process it
# starts (libfaketime: Debian's `faketime` package, installed by `setup-machine.sh faketime`):
#   bash scripts/on-machine-date.sh '2028-02-29 12:00:00' pnpm test     # the date is UTC
# The clock is moved by an offset from now, not set to a fixed instant ("@day" would start each
# process's clock at that day when the process starts, and the API and its PostgreSQL child would
# disagree by minutes about timestamps both write): the given date is when the command starts,
# and the clock runs on from there. Timers and timeouts keep real time
# (FAKETIME_DONT_FAKE_MONOTONIC): only the date moves. Statically linked programs (esbuild) keep
# the real clock. Nothing here needs the network: install first, on the real clock (package
# signatures and TLS certificates are checked against the date).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: on-machine-date.sh 'YYYY-MM-DD HH:MM:SS' command [args...]  (UTC)" >&2
  exit 2
fi
day=$1
shift

lib=$(find /usr/lib -name libfaketime.so.1 2>/dev/null | head -1)
if [ -z "$lib" ]; then
  echo "on-machine-date: libfaketime is missing: apt-get install faketime" >&2
  exit 2
fi
target=$(date -u -d "$day" +%s) || {
  echo "on-machine-date: not a date: $day" >&2
  exit 2
}
offset=$(printf '%+d' $((target - $(date -u +%s))))
echo "▶ machine date $(date -u -d "@$target" '+%F %T') UTC (FAKETIME=$offset s): $*"
export FAKETIME=$offset FAKETIME_DONT_FAKE_MONOTONIC=1
export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
exec "$@"
