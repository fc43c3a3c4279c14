#!/bin/sh
# run.sh installs the pinned Cypher language service and lints the Neo4j
# store's statements, then proves the lint fails on the broken fixtures
# (lint.test.mjs; `node lint.mjs --expect-fail --params testdata/params.json
# testdata/` shows the same from the command line).
# Called from `make test`.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node lint.mjs --params params.json ../../store/neo4j/cypher
node --test lint.test.mjs
