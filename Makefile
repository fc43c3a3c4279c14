# make test installs what the tests need and runs every check.
GO ?= go

.PHONY: all build test deps vet gotest cypherlint browser generate bench serve

all: build

build:
	$(GO) build -o bin/peyvand ./cmd/peyvand

test: deps vet gotest cypherlint browser

# deps fetches the Go modules and the Cypher linter's npm packages.
deps:
	$(GO) mod download
	@if [ -f tools/cypherlint/package-lock.json ] && [ ! -d tools/cypherlint/node_modules ]; then \
		cd tools/cypherlint && npm ci --no-audit --no-fund; fi

vet:
	$(GO) vet ./...

gotest:
	$(GO) test -race ./...

# cypherlint checks every embedded .cypher statement (store/neo4j/cypher).
cypherlint: deps
	@if [ -f tools/cypherlint/run.sh ]; then bash tools/cypherlint/run.sh; \
	else echo "cypherlint: tools/cypherlint/run.sh not present"; fi

# browser runs the explorer page's end-to-end tests in headless Chromium.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }
	cd web && npm ci --no-audit --no-fund && npm run test:e2e

# generate regenerates the GraphQL executor from schema/*.graphqls.
generate:
	$(GO) tool gqlgen generate

# bench compares node lookup through GraphQL with a bare HTTP handler and
# times a three-level nested query.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./graph/

serve:
	$(GO) run ./cmd/peyvand serve
