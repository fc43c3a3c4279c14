package neo4j_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestNeo4jLookupsUseIndexes PROFILEs the hot lookups on a graph of a few
// hundred nodes: each starts from an index seek, none scans a label or
// all nodes, and the edges by ID seek each type's relationship index.
func TestNeo4jLookupsUseIndexes(t *testing.T) {
	s := neo4jtest.Open(t, nil)
	ctx := context.Background()
	org := storetest.Org("سازمان نمایه", "وزارت")
	b := &peyvand.Batch{Nodes: []*peyvand.Node{org}}
	var ids, holds []string
	for i := range 300 {
		p := storetest.Person(fmt.Sprintf("شخص نمایه %d", i))
		e := &peyvand.Edge{ID: peyvand.EdgeID(peyvand.RelParticipated, p.ID, org.ID, ""), Type: peyvand.RelParticipated, From: p.ID, To: org.ID}
		b.Nodes = append(b.Nodes, p)
		b.Edges = append(b.Edges, e)
		ids = append(ids, p.ID)
		holds = append(holds, e.ID)
	}
	if _, err := s.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		params map[string]any
		want   string // an operator the plan must have
	}{
		{"nodes_by_id", map[string]any{"ids": ids[:3]}, "NodeUniqueIndexSeek"},
		{"edges_of", map[string]any{"ids": ids[:3], "dir": "BOTH", "types": []string{}}, "NodeUniqueIndexSeek"},
		{"edges_by_id", map[string]any{"holds": []string{}, "others": holds[:3]}, "DirectedRelationshipIndexSeek"},
		{"apply_lock_nodes", map[string]any{"ids": ids[:3]}, "NodeUniqueIndexSeek(Locking)"},
		{"merge_record_latest", map[string]any{"from": ids[0]}, "NodeIndexSeek"},
		{"find_search", map[string]any{"related": nil, "q": "شخص", "first": " شخص", "words": []string{"شخص"}, "allWords": nil,
			"types": []string{}, "kind": nil, "name": nil, "from": nil, "to": nil, "offset": int64(0), "limit": int64(10)}, "NodeIndexContainsScan"},
	}
	cfg := neo4jtest.Config(t)
	d, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, ok := neo4j.Statement(c.name)
			if !ok {
				t.Fatalf("no statement %s", c.name)
			}
			ops, rows := profile(t, d, cfg.Database, text, c.params)
			t.Logf("%s: %s (%d rows)", c.name, strings.Join(ops, " < "), rows)
			if !slices.Contains(ops, c.want) {
				t.Errorf("plan has no %s: %v", c.want, ops)
			}
			for _, bad := range []string{"NodeByLabelScan", "AllNodesScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan"} {
				if slices.Contains(ops, bad) {
					t.Errorf("plan scans: %s in %v", bad, ops)
				}
			}
		})
	}
}

// profile runs PROFILE text and returns the plan's operator types, leaves
// last, and the rows returned.
func profile(t *testing.T, d driver.DriverWithContext, db, text string, params map[string]any) ([]string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if db == "" {
		db = neo4j.DefaultDatabase
	}
	sess := d.NewSession(ctx, driver.SessionConfig{DatabaseName: db, AccessMode: driver.AccessModeWrite})
	defer sess.Close(ctx)
	var ops []string
	rows := 0
	_, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "PROFILE "+text, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		rows = len(recs)
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		var walk func(p driver.ProfiledPlan)
		walk = func(p driver.ProfiledPlan) {
			op, _, _ := strings.Cut(p.Operator(), "@")
			ops = append(ops, op)
			for _, c := range p.Children() {
				walk(c)
			}
		}
		if p := sum.Profile(); p != nil {
			walk(p)
		}
		// Roll back what a profiled write did.
		return nil, errRollback
	})
	if err != nil && !strings.Contains(err.Error(), errRollback.Error()) {
		t.Fatalf("PROFILE: %v", err)
	}
	return ops, rows
}

var errRollback = fmt.Errorf("profiled; rolled back")
