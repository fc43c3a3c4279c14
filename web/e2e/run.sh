#!/usr/bin/env bash
# run.sh runs the explorer's browser tests: it installs the locked npm
# packages, installs Debian's Chromium when it is missing (never a
# downloaded browser build), and runs the tests with node:test against the
# real server on loopback. Screenshots and perf.json go to test-output/.
set -euo pipefail
web="$(cd "$(dirname "$0")/.." && pwd)"
cd "$web"
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  $sudo apt-get install -y -q chromium
fi
npm ci --no-audit --no-fund --loglevel=error
node --test --test-concurrency=1 e2e/*.test.mjs
