package peyvand

import (
	"context"
	"slices"
	"time"
)

// Store is where the graph lives. The embedded store (store/embedded) and the
// Neo4j store (store/neo4j) implement it, and one conformance suite
// (store/storetest) holds them to the same behaviour.
//
// Every read method is one round trip however many IDs it is given, so
// dataloaders can batch a level of a GraphQL query into one call.
type Store interface {
	// Apply writes b atomically and durably: when it returns nil, every node
	// and edge of b is stored and survives a crash; when it returns an error,
	// none is. Nodes and edges are upserted by ID: lists (aliases, titles,
	// figures, evidence) are unioned without duplicates, and a non-empty
	// scalar field of b replaces the stored one, unless b.Replace is set, in
	// which case b's nodes replace the stored ones whole. Applying the same
	// batch twice changes nothing the second time.
	Apply(ctx context.Context, b *Batch) (*ApplyResult, error)

	// Nodes returns the nodes with the given IDs, in the same order, with nil
	// where no node has that ID. An ID that was merged into another node
	// returns the surviving node.
	Nodes(ctx context.Context, ids []string) ([]*Node, error)

	// Edges returns the edges with the given IDs, in order, nil where none.
	Edges(ctx context.Context, ids []string) ([]*Edge, error)

	// EdgesOf returns, for each node ID, its edges in direction dir of the
	// given types (all types when none are given), ordered by edge ID.
	// Merged IDs resolve to the survivor, but results stay keyed by the ID
	// asked for.
	EdgesOf(ctx context.Context, ids []string, dir Direction, types ...RelType) (map[string][]*Edge, error)

	// Find searches or lists nodes. With q.Text set, nodes whose name or an
	// alias matches the text the way a Persian reader expects are returned
	// ranked by score; without it, nodes are listed by the filters and sort
	// order of q.
	Find(ctx context.Context, q Query) (*Page, error)

	// Merge folds node from into node into: into gains from's aliases
	// (from's name among them), titles and evidence, every edge of from is
	// moved to into, and from's ID resolves to into from then on. Both must
	// exist and be of the same type.
	Merge(ctx context.Context, from, into string, rec AuditRecord) (*Node, error)

	// Unmerge undoes the latest merge of node id into another, recorded as
	// rec in the same transaction: id stops resolving to the survivor and
	// comes back as it was before the merge, with its own edges and
	// evidence; the survivor loses what the merge gave it and keeps all it
	// gained since. An ID of no node is NOT_FOUND, one never merged
	// INVALID_ARGUMENT; a merge already undone, one the store kept no record
	// of, or one a later merge built on (the survivor or a node on one of
	// id's edges was merged since) is CONFLICT and changes nothing.
	Unmerge(ctx context.Context, id string, rec AuditRecord) (restored, survivor *Node, err error)

	// Audit returns the most recent curation records, newest first.
	Audit(ctx context.Context, limit int) ([]AuditRecord, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (*Stats, error)

	// Ping reports whether the store can serve requests now.
	Ping(ctx context.Context) error

	Close() error
}

// Direction says which edges of a node EdgesOf follows.
type Direction int

// Directions for EdgesOf.
const (
	Out  Direction = iota // edges whose From is the node
	In                    // edges whose To is the node
	Both                  // either
)

// Batch is a set of writes applied together.
type Batch struct {
	Nodes []*Node
	Edges []*Edge
	// DeleteEdges removes edges by ID (curation corrects a wrong tenure).
	DeleteEdges []string
	// Replace makes Nodes and Edges replace stored ones whole instead of
	// merging, so curation can correct a name or drop a wrong alias, and an
	// upgrade can rewrite evidence.
	Replace bool
	// Audit, when set, is recorded with the batch, in the same transaction.
	Audit *AuditRecord
}

// ApplyResult counts what a batch changed.
type ApplyResult struct {
	NodesCreated int `json:"nodesCreated"`
	NodesUpdated int `json:"nodesUpdated"`
	EdgesCreated int `json:"edgesCreated"`
	EdgesUpdated int `json:"edgesUpdated"`
	EdgesDeleted int `json:"edgesDeleted"`
	// Unchanged counts nodes and edges the batch left as they were.
	Unchanged int `json:"unchanged"`
}

// Changed reports whether the batch changed anything.
func (r *ApplyResult) Changed() bool {
	return r.NodesCreated+r.NodesUpdated+r.EdgesCreated+r.EdgesUpdated+r.EdgesDeleted > 0
}

// SortKey orders a listing.
type SortKey string

// Sort keys for Find without text.
const (
	SortName    SortKey = "NAME"
	SortDate    SortKey = "DATE"
	SortUpdated SortKey = "UPDATED"
)

// Query selects nodes for Find.
type Query struct {
	// Text, when set, is a search: Arabic ي/ك equal Persian ی/ک, the
	// zero-width non-joiner, a space and nothing are equal inside a name,
	// honorifics are ignored, and a prefix of a name or of a word of it
	// matches («رستم» finds رستمی‌فر). Results are ranked by Score.
	Text string
	// Types restricts the result to these node types (all when empty).
	Types []EntityType
	// Name keeps nodes whose name or an alias contains this text,
	// normalized as for Text.
	Name string
	// Kind keeps nodes of this kind (a body's head noun, an event type).
	Kind string
	// Related keeps nodes with an edge to or from this node (a body's
	// members, an event's participants, a place's bodies).
	Related string
	// From and To keep nodes dated within [From, To], ISO YYYY-MM-DD; a
	// node without a date never matches a date range.
	From, To string
	// Sort orders a listing (ignored for a search); Desc reverses it.
	Sort SortKey
	Desc bool
	// Offset and Limit page through the result.
	Offset, Limit int
}

// Hit is one node of a Find result.
type Hit struct {
	Node *Node
	// Score ranks search hits: higher is better; 1 is an exact name match.
	Score float64
}

// Page is one page of a Find result.
type Page struct {
	Hits []Hit
	// Total counts every match, not only this page.
	Total int
}

// AuditRecord says who changed what by hand, and when.
type AuditRecord struct {
	ID     string    `json:"id"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Target string    `json:"target"`
	Detail string    `json:"detail"`
	At     time.Time `json:"at"`
}

// IngestResult says what ingesting one document did.
type IngestResult struct {
	File    string `json:"file"`
	Sources int    `json:"sources"`
	// NodesCreated counts new nodes; NodesMerged counts stored nodes the
	// document added to (an alias, a title, evidence).
	NodesCreated int `json:"nodesCreated"`
	NodesMerged  int `json:"nodesMerged"`
	EdgesCreated int `json:"edgesCreated"`
	EdgesUpdated int `json:"edgesUpdated"`
	// Unchanged counts the document's nodes and edges the store already
	// held as they are.
	Unchanged int `json:"unchanged"`
	// NodeIDs are the IDs of the document's nodes, sources first.
	NodeIDs []string `json:"nodeIds"`
	// Errors says why the document was not written.
	Errors []string `json:"errors,omitempty"`
	// Warnings are what was written differently from the document: a
	// reference to an unlisted person or body added, an unknown event type
	// stored as other.
	Warnings []string `json:"warnings,omitempty"`
}

// Stats counts the stored graph.
type Stats struct {
	Nodes map[EntityType]int `json:"nodes"`
	Edges map[RelType]int    `json:"edges"`
}

// Validate reports what is wrong with q, as an INVALID_ARGUMENT error, or
// nil. Every store checks a query with it before running it, so they refuse
// the same queries with the same words.
func (q Query) Validate() error {
	switch {
	case q.Offset < 0:
		return Errorf(EINVALID, "offset %d is negative", q.Offset)
	case q.Limit < 0:
		return Errorf(EINVALID, "limit %d is negative", q.Limit)
	}
	for _, t := range q.Types {
		if !slices.Contains(EntityTypes, t) {
			return Errorf(EINVALID, "unknown entity type %q", t)
		}
	}
	switch q.Sort {
	case "", SortName, SortDate, SortUpdated:
	default:
		return Errorf(EINVALID, "unknown sort key %q", q.Sort)
	}
	for _, d := range []string{q.From, q.To} {
		if d != "" && !isISODate(d) {
			return Errorf(EINVALID, "date %q is not YYYY-MM-DD", d)
		}
	}
	return nil
}

// isISODate reports whether s has the form YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
