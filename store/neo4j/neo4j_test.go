package neo4j_test

import (
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestConformance runs the store conformance suite against the Neo4j
// database NEO4J_URI names. Every case starts by deleting all of the
// graph's nodes there: point it at a database for tests only.
func TestConformance(t *testing.T) {
	neo4jtest.Config(t)
	storetest.Run(t, func(t *testing.T) peyvand.Store {
		return neo4jtest.Open(t, nil)
	})
}
