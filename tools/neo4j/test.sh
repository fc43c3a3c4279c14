#!/usr/bin/env bash
# test.sh runs the Neo4j tests on the test server that run.sh starts: the
# store conformance suite, the faults on a real server, the GraphQL
# end-to-end comparison with the embedded store, and serve on Neo4j. It
# fails when a test skipped, so a run never passes without Neo4j.
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp -t peyvand-neo4j-test-XXXXXX.log)
trap 'rm -f "$log"' EXIT
status=0
bash tools/neo4j/run.sh go test -p 1 -count=1 -v -timeout 25m \
	-run '^(TestConformance|TestNeo4j.*)$' ./store/neo4j/ ./graph/ ./cmd/peyvand/ 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
	exit "$status"
fi
if grep -q -- '--- SKIP' "$log"; then
	echo "tools/neo4j: some Neo4j tests skipped (above); Neo4j was NOT fully tested" >&2
	exit 1
fi
passed=$(grep -c -- '--- PASS' "$log" || true)
if [ "$passed" -eq 0 ]; then
	echo "tools/neo4j: no Neo4j test ran" >&2
	exit 1
fi
echo "tools/neo4j: $passed Neo4j tests and subtests passed on a real server"
