#!/usr/bin/env bash
# What `pnpm test` needs beyond npm packages, on Debian or Ubuntu (as root, or through sudo):
# Chromium and CJK fonts for the end-to-end tests (Playwright cannot download its own browser
# on these machines; `playwright install chromium` does elsewhere), and PostgreSQL 15's server
# and pg_dump for residents-dump.test.ts (the embedded PostgreSQL 18 ships no pg_dump).
# Idempotent: installs only what is missing. `pnpm test` runs it itself when it runs as root.
# Named extras, for .ci/run's optional modes: `faketime` (libfaketime, for CI_MACHINE_DATE) and
# `stress-ng` (for CI_CPU_LOAD), e.g. `bash scripts/setup-machine.sh faketime stress-ng`.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then exec sudo --preserve-env=DEBIAN_FRONTEND bash "$0" "$@"; fi
export DEBIAN_FRONTEND=noninteractive
updated=false
install() {
  $updated || { apt-get update -qq; updated=true; }
  apt-get install -y -qq "$@" >/dev/null
}

if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "setup-machine: installing chromium fonts-noto-cjk"
  install chromium fonts-noto-cjk
fi

if ! [ -x /usr/lib/postgresql/15/bin/pg_dump ] || ! [ -x /usr/lib/postgresql/15/bin/initdb ] ||
  ! [ -x /usr/lib/postgresql/15/bin/postgres ]; then
  # Only the binaries: no cluster of its own starts with the machine.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/no-main.conf
  echo "setup-machine: installing postgresql-15 postgresql-client-15"
  install postgresql-15 postgresql-client-15
fi

for extra in "$@"; do
  case $extra in
    faketime)
      if ! find /usr/lib -name libfaketime.so.1 2>/dev/null | grep -q .; then
        echo "setup-machine: installing faketime"
        install faketime
      fi
      ;;
    stress-ng)
      if ! command -v stress-ng >/dev/null 2>&1; then
        echo "setup-machine: installing stress-ng"
        install stress-ng
      fi
      ;;
    *)
      echo "setup-machine: unknown extra $extra (faketime, stress-ng)" >&2
      exit 2
      ;;
  esac
done
