#!/usr/bin/env bash
# Runs the tests of date rules with the machine's clock set to other days (libfaketime, through
# scripts/on-machine-date.sh), to show they read no real date: the business day comes from the app's
# clock (apps/api/src/lib/clock.ts), fixed in tests (apps/api/src/test/test-clock.ts). The
# embedded PostgreSQL the tests start inherits the fake clock too.
#   bash scripts/test-on-dates.sh                       # the days below
#   bash scripts/test-on-dates.sh '2030-12-31 23:59:00' # others (UTC, from now on)
# CR_TEST_TODAY=2028-02-29 moves the business day itself (independent of this).
set -euo pipefail
cd "$(dirname "$0")/.."

# The end of February (not a leap year), a leap day, and the last day of a 30-day month in the
# evening (UTC), when it is already the 1st of the next month in China.
days=("$@")
[ ${#days[@]} -gt 0 ] || days=('2027-02-28 09:00:00' '2028-02-29 12:00:00' '2027-04-30 18:30:00')
files=(
  packages/shared
  apps/api/src/modules/party-members apps/api/src/modules/party-meetings
  apps/api/src/modules/co-building apps/api/src/modules/api-tokens apps/api/src/modules/auth
  apps/api/src/modules/households apps/api/src/seed apps/cli
)
status=0
for day in "${days[@]}"; do
  # The clock moved by an offset from now (on-machine-date.sh says why), timers on real time.
  if ! bash scripts/on-machine-date.sh "$day" pnpm exec vitest run "${files[@]}"; then
    status=1
  fi
done
exit $status
