package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

// TestUnmergeThroughTheQueue merges a listed pair, unmerges it, and finds
// the pair listed again at once, both nodes resolving to themselves, and
// both decisions in the audit log.
func TestUnmergeThroughTheQueue(t *testing.T) {
	store := openStore(t, dupWorld())
	c := newClient(t, store)
	editor := as("curator", auth.RoleEditor)
	id := func(key string) string { return peyvand.NewID(peyvand.TypePerson, key) }
	space, zwnj := id("dup/space"), id("dup/zwnj")
	pair := pairOf(space, zwnj)

	var before dupPage
	c.MustPost(dupQuery, &before, editor, client.Var("type", "PERSON"))
	if !slices.Contains(pairIDs(before), pair) {
		t.Fatalf("the spellings are not listed: %v", pairIDs(before))
	}
	var merged struct{ MergeEntities struct{ ID string } }
	c.MustPost(`mutation($a: ID!, $b: ID!) { mergeEntities(from: $a, into: $b) { id } }`, &merged, editor,
		client.Var("a", space), client.Var("b", zwnj))
	var during dupPage
	c.MustPost(dupQuery, &during, editor, client.Var("type", "PERSON"))
	if slices.Contains(pairIDs(during), pair) {
		t.Fatalf("the merged pair is still listed")
	}

	var un struct {
		Unmerge struct {
			Restored struct {
				ID, Name string
				Tenures  struct{ TotalCount int }
			}
			Survivor struct{ ID string }
			Audit    struct{ Action, Target, Actor, Detail string }
		}
	}
	c.MustPost(`mutation($id: ID!) { unmerge(id: $id) {
		restored { id ... on Person { name tenures { totalCount } } } survivor { id } audit { action target actor detail } } }`,
		&un, editor, client.Var("id", space))
	u := un.Unmerge
	if u.Restored.ID != space || u.Restored.Name != "مازیار سپهری نیا" || u.Restored.Tenures.TotalCount != 1 || u.Survivor.ID != zwnj {
		t.Errorf("unmerge = %+v", u)
	}
	if u.Audit.Action != "unmerge" || u.Audit.Target != space || u.Audit.Actor != "curator" || !strings.Contains(u.Audit.Detail, zwnj) {
		t.Errorf("unmerge audit = %+v", u.Audit)
	}
	var node struct{ Node struct{ ID string } }
	c.MustPost(`query($id: ID!) { node(id: $id) { id } }`, &node, editor, client.Var("id", space))
	if node.Node.ID != space {
		t.Errorf("after unmerge the ID resolves to %s", node.Node.ID)
	}
	var after dupPage
	c.MustPost(dupQuery, &after, editor, client.Var("type", "PERSON"))
	if !slices.Contains(pairIDs(after), pair) {
		t.Errorf("the unmerged pair is not listed again: %v", pairIDs(after))
	}
	var audit struct {
		AuditLog []struct{ Action, Target string }
	}
	c.MustPost(`{ auditLog(first: 2) { action target } }`, &audit, editor)
	if len(audit.AuditLog) != 2 || audit.AuditLog[0].Action != "unmerge" || audit.AuditLog[1].Action != "mergeEntities" {
		t.Errorf("audit log = %+v, want the unmerge, then the merge", audit.AuditLog)
	}
}

func TestUnmergeErrors(t *testing.T) {
	store := openStore(t, dupWorld())
	h := newHandler(t, store)
	id := func(key string) string { return peyvand.NewID(peyvand.TypePerson, key) }
	space, zwnj := id("dup/space"), id("dup/zwnj")
	editor := callerOf("curator")
	if _, err := store.Merge(context.Background(), space, zwnj, peyvand.AuditRecord{}); err != nil {
		t.Fatal(err)
	}
	unmerge := func(id string) string { return `mutation { unmerge(id: "` + id + `") { restored { id } } }` }
	reader := &auth.Caller{Name: "r", Role: auth.RoleReader}
	for _, tc := range []struct {
		name, query string
		caller      *auth.Caller
		code, msg   string
	}{
		{"unknown ID", unmerge("per_0000000000000000"), editor, peyvand.ENOTFOUND, "no entity"},
		{"never merged", unmerge(zwnj), editor, peyvand.EINVALID, "never merged"},
		{"no key", unmerge(space), nil, peyvand.EUNAUTHORIZED, "API key"},
		{"reader key", unmerge(space), reader, peyvand.EFORBIDDEN, "EDITOR"},
		{"first", unmerge(space), editor, "", ""},
		{"twice", unmerge(space), editor, peyvand.ECONFLICT, "already undone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, h, tc.query, tc.caller)
			if tc.code == "" {
				if len(errs) != 0 {
					t.Fatalf("errors %+v", errs)
				}
				return
			}
			if len(errs) == 0 {
				t.Fatalf("no error, want %s", tc.code)
			}
			if errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.msg) {
				t.Errorf("error = %q %v, want %s and %q", errs[0].Message, errs[0].Extensions, tc.code, tc.msg)
			}
		})
	}
}

// TestUndoDismissal dismisses a listed pair and undoes the dismissal: the
// pair is listed again at once, both decisions are in the audit log, and
// undoing it again is INVALID_ARGUMENT.
func TestUndoDismissal(t *testing.T) {
	store := openStore(t, dupWorld())
	c := newClient(t, store)
	editor := as("curator", auth.RoleEditor)
	a, b := peyvand.NewID(peyvand.TypePerson, "dup/space"), peyvand.NewID(peyvand.TypePerson, "dup/zwnj")
	listed := func() bool {
		var p dupPage
		c.MustPost(dupQuery, &p, editor, client.Var("type", "PERSON"))
		return slices.Contains(pairIDs(p), pairOf(a, b))
	}
	if !listed() {
		t.Fatal("the pair is not listed")
	}
	var dis struct{ DismissDuplicate struct{ ID string } }
	c.MustPost(`mutation($a: ID!, $b: ID!) { dismissDuplicate(a: $a, b: $b) { id } }`, &dis, editor, client.Var("a", a), client.Var("b", b))
	if listed() {
		t.Fatal("the dismissed pair is listed")
	}
	var undo struct {
		UndoDismissal struct{ Action, Target, Actor string }
	}
	c.MustPost(`mutation($a: ID!, $b: ID!) { undoDismissal(a: $a, b: $b) { action target actor } }`, &undo, editor, client.Var("a", b), client.Var("b", a))
	if u := undo.UndoDismissal; u.Action != "undoDismissal" || u.Actor != "curator" {
		t.Errorf("undoDismissal = %+v", u)
	}
	if !listed() {
		t.Error("the pair is not listed again once its dismissal is undone")
	}
	var audit struct{ AuditLog []struct{ Action string } }
	c.MustPost(`{ auditLog(first: 2) { action } }`, &audit, editor)
	if len(audit.AuditLog) != 2 || audit.AuditLog[0].Action != "undoDismissal" || audit.AuditLog[1].Action != "dismissDuplicate" {
		t.Errorf("audit log = %+v", audit.AuditLog)
	}
	h := newHandler(t, store)
	_, errs := post(t, h, `mutation { undoDismissal(a: "`+a+`", b: "`+b+`") { id } }`, callerOf("curator"))
	if len(errs) == 0 || errs[0].Extensions["code"] != peyvand.EINVALID || !strings.Contains(errs[0].Message, "not dismissed") {
		t.Errorf("undoing a dismissal twice: %+v", errs)
	}
	_, errs = post(t, h, `mutation { undoDismissal(a: "`+a+`", b: "`+b+`") { id } }`, &auth.Caller{Name: "r", Role: auth.RoleReader})
	if len(errs) == 0 || errs[0].Extensions["code"] != peyvand.EFORBIDDEN {
		t.Errorf("a reader undoing a dismissal: %+v", errs)
	}
}

// TestReviewQueueWalk takes a pair that two ingested reports leave
// through every decision of the review queue on the embedded store; on
// Neo4j, TestNeo4jReviewQueueMatchesEmbedded walks it on both stores.
func TestReviewQueueWalk(t *testing.T) {
	reviewQueueWalk(t, openStore(t, nil))
}
