# make test installs what the tests need and runs every check: go vet, the
# race-enabled Go tests, the Neo4j tests on a real Neo4j server, the Cypher lint, the explorer's build check and its
# browser tests.
GO ?= go

.PHONY: all build test deps vet gotest test-neo4j bench-neo4j fuzz-brief fuzz cypherlint web-build web-check browser relaycheck generate bench bench-explore bench-load serve

all: build

build:
	$(GO) build -o bin/peyvand ./cmd/peyvand

test: deps vet gotest test-neo4j fuzz-brief cypherlint web-check browser relaycheck

# deps fetches the Go modules; the npm packages are installed by the
# targets that use them (npm ci from the committed lock files).
deps:
	$(GO) mod download

vet:
	$(GO) vet ./...

# gotest runs every Go test with the race detector; the Neo4j tests skip
# there, and test-neo4j runs them.
gotest:
	$(GO) test -race ./...

# test-neo4j builds and starts the Neo4j test server (tools/neo4j, Neo4j
# Community from Maven Central; needs Java 17 and Maven), runs the Neo4j
# tests on it verbosely, stops it, and fails if any test skipped.
test-neo4j:
	bash tools/neo4j/test.sh

# fuzz-brief fuzzes the whole HTTP handler, and the lean path against
# gqlgen's executor (the handler's corpus is in server/testdata/fuzz), for
# a count of inputs each, about 20 s on this machine: a count, not a time,
# because Go's fuzzing coordinator can fail a run whose -fuzztime ends
# while a worker is mid-input with a bare «context deadline exceeded» and
# no failing input (go.dev/issue/75804, fixed in Go 1.27). fuzz runs every
# fuzz target for FUZZTIME. A short -fuzzminimizetime keeps the minimizing
# of new inputs from eating the time.
FUZZTIME ?= 20s
FUZZ_HANDLER ?= 100000x
FUZZ_LEAN ?= 60000x
FUZZ = $(GO) test -run '^$$' -fuzzminimizetime 2s
fuzz-brief:
	$(FUZZ) -fuzztime $(FUZZ_HANDLER) -fuzz '^FuzzHandler$$' ./server/
	$(FUZZ) -fuzztime $(FUZZ_LEAN) -fuzz '^FuzzLeanMatchesGQLGen$$' ./graph/

fuzz: fuzz-brief
	$(FUZZ) -fuzztime $(FUZZTIME) -fuzz '^FuzzSegment$$' ./extract/
	$(FUZZ) -fuzztime $(FUZZTIME) -fuzz '^FuzzNormalize$$' ./persian/
	$(FUZZ) -fuzztime $(FUZZTIME) -fuzz '^FuzzFindDates$$' ./persian/
	$(FUZZ) -fuzztime $(FUZZTIME) -fuzz '^FuzzTokenize$$' ./persian/

# cypherlint checks every embedded .cypher statement (store/neo4j/cypher)
# with Neo4j's own parser and semantic analysis, then proves it fails on
# deliberately broken statements.
cypherlint:
	bash tools/cypherlint/run.sh

# web-build rebuilds the explorer page into web/dist (committed, embedded
# in the binary); web-check fails when the committed build is stale.
web-build:
	bash web/build.sh

web-check:
	bash web/check.sh

# browser runs the explorer page's end-to-end tests in Debian's headless
# Chromium (installed with apt-get when missing) against the real server.
browser:
	bash web/e2e/run.sh

# relaycheck compiles Relay fragments (@connection, @refetchable) against
# the real server's schema and runs them, with a neighbourhood and a path,
# in one relay-runtime store and in Apollo Client's InMemoryCache; it fails
# on any normalization warning.
relaycheck:
	bash tools/relaycheck/run.sh

# generate regenerates the GraphQL executor from schema/*.graphqls.
generate:
	$(GO) tool gqlgen generate

# bench compares node lookup through GraphQL with a bare HTTP handler,
# times a three-level nested query, ingestion and the store.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./graph/ ./store/embedded/
	$(GO) test -run '^$$' -bench Ingest1000 -benchtime 1x ./ingest/
	$(GO) test -run '^$$' -bench BenchmarkFile -cpu 1 ./extract/

# bench-explore times traversals on synthetic graphs of 10k and 100k
# persons; PEYVAND_BENCH_1M=1 adds 1M (loading it takes about 7 minutes).
bench-explore:
	$(GO) test -run '^$$' -bench . -benchtime 300x -timeout 60m ./explore/

# bench-load runs the real server on loopback for LOADTIME (60s) under
# mixed reads and writes and reports requests/s, p99, errors and resident
# memory at the start, middle and end.
LOADTIME ?= 60s
bench-load:
	$(GO) test -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x -timeout 10m ./cmd/peyvand/ -args -load-time $(LOADTIME)

# bench-neo4j loads a synthetic graph (PEYVAND_BENCH_PERSONS, 10k by
# default) into the Neo4j test server and the embedded store and times the
# lookups and traversals on both, p50 and p99, with Neo4j's load rate.
bench-neo4j:
	bash tools/neo4j/run.sh $(GO) test -run '^$$' -bench Neo4j -benchtime 1x -timeout 60m ./store/neo4j/

serve:
	$(GO) run ./cmd/peyvand serve
