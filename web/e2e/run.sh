#!/usr/bin/env bash
# run.sh runs the explorer's browser tests: it installs the locked npm
# packages, installs Debian's Chromium when it is missing (never a
# downloaded browser build), and runs the tests with node:test against the
# real server on loopback. Screenshots and perf.json go to test-output/.
set -euo pipefail
web="$(cd "$(dirname "$0")/.." && pwd)"
cd "$web"
# apt_get runs apt-get, waiting while another install holds the package
# manager's lock (up to 15 minutes) instead of failing.
apt_get() {
  local sudo="" log
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  log="$(mktemp)"
  for _ in $(seq 1 180); do
    if $sudo "${APT_GET:-apt-get}" -o DPkg::Lock::Timeout=5 "$@" 2>"$log"; then
      cat "$log" >&2
      rm -f "$log"
      return 0
    fi
    cat "$log" >&2
    if ! grep -qi 'lock' "$log"; then
      rm -f "$log"
      return 1
    fi
    echo "run.sh: another install holds the package manager's lock; waiting" >&2
    sleep "${APT_WAIT:-5}"
  done
  rm -f "$log"
  return 1
}
if [ "${1:-}" = "--apt-get" ]; then
  shift
  apt_get "$@"
  exit
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  apt_get update -q
  apt_get install -y -q chromium
fi
npm ci --no-audit --no-fund --loglevel=error
node --test --test-concurrency=1 e2e/*.test.mjs
# The review page once more, with the server on a real Neo4j 5.26 that
# tools/neo4j/run.sh starts on loopback (and always stops).
PEYVAND_E2E_STORE=neo4j bash ../tools/neo4j/run.sh node --test --test-concurrency=1 e2e/review.test.mjs
