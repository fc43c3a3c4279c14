package neo4j

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestConformance runs the store conformance suite against the Neo4j
// database NEO4J_URI names. Every case starts by deleting all of the
// graph's nodes there: point it at a database for tests only.
func TestConformance(t *testing.T) {
	cfg, ok := ConfigFromEnv()
	if !ok {
		t.Skip("SKIP: NEO4J_URI is not set; the Neo4j conformance suite did not run")
	}
	deleteAll, err := os.ReadFile("testdata/delete_all.cypher")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	storetest.Run(t, func(t *testing.T) peyvand.Store {
		s, err := Open(ctx, cfg)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("migrate: %v", err)
		}
		_, err = writeTx(ctx, s, "delete all", func(tx neo4j.ManagedTransaction) (struct{}, error) {
			res, err := tx.Run(ctx, string(deleteAll), nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			return struct{}{}, err
		})
		if err != nil {
			t.Fatalf("empty the test database: %v", err)
		}
		return s
	})
}
