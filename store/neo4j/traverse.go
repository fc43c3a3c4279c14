package neo4j

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/peyvand/peyvand"
)

// Bounds of the native traversals. The statements hold them as literals;
// the methods refuse larger requests.
const (
	MaxPathHops         = 6
	MaxNeighborhoodHops = 3
	// MaxNeighborhoodEdges caps the edges Neighborhood returns, and
	// neighborhoodPaths the paths it walks to find them.
	MaxNeighborhoodEdges = 1000
	neighborhoodPaths    = 20000
	// MaxFullTextHits caps SearchFullText.
	MaxFullTextHits = 100
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

// Neighborhood returns the node id (resolved through merges), the edges
// within hops (1 to MaxNeighborhoodHops) of it of the given types (all
// when none), at most limit of them (1 to MaxNeighborhoodEdges), and the
// nodes at their ends, the centre first. It returns ENOTFOUND when the
// node does not exist.
func (s *Store) Neighborhood(ctx context.Context, id string, hops int, types []peyvand.RelType, limit int) ([]*peyvand.Node, []*peyvand.Edge, error) {
	if hops < 1 || hops > MaxNeighborhoodHops {
		return nil, nil, peyvand.Errorf(peyvand.EINVALID, "neighbourhood depth %d is not between 1 and %d", hops, MaxNeighborhoodHops)
	}
	if limit < 1 || limit > MaxNeighborhoodEdges {
		return nil, nil, peyvand.Errorf(peyvand.EINVALID, "edge limit %d is not between 1 and %d", limit, MaxNeighborhoodEdges)
	}
	if err := validRelTypes(types); err != nil {
		return nil, nil, err
	}
	type result struct {
		nodes []*peyvand.Node
		edges []*peyvand.Edge
	}
	r, err := readTx(ctx, s, "neighborhood", func(tx neo4j.ManagedTransaction) (*result, error) {
		recs, err := collect(ctx, tx, "neighborhood", map[string]any{
			"id": id, "hops": int64(hops), "types": relTypeNames(types),
			"pathLimit": int64(neighborhoodPaths), "limit": int64(limit),
		})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		center, err := nodeFromProps(propsOf(get(recs[0], "center")))
		if err != nil {
			return nil, err
		}
		res := &result{nodes: []*peyvand.Node{center}}
		seen := map[string]bool{center.ID: true}
		items, _ := get(recs[0], "edges").([]any)
		if res.edges, err = edgesFromMaps(items); err != nil {
			return nil, err
		}
		for _, it := range items {
			m := propsOf(it)
			for _, key := range []string{"fromProps", "toProps"} {
				n, err := nodeFromProps(propsOf(m[key]))
				if err != nil {
					return nil, err
				}
				if !seen[n.ID] {
					seen[n.ID] = true
					res.nodes = append(res.nodes, n)
				}
			}
		}
		return res, nil
	})
	if err != nil {
		return nil, nil, err
	}
	if r == nil {
		return nil, nil, peyvand.Errorf(peyvand.ENOTFOUND, "no entity %s", id)
	}
	return r.nodes, r.edges, nil
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

// FullTextAvailable reports whether the full-text index with the persian
// analyzer is online, so SearchFullText can run.
func (s *Store) FullTextAvailable() bool { return s.fullText.Load() }

// SearchFullText searches names and aliases through Lucene's persian
// analyzer (stemming, stop words), which finds inflected forms the key
// search of Find does not; it is Neo4j-only, so the API's search stays
// Find. text is matched as words, each also as a prefix; Lucene's syntax
// characters in it are escaped. It returns UNAVAILABLE when the index
// does not exist (the server lacks the analyzer; see Migrate).
func (s *Store) SearchFullText(ctx context.Context, text string, limit int) ([]peyvand.Hit, error) {
	if !s.fullText.Load() {
		return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "full-text search is not available on this server")
	}
	if limit < 1 || limit > MaxFullTextHits {
		return nil, peyvand.Errorf(peyvand.EINVALID, "limit %d is not between 1 and %d", limit, MaxFullTextHits)
	}
	query := luceneQuery(text)
	if query == "" {
		return nil, nil
	}
	return readTx(ctx, s, "full-text search", func(tx neo4j.ManagedTransaction) ([]peyvand.Hit, error) {
		recs, err := collect(ctx, tx, "fulltext_search", map[string]any{
			"index": fullTextIndex, "query": query, "limit": int64(limit),
		})
		if err != nil {
			return nil, err
		}
		hits := make([]peyvand.Hit, 0, len(recs))
		for _, r := range recs {
			n, err := nodeFromProps(propsOf(get(r, "props")))
			if err != nil {
				return nil, err
			}
			score, _ := get(r, "score").(float64)
			hits = append(hits, peyvand.Hit{Node: n, Score: score})
		}
		return hits, nil
	})
}

// luceneSpecial are the characters of Lucene's query syntax.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// luceneQuery turns user text into a Lucene query of its words, each
// escaped and matched whole or as a prefix: «زاهدی نیا» gives
// (زاهدی OR زاهدی*) AND (نیا OR نیا*).
func luceneQuery(text string) string {
	var parts []string
	for _, w := range strings.Fields(strings.ReplaceAll(text, "\u200c", " ")) {
		if w == "AND" || w == "OR" || w == "NOT" {
			// Lucene's operators, meant here as words.
			w = strings.ToLower(w)
		}
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		if e := b.String(); e != "" {
			parts = append(parts, "("+e+" OR "+e+"*)")
		}
	}
	return strings.Join(parts, " AND ")
}
