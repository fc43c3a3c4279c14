// Package curation holds the rules that change the graph, written once for
// everyone who changes it: the API's curation mutations and the ingester.
//
//   - Rename and AddAlias change a node's names (the old name stays an
//     alias) and tell the name index (Names) so that later documents
//     resolve against the new names.
//   - Merge folds one node into another through the store's Merge, and
//     Unmerge undoes it through the store's Unmerge.
//   - AppointmentEdges is what taking a post writes: the new tenure and,
//     when a predecessor is named, the SUCCEEDED edge and the end of the
//     predecessor's tenure; KeepStored says what of a stored tenure such a
//     write leaves alone. RecordTenure (an editor's tenure) and the
//     ingester's appointments both write through them.
//   - RoleKey is "the same post": every reader of tenures compares roles
//     through it, and PositionOf gives a post its one ID from it.
//
// How a write merges into a stored node or edge (lists unioned, a stored
// name kept) and what an edge's ID is are the store's rules,
// store/upsert.MergeNode, MergeEdge and EdgeID; every change here is a
// Store.Apply with its audit record in the same transaction.
package curation

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
)

// Store is what curation reads and writes.
type Store interface {
	Nodes(ctx context.Context, ids []string) ([]*peyvand.Node, error)
	Edges(ctx context.Context, ids []string) ([]*peyvand.Edge, error)
	Apply(ctx context.Context, b *peyvand.Batch) (*peyvand.ApplyResult, error)
	Merge(ctx context.Context, from, into string, rec peyvand.AuditRecord) (*peyvand.Node, error)
	Unmerge(ctx context.Context, id string, rec peyvand.AuditRecord) (restored, survivor *peyvand.Node, err error)
}

// Names is an index of the stored names that later writes resolve against
// (the ingester's). Learn gives it nodes as they are stored now; a node
// with MergedInto set leaves the index.
type Names interface {
	Learn(nodes ...*peyvand.Node)
}

// Curator applies the curation rules to a store.
type Curator struct {
	store Store
	names Names
}

// New returns a Curator writing to store and telling names, when not nil,
// of every name it changes.
func New(store Store, names Names) *Curator {
	return &Curator{store: store, names: names}
}

// Record returns a new audit record of actor doing action to target.
func Record(actor, action, target, detail string) *peyvand.AuditRecord {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return &peyvand.AuditRecord{
		ID:     "aud_" + hex.EncodeToString(b[:]),
		Actor:  actor,
		Action: action,
		Target: target,
		Detail: detail,
		At:     time.Now().UTC(),
	}
}

// Node reads node id; no such node is ENOTFOUND.
func (c *Curator) Node(ctx context.Context, id string) (*peyvand.Node, error) {
	got, err := c.store.Nodes(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("read node %s: %w", id, err)
	}
	if len(got) != 1 || got[0] == nil {
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no node has ID %q", id)
	}
	return got[0], nil
}

// Rename gives node id a new name and keeps the old one as an alias, so
// searches for it still find the node.
func (c *Curator) Rename(ctx context.Context, actor, id, name string) (*peyvand.Node, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "name must not be empty")
	}
	n, err := c.Node(ctx, id)
	if err != nil {
		return nil, err
	}
	renamed := *n
	renamed.Aliases = slices.DeleteFunc(slices.Clone(n.Aliases), func(a string) bool { return a == name })
	if n.Name != "" && n.Name != name && !slices.Contains(renamed.Aliases, n.Name) {
		renamed.Aliases = append(renamed.Aliases, n.Name)
	}
	renamed.Name = name
	return c.replace(ctx, &renamed, Record(actor, "renameEntity", n.ID, fmt.Sprintf("name %q → %q", n.Name, name)))
}

// AddAlias adds another name node id is known by.
func (c *Curator) AddAlias(ctx context.Context, actor, id, alias string) (*peyvand.Node, error) {
	alias = strings.TrimSpace(alias)
	if alias == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "alias must not be empty")
	}
	n, err := c.Node(ctx, id)
	if err != nil {
		return nil, err
	}
	changed := *n
	if alias != n.Name && !slices.Contains(n.Aliases, alias) {
		changed.Aliases = append(slices.Clone(n.Aliases), alias)
	}
	return c.replace(ctx, &changed, Record(actor, "addAlias", n.ID, fmt.Sprintf("alias %q", alias)))
}

// replace stores n in place of the stored node, with the audit record,
// tells the name index, and returns the node as stored.
func (c *Curator) replace(ctx context.Context, n *peyvand.Node, rec *peyvand.AuditRecord) (*peyvand.Node, error) {
	n.Updated = rec.At
	if _, err := c.store.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{n}, Replace: true, Audit: rec}); err != nil {
		return nil, fmt.Errorf("%s %s: %w", rec.Action, n.ID, err)
	}
	stored, err := c.Node(ctx, n.ID)
	if err != nil {
		return nil, err
	}
	c.learn(stored)
	return stored, nil
}

// Merge folds node from into node into (Store.Merge) and returns the
// survivor.
func (c *Curator) Merge(ctx context.Context, actor, from, into string) (*peyvand.Node, error) {
	if from == into {
		return nil, peyvand.Errorf(peyvand.EINVALID, "cannot merge %q into itself", from)
	}
	rec := Record(actor, "mergeEntities", into, fmt.Sprintf("merged %s into %s", from, into))
	n, err := c.store.Merge(ctx, from, into, *rec)
	if err != nil {
		return nil, fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	c.learn(&peyvand.Node{ID: from, MergedInto: n.ID}, n)
	return n, nil
}

// Unmerge undoes the latest merge of node id into another
// (Store.Unmerge), tells the name index of both nodes as they are now, and
// returns the audit record with them.
func (c *Curator) Unmerge(ctx context.Context, actor, id string) (restored, survivor *peyvand.Node, rec *peyvand.AuditRecord, err error) {
	got, err := c.store.Nodes(ctx, []string{id})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("unmerge %s: %w", id, err)
	}
	detail := ""
	if len(got) == 1 && got[0] != nil && got[0].ID != id {
		detail = fmt.Sprintf("%s restored apart from %s", id, got[0].ID)
	}
	rec = Record(actor, "unmerge", id, detail)
	restored, survivor, err = c.store.Unmerge(ctx, id, *rec)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("unmerge %s: %w", id, err)
	}
	c.learn(restored, survivor)
	return restored, survivor, rec, nil
}

func (c *Curator) learn(nodes ...*peyvand.Node) {
	if c.names != nil {
		c.names.Learn(nodes...)
	}
}
