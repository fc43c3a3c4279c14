package neo4j

import (
	"context"
	"fmt"
	"math"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// Nodes returns the nodes with the given IDs in order, nil where none,
// following merges, in one round trip.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error) {
	out := make([]*peyvand.Node, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	return readTx(ctx, s, "nodes", func(tx neo4j.ManagedTransaction) ([]*peyvand.Node, error) {
		recs, err := collect(ctx, tx, "nodes_by_id", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			i := intOf(get(r, "i"))
			p := propsOf(get(r, "props"))
			if p == nil || i < 0 || i >= len(out) {
				continue
			}
			if out[i], err = nodeFromProps(p); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
}

// Edges returns the edges with the given IDs in order, nil where none.
// IDs go in batches of Config.BatchSize, split by prefix so each
// relationship type is looked up through its own index on id.
func (s *Store) Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error) {
	out := make([]*peyvand.Edge, len(ids))
	batches := edgeIDBatches(ids, s.cfg.BatchSize)
	if len(batches) == 0 {
		return out, nil
	}
	return readTx(ctx, s, "edges", func(tx neo4j.ManagedTransaction) ([]*peyvand.Edge, error) {
		byID := map[string]*peyvand.Edge{}
		for _, params := range batches {
			recs, err := collect(ctx, tx, "edges_by_id", params)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				e, err := edgeFromRecord(r)
				if err != nil {
					return nil, err
				}
				byID[e.ID] = e
			}
		}
		for i, id := range ids {
			out[i] = byID[id]
		}
		return out, nil
	})
}

// edgeFromRecord reads the type, from, to and props columns of a record.
func edgeFromRecord(r *neo4j.Record) (*peyvand.Edge, error) {
	return edgeFromProps(str(get(r, "type")), str(get(r, "from")), str(get(r, "to")), propsOf(get(r, "props")))
}

// directions names Direction values as the statements spell them.
var directions = map[peyvand.Direction]string{peyvand.Out: "OUT", peyvand.In: "IN", peyvand.Both: "BOTH"}

// EdgesOf returns each node's edges in direction dir of the given types,
// ordered by edge ID, in one round trip for all the IDs. Every ID asked
// for is a key of the result, with nil when the node has no such edges or
// does not exist.
func (s *Store) EdgesOf(ctx context.Context, ids []string, dir peyvand.Direction, types ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	d, ok := directions[dir]
	if !ok {
		return nil, peyvand.Errorf(peyvand.EINVALID, "direction %d is not Out, In or Both", dir)
	}
	res := make(map[string][]*peyvand.Edge, len(ids))
	for _, id := range ids {
		res[id] = nil
	}
	if len(ids) == 0 {
		return res, nil
	}
	return readTx(ctx, s, "edges of", func(tx neo4j.ManagedTransaction) (map[string][]*peyvand.Edge, error) {
		by, err := edgesOf(ctx, tx, ids, d, types)
		if err != nil {
			return nil, err
		}
		for id, es := range by {
			res[id] = es
		}
		return res, nil
	})
}

// edgesOf runs edges_of in tx; a write transaction uses it too.
func edgesOf(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, dir string, types []peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	recs, err := collect(ctx, tx, "edges_of", map[string]any{"ids": ids, "dir": dir, "types": relTypeNames(types)})
	if err != nil {
		return nil, err
	}
	res := map[string][]*peyvand.Edge{}
	for _, r := range recs {
		asked := str(get(r, "asked"))
		e, err := edgeFromRecord(r)
		if err != nil {
			return nil, err
		}
		list := res[asked]
		// An undirected match returns a self-loop twice; rows come ordered
		// by edge ID, so a repeat is the previous row.
		if n := len(list); n > 0 && list[n-1].ID == e.ID {
			continue
		}
		res[asked] = append(list, e)
	}
	return res, nil
}

func relTypeNames(types []peyvand.RelType) []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		out = append(out, string(t))
	}
	return out
}

func entityTypeNames(types []peyvand.EntityType) []string {
	out := make([]string, 0, len(types))
	for _, t := range types {
		out = append(out, string(t))
	}
	return out
}

// Find searches nodes by text, ranked, or lists them by filters and sort
// order; both return one page and the total in one round trip.
func (s *Store) Find(ctx context.Context, q peyvand.Query) (*peyvand.Page, error) {
	params, err := findParams(q)
	if err != nil {
		return nil, err
	}
	name := findStatement(q)
	if name == "find_search" {
		st := prepareSearch(q.Text)
		if st.q == "" {
			return &peyvand.Page{}, nil
		}
		params["q"] = st.q
		params["first"] = " " + st.words[0]
		params["words"] = st.words
		params["allWords"] = st.allWords
	}
	return readTx(ctx, s, "find", func(tx neo4j.ManagedTransaction) (*peyvand.Page, error) {
		recs, err := collect(ctx, tx, name, params)
		if err != nil {
			return nil, err
		}
		page := &peyvand.Page{}
		if len(recs) == 0 {
			return page, nil
		}
		page.Total = intOf(get(recs[0], "total"))
		items, _ := get(recs[0], "page").([]any)
		for _, it := range items {
			props, score := propsOf(it), 0.0
			if name == "find_search" {
				m := propsOf(it)
				props = propsOf(m["props"])
				score, _ = m["score"].(float64)
			}
			n, err := nodeFromProps(props)
			if err != nil {
				return nil, err
			}
			page.Hits = append(page.Hits, peyvand.Hit{Node: n, Score: score})
		}
		return page, nil
	})
}

// findStatement picks the statement for q: a search, or a listing in
// ascending or descending order (ORDER BY's direction cannot be a
// parameter).
func findStatement(q peyvand.Query) string {
	switch {
	case q.Text != "":
		return "find_search"
	case q.Desc:
		return "find_list_desc"
	}
	return "find_list_asc"
}

// findParams validates q and returns the parameters its filters share.
func findParams(q peyvand.Query) (map[string]any, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 || limit > math.MaxInt32 {
		// No limit: the whole result, as the embedded store gives it.
		limit = math.MaxInt32
	}
	sort := q.Sort
	if sort == "" {
		sort = peyvand.SortName
	}
	return map[string]any{
		"types":   entityTypeNames(q.Types),
		"kind":    orNil(kindKey(q.Kind)),
		"name":    orNil(persian.Squash(q.Name)),
		"related": orNil(q.Related),
		"from":    orNil(q.From),
		"to":      orNil(q.To),
		"sort":    string(sort),
		"offset":  int64(q.Offset),
		"limit":   int64(limit),
	}, nil
}

// orNil returns nil for "", so a statement's `$x IS NULL` skips a filter.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Stats counts live nodes by type and edges by type.
func (s *Store) Stats(ctx context.Context) (*peyvand.Stats, error) {
	return readTx(ctx, s, "stats", func(tx neo4j.ManagedTransaction) (*peyvand.Stats, error) {
		recs, err := collect(ctx, tx, "stats", nil)
		if err != nil {
			return nil, err
		}
		st := &peyvand.Stats{Nodes: map[peyvand.EntityType]int{}, Edges: map[peyvand.RelType]int{}}
		for _, r := range recs {
			t, n := str(get(r, "type")), intOf(get(r, "count"))
			switch str(get(r, "kind")) {
			case "node":
				st.Nodes[peyvand.EntityType(t)] += n
			case "edge":
				st.Edges[peyvand.RelType(t)] += n
			}
		}
		return st, nil
	})
}

// Audit returns the newest curation records first; limit <= 0 returns all.
func (s *Store) Audit(ctx context.Context, limit int) ([]peyvand.AuditRecord, error) {
	if limit <= 0 || limit > math.MaxInt32 {
		limit = math.MaxInt32
	}
	return readTx(ctx, s, "audit", func(tx neo4j.ManagedTransaction) ([]peyvand.AuditRecord, error) {
		recs, err := collect(ctx, tx, "audit_list", map[string]any{"limit": int64(limit)})
		if err != nil {
			return nil, err
		}
		out := make([]peyvand.AuditRecord, 0, len(recs))
		for _, r := range recs {
			rec, err := auditFromProps(propsOf(get(r, "props")))
			if err != nil {
				return nil, err
			}
			out = append(out, rec)
		}
		return out, nil
	})
}

func auditFromProps(p map[string]any) (peyvand.AuditRecord, error) {
	at, err := timeFrom(p["at"])
	if err != nil {
		return peyvand.AuditRecord{}, fmt.Errorf("audit record %s: %w", str(p["id"]), err)
	}
	return peyvand.AuditRecord{
		ID: str(p["id"]), Actor: str(p["actor"]), Action: str(p["action"]),
		Target: str(p["target"]), Detail: str(p["detail"]), At: at,
	}, nil
}
