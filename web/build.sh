#!/usr/bin/env bash
# build.sh installs the locked front-end dependencies and rebuilds web/dist,
# which is committed and embedded in the Go binary. It prints the gzip size
# of the page's JavaScript and fails over the 500 KB budget.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
