#!/usr/bin/env bash
# Runs the tests of date rules with the machine's clock set to other days (libfaketime: Debian's
# `faketime` package), to show they read no real date: the business day comes from the app's
# clock (apps/api/src/lib/clock.ts), fixed in tests (apps/api/src/test/test-clock.ts). The
# embedded PostgreSQL the tests start inherits the fake clock too.
#   bash scripts/test-on-dates.sh                       # the days below
#   bash scripts/test-on-dates.sh '2030-12-31 23:59:00' # others (UTC)
# CR_TEST_TODAY=2028-02-29 moves the business day itself (independent of this).
set -euo pipefail
cd "$(dirname "$0")/.."

lib=$(find /usr/lib -name libfaketime.so.1 2>/dev/null | head -1)
if [ -z "$lib" ]; then
  echo "test-on-dates: libfaketime is missing: apt-get install faketime" >&2
  exit 2
fi
# The end of February (not a leap year), a leap day, and the last day of a 30-day month in the
# evening (UTC), when it is already the 1st of the next month in China.
days=("$@")
[ ${#days[@]} -gt 0 ] || days=('2027-02-28 09:00:00' '2028-02-29 12:00:00' '2026-11-30 18:30:00')
files=(
  packages/shared
  apps/api/src/modules/party-members apps/api/src/modules/party-meetings
  apps/api/src/modules/co-building apps/api/src/modules/api-tokens apps/api/src/modules/auth
  apps/api/src/modules/households apps/api/src/seed apps/cli
)
status=0
for day in "${days[@]}"; do
  # As an offset from now, not "@day": that would start each process's clock at the day when
  # the process starts, and the API and PostgreSQL (a child, faked too) would disagree by
  # minutes about timestamps both write.
  offset=$(($(date -u -d "$day" +%s) - $(date -u +%s)))
  echo "▶ machine date $day UTC (FAKETIME=$(printf '%+d' "$offset") s)"
  # FAKETIME_DONT_FAKE_MONOTONIC: timers and timeouts keep real time; only the date is moved.
  if ! FAKETIME="$(printf '%+d' "$offset")" FAKETIME_DONT_FAKE_MONOTONIC=1 LD_PRELOAD="$lib" \
    pnpm exec vitest run "${files[@]}"; then
    status=1
  fi
done
exit $status
