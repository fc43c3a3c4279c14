package export

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// pageSize is how many nodes, or nodes' edges, Whole reads per store call.
const pageSize = 5000

// Whole returns the whole graph — every node but sources (whose text the
// evidence of the edges already quotes) and every edge among them — as one
// Subgraph, each node's Data carrying its degree. A graph of more than
// maxNodes nodes is refused with INVALID_ARGUMENT before anything is read,
// so an export never exhausts the server; maxNodes must be positive.
func Whole(ctx context.Context, st peyvand.Store, maxNodes int) (*explore.Subgraph, error) {
	if maxNodes < 1 {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the node cap %d must be positive", maxNodes)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("export whole graph: %w", err)
	}
	total := 0
	for t, n := range stats.Nodes {
		if t != peyvand.TypeSource {
			total += n
		}
	}
	if total > maxNodes {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the graph has %d nodes, more than the export cap of %d; export a neighbourhood instead", total, maxNodes)
	}
	var nodes []*peyvand.Node
	for _, t := range peyvand.EntityTypes {
		if t == peyvand.TypeSource {
			continue
		}
		for offset := 0; ; {
			page, err := st.Find(ctx, peyvand.Query{Types: []peyvand.EntityType{t}, Sort: peyvand.SortName, Offset: offset, Limit: pageSize})
			if err != nil {
				return nil, fmt.Errorf("export whole graph: %w", err)
			}
			for _, h := range page.Hits {
				nodes = append(nodes, h.Node)
			}
			offset += len(page.Hits)
			if len(page.Hits) == 0 || offset >= page.Total {
				break
			}
			if len(nodes) > maxNodes {
				return nil, peyvand.Errorf(peyvand.EINVALID, "the graph has grown past the export cap of %d nodes", maxNodes)
			}
		}
	}
	in := make(map[string]bool, len(nodes))
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		in[n.ID] = true
		ids[i] = n.ID
	}
	var edges []*peyvand.Edge
	degree := map[string]int{}
	for chunk := range slices.Chunk(ids, pageSize) {
		es, err := st.EdgesOf(ctx, chunk, peyvand.Out)
		if err != nil {
			return nil, fmt.Errorf("export whole graph: %w", err)
		}
		for _, id := range chunk {
			for _, e := range es[id] {
				if in[e.To] && e.From == id {
					edges = append(edges, e)
					degree[e.From]++
					degree[e.To]++
				}
			}
		}
	}
	sg := &explore.Subgraph{Nodes: make([]explore.SubNode, len(nodes)), Edges: make([]explore.SubEdge, len(edges))}
	for i, n := range nodes {
		sg.Nodes[i] = explore.NewSubNode(n)
		sg.Nodes[i].Data["degree"] = degree[n.ID]
	}
	slices.SortFunc(edges, func(a, b *peyvand.Edge) int { return cmp.Compare(a.ID, b.ID) })
	for i, e := range edges {
		sg.Edges[i] = explore.NewSubEdge(e)
	}
	return sg, nil
}
