package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j"
)

// neo4jFlags adds the Neo4j flags of the commands that open the store.
func neo4jFlags(fs *envFlags, c *Config) {
	fs.Duration(&c.Neo4jTimeout, "neo4j-timeout", "NEO4J_TIMEOUT", neo4j.DefaultQueryTimeout,
		"deadline of each Neo4j call (with NEO4J_URI): an outage answers UNAVAILABLE after it")
}

// openNeo4j opens the Neo4j store when the environment configures one;
// ok is false when it does not. With migrate set it creates or checks the
// schema (constraints and indexes) first, as serve, import and ingest do.
func (m *Main) openNeo4j(ctx context.Context, migrate bool) (s peyvand.Store, ok bool, err error) {
	cfg, ok := m.neo4jConfig()
	if !ok {
		return nil, false, nil
	}
	st, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return nil, true, fmt.Errorf("open neo4j: %w", err)
	}
	if migrate {
		if err := st.Migrate(ctx); err != nil {
			st.Close()
			return nil, true, fmt.Errorf("neo4j schema: %w", err)
		}
	}
	return st, true, nil
}

// neo4jConfig reads the Neo4j settings from Main's environment (NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and flags; ok is false when
// NEO4J_URI is not set, meaning the embedded store is wanted.
func (m *Main) neo4jConfig() (neo4j.Config, bool) {
	uri := strings.TrimSpace(m.Getenv("NEO4J_URI"))
	if uri == "" {
		return neo4j.Config{}, false
	}
	return neo4j.Config{
		URI:          uri,
		User:         m.Getenv("NEO4J_USER"),
		Password:     m.Getenv("NEO4J_PASSWORD"),
		Database:     m.Getenv("NEO4J_DATABASE"),
		Logger:       m.Logger.WithGroup("store"),
		QueryTimeout: m.Config.Neo4jTimeout,
		Timeout:      max(m.Config.Neo4jTimeout, 5*time.Second),
	}, true
}

func (m *Main) migrate(ctx context.Context) error {
	cfg, ok := m.neo4jConfig()
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
