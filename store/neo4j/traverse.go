package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
)

// MaxPathHops bounds the native shortest path: the statement holds it as a
// literal, and ShortestPath refuses longer requests. Neighbourhoods are
// built by package explore a level at a time, one EdgesOf statement a
// level, on both stores alike.
const (
	MaxPathHops = 6
)

// ShortestPath returns the edges of a shortest path between two nodes, at
// most maxHops (1 to MaxPathHops) long, following edges either way, of the
// given types (all when none). It returns no edges when from and to are
// the same node or no such path exists, and ENOTFOUND when a node does
// not exist. Merged IDs resolve to their survivors.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int, types []peyvand.RelType) ([]*peyvand.Edge, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, peyvand.Errorf(peyvand.EINVALID, "path length %d is not between 1 and %d", maxHops, MaxPathHops)
	}
	if err := validRelTypes(types); err != nil {
		return nil, err
	}
	ends, err := s.Nodes(ctx, []string{from, to})
	if err != nil {
		return nil, err
	}
	for i, n := range ends {
		if n == nil {
			return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", []string{from, to}[i])
		}
	}
	if ends[0].ID == ends[1].ID {
		return nil, nil
	}
	return readTx(ctx, s, "shortest path", func(tx neo4j.ManagedTransaction) ([]*peyvand.Edge, error) {
		recs, err := collect(ctx, tx, "shortest_path", map[string]any{
			"from": from, "to": to, "maxHops": int64(maxHops), "types": relTypeNames(types),
		})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		items, _ := get(recs[0], "edges").([]any)
		return edgesFromMaps(items)
	})
}

// edgesFromMaps reads the {type, from, to, props} maps the traversal
// statements return.
func edgesFromMaps(items []any) ([]*peyvand.Edge, error) {
	out := make([]*peyvand.Edge, 0, len(items))
	for _, it := range items {
		m := propsOf(it)
		e, err := edgeFromProps(str(m["type"]), str(m["from"]), str(m["to"]), propsOf(m["props"]))
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Degrees returns the number of edges of each node with one of the given
// IDs, in one round trip; explore's neighbourhood ranks and labels nodes by
// it, as it does with the embedded store's in-memory degrees. IDs of no
// node are absent from the result.
func (s *Store) Degrees(ctx context.Context, ids []string) (map[string]int, error) {
	out := make(map[string]int, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	return readTx(ctx, s, "degrees", func(tx neo4j.ManagedTransaction) (map[string]int, error) {
		for _, part := range chunks(uniq(ids), s.cfg.BatchSize) {
			recs, err := collect(ctx, tx, "degrees", map[string]any{"ids": part})
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				out[str(get(r, "id"))] = intOf(get(r, "degree"))
			}
		}
		return out, nil
	})
}

func validRelTypes(types []peyvand.RelType) error {
	for _, t := range types {
		known := false
		for _, k := range peyvand.RelTypes {
			known = known || k == t
		}
		if !known {
			return peyvand.Errorf(peyvand.EINVALID, "unknown relationship type %q", t)
		}
	}
	return nil
}
