#!/usr/bin/env bash
# check.sh rebuilds the page in a temporary directory and fails when the
# committed web/dist differs from what the sources and lockfile give.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node build.mjs --check
