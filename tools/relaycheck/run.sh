#!/usr/bin/env bash
# run.sh installs the locked npm packages of the client check and runs it
# against the real server (see run.mjs).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node run.mjs
