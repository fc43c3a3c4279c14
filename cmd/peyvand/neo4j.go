package main

import (
	"context"
	"fmt"
	"os"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j"
)

// openNeo4j opens the Neo4j store when the environment configures one;
// ok is false when it does not.
func openNeo4j(ctx context.Context, getenv func(string) string) (s peyvand.Store, ok bool, err error) {
	cfg, ok := neo4jConfig(getenv)
	if !ok {
		return nil, false, nil
	}
	st, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return nil, true, fmt.Errorf("open neo4j: %w", err)
	}
	return st, true, nil
}

// neo4jConfig reads the Neo4j settings. neo4j.ConfigFromEnv reads the
// process environment, so a Main given another environment (a test)
// sees no Neo4j unless that environment names one too.
func neo4jConfig(getenv func(string) string) (neo4j.Config, bool) {
	if getenv("NEO4J_URI") == "" || os.Getenv("NEO4J_URI") == "" {
		return neo4j.Config{}, false
	}
	return neo4j.ConfigFromEnv()
}

func (m *Main) migrate(ctx context.Context) error {
	cfg, ok := neo4jConfig(m.Getenv)
	if !ok {
		fmt.Fprintln(m.Stdout, "NEO4J_URI is not set: the embedded store needs no migration")
		return nil
	}
	st, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("migrate: open neo4j: %w", err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	fmt.Fprintln(m.Stdout, "neo4j schema is up to date")
	return nil
}
