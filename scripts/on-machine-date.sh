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
#
# Only dates from now on: PostgreSQL's timeouts (statement_timeout, idle_in_transaction_session_
# timeout) read the clock in their SIGALRM handler, and a read that interrupts one of libfaketime's
# own wrapped waits (epoll_wait, poll: PostgreSQL waits there for its client) gets the real time.
# On a date in the past every armed timeout then looks overdue and fires at once (the API's
# connections were ended as idle in transaction mid-import); on a date in the future it never
# fires, which only the tests of PostgreSQL's timeouts notice — they run on the real clock only
# (`it.skipIf(process.env.FAKETIME)`). Business dates in the past are the tests' own fixed day
# (CR_TEST_TODAY), not the machine's.
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
now=$(date -u +%s)
if [ "$target" -lt "$now" ]; then
  echo "on-machine-date: $day is before now: PostgreSQL's timeouts misfire on a past machine date" >&2
  echo "  (see this script's header); for a business date in the past set CR_TEST_TODAY instead" >&2
  exit 2
fi
offset=$(printf '%+d' $((target - now)))
echo "▶ machine date $(date -u -d "@$target" '+%F %T') UTC (FAKETIME=$offset s): $*"
export FAKETIME=$offset FAKETIME_DONT_FAKE_MONOTONIC=1
export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
exec "$@"
