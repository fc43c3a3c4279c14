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

// dupWorld is a made-up graph with planted duplicates: the same official
// spelled with a space and with a non-joiner, his surname alone, two
// namesakes with nothing else in common, a body under a short and a long
// name, and a generic body name in two places.
func dupWorld() *peyvand.Batch {
	src := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeSource, "dup/src"), Type: peyvand.TypeSource, Name: "خبر ساختگی",
		Text: "مازیار سپهری‌نیا مدیر کل شد. مازیار سپهری نیا در نشست گفت. سپهری‌نیا افزود."}
	ev := func(q string) []peyvand.Evidence {
		start := len([]rune(src.Text[:strings.Index(src.Text, q)]))
		return []peyvand.Evidence{{SourceID: src.ID, Quote: q, Start: start, End: start + len([]rune(q))}}
	}
	person := func(key, name string, titles ...string) *peyvand.Node {
		return &peyvand.Node{ID: peyvand.NewID(peyvand.TypePerson, key), Type: peyvand.TypePerson, Name: name, Titles: titles}
	}
	org := func(key, name, kind string) *peyvand.Node {
		return &peyvand.Node{ID: peyvand.NewID(peyvand.TypeOrganization, key), Type: peyvand.TypeOrganization, Name: name, Kind: kind}
	}
	place := func(key, name string) *peyvand.Node {
		return &peyvand.Node{ID: peyvand.NewID(peyvand.TypePlace, key), Type: peyvand.TypePlace, Name: name, Kind: peyvand.PlaceCity}
	}
	zwnj := person("dup/zwnj", "مازیار سپهری‌نیا", "دکتر")
	space := person("dup/space", "مازیار سپهری نیا")
	surname := person("dup/surname", "سپهری‌نیا")
	kaveh1 := person("dup/kaveh1", "کاوه بهرامی")
	kaveh2 := person("dup/kaveh2", "كاوه بهرامي") // Arabic kaf and yeh
	alone := person("dup/alone", "سارا رستمی")
	short := org("dup/short", "اداره کل ورزش", "اداره کل")
	long := org("dup/long", "اداره کل ورزش و جوانان", "اداره کل")
	govA := org("dup/govA", "فرمانداری", "فرمانداری")
	govB := org("dup/govB", "فرمانداری", "فرمانداری")
	cityA, cityB := place("dup/cityA", "شهر الف"), place("dup/cityB", "شهر ب")
	meeting := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeEvent, "dup/meeting"), Type: peyvand.TypeEvent, Name: "نشست ساختگی", Kind: peyvand.EventMeeting}
	rel := func(rt peyvand.RelType, from, to *peyvand.Node, role string, e []peyvand.Evidence) *peyvand.Edge {
		return &peyvand.Edge{ID: peyvand.EdgeID(rt, from.ID, to.ID, role), Type: rt, From: from.ID, To: to.ID, Role: role, Evidence: e}
	}
	t1 := rel(peyvand.RelHolds, zwnj, long, "مدیر کل", ev("مازیار سپهری‌نیا مدیر کل شد."))
	t1.Start = &peyvand.Date{ISO: "2024-05-01"}
	t2 := rel(peyvand.RelHolds, space, long, "مدیرکل", ev("مازیار سپهری نیا در نشست گفت."))
	t2.Start, t2.End = &peyvand.Date{ISO: "2024-01-01"}, &peyvand.Date{ISO: "2024-12-01"}
	return &peyvand.Batch{
		Nodes: []*peyvand.Node{src, zwnj, space, surname, kaveh1, kaveh2, alone, short, long, govA, govB, cityA, cityB, meeting},
		Edges: []*peyvand.Edge{t1, t2,
			rel(peyvand.RelParticipated, zwnj, meeting, peyvand.PartChair, ev("مازیار سپهری‌نیا مدیر کل شد.")),
			rel(peyvand.RelParticipated, space, meeting, peyvand.PartSpeaker, ev("مازیار سپهری نیا در نشست گفت.")),
			rel(peyvand.RelParticipated, surname, meeting, peyvand.PartSpeaker, ev("سپهری‌نیا افزود.")),
			rel(peyvand.RelLocatedIn, short, cityA, "", nil),
			rel(peyvand.RelLocatedIn, long, cityA, "", nil),
			rel(peyvand.RelLocatedIn, govA, cityA, "", nil),
			rel(peyvand.RelLocatedIn, govB, cityB, "", nil),
		},
	}
}

// dupPage is the part of a duplicateCandidates response the tests read.
type dupPage struct {
	DuplicateCandidates struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				Score   float64
				Reasons []string
				A, B    struct {
					Node     struct{ ID, Name string }
					Evidence []struct {
						Quote  string
						Source struct{ ID string }
					}
				}
			}
		}
	}
}

const dupQuery = `query($type: EntityType!, $first: Int, $after: String) {
  duplicateCandidates(type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { score reasons
      a { node { id ... on Person { name } ... on Organization { name } } evidence { quote source { id } } }
      b { node { id ... on Person { name } ... on Organization { name } } evidence { quote source { id } } } } }
  }
}`

// pairIDs lists the pairs of a page as "a|b".
func pairIDs(p dupPage) []string {
	var out []string
	for _, e := range p.DuplicateCandidates.Edges {
		out = append(out, e.Node.A.Node.ID+"|"+e.Node.B.Node.ID)
	}
	return out
}

func pairOf(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

func TestDuplicateCandidates(t *testing.T) {
	w := dupWorld()
	store := openStore(t, w)
	c := newClient(t, store)
	editor := as("curator", auth.RoleEditor)
	id := func(key string) string { return peyvand.NewID(peyvand.TypePerson, key) }
	official := pairOf(id("dup/zwnj"), id("dup/space"))
	namesakes := pairOf(id("dup/kaveh1"), id("dup/kaveh2"))
	short1 := pairOf(id("dup/zwnj"), id("dup/surname"))
	short2 := pairOf(id("dup/space"), id("dup/surname"))

	var all dupPage
	c.MustPost(dupQuery, &all, editor, client.Var("type", "PERSON"), client.Var("first", 10))
	got := pairIDs(all)
	if all.DuplicateCandidates.TotalCount != 4 || len(got) != 4 {
		t.Fatalf("pairs = %v (total %d), want the official's spellings, his surname twice and the namesakes", got, all.DuplicateCandidates.TotalCount)
	}
	// The surname at the official's meeting outranks namesakes who share
	// nothing else.
	if got[0] != official || !slices.Contains(got[1:3], short1) || !slices.Contains(got[1:3], short2) || got[3] != namesakes {
		t.Errorf("ranking = %v, want %s, the surname pairs, then %s", got, official, namesakes)
	}
	top := all.DuplicateCandidates.Edges[0].Node
	wantReasons := []string{"SAME_NAME", "SAME_BODY", "SAME_POST", "OVERLAPPING_TENURES", "SHARED_EVENTS"}
	if !slices.Equal(top.Reasons, wantReasons) || top.Score <= all.DuplicateCandidates.Edges[1].Node.Score {
		t.Errorf("top pair = %v score %v, want %v and the best score", top.Reasons, top.Score, wantReasons)
	}
	if len(top.A.Evidence) == 0 || len(top.B.Evidence) == 0 || top.A.Evidence[0].Source.ID != w.Nodes[0].ID {
		t.Errorf("top pair evidence = %+v / %+v, want the tenure sentences", top.A.Evidence, top.B.Evidence)
	}
	if r := all.DuplicateCandidates.Edges[3].Node.Reasons; !slices.Equal(r, []string{"SAME_NAME"}) {
		t.Errorf("namesakes reasons = %v, want SAME_NAME only", r)
	}
	if r := all.DuplicateCandidates.Edges[1].Node.Reasons; !slices.Equal(r, []string{"NAME_EXTENDS", "SHARED_EVENTS"}) {
		t.Errorf("surname reasons = %v, want NAME_EXTENDS and SHARED_EVENTS", r)
	}

	// Paging: two pages of two give the same list.
	var p1, p2 dupPage
	c.MustPost(dupQuery, &p1, editor, client.Var("type", "PERSON"), client.Var("first", 2))
	if !p1.DuplicateCandidates.PageInfo.HasNextPage {
		t.Error("first page of two says nothing follows")
	}
	c.MustPost(dupQuery, &p2, editor, client.Var("type", "PERSON"), client.Var("first", 2), client.Var("after", p1.DuplicateCandidates.PageInfo.EndCursor))
	if paged := append(pairIDs(p1), pairIDs(p2)...); !slices.Equal(paged, got) || p2.DuplicateCandidates.PageInfo.HasNextPage {
		t.Errorf("paged = %v, want %v with no page after", paged, got)
	}

	// Organizations: the short and long name in one city; the generic
	// name in two cities is no candidate.
	var orgs dupPage
	c.MustPost(dupQuery, &orgs, editor, client.Var("type", "ORGANIZATION"))
	wantOrg := pairOf(peyvand.NewID(peyvand.TypeOrganization, "dup/short"), peyvand.NewID(peyvand.TypeOrganization, "dup/long"))
	if og := pairIDs(orgs); !slices.Equal(og, []string{wantOrg}) {
		t.Errorf("organization pairs = %v, want only %s", og, wantOrg)
	} else if r := orgs.DuplicateCandidates.Edges[0].Node.Reasons; !slices.Equal(r, []string{"NAME_EXTENDS", "SAME_PLACE"}) {
		t.Errorf("organization reasons = %v", r)
	}

	// Dismissing the namesakes removes them, records the decision, and
	// survives a new handler (a restart) and a later merge.
	var dis struct {
		DismissDuplicate struct{ Action, Target, Detail, Actor string }
	}
	c.MustPost(`mutation($a: ID!, $b: ID!) { dismissDuplicate(a: $a, b: $b) { action target detail actor } }`, &dis, editor,
		client.Var("a", id("dup/kaveh2")), client.Var("b", id("dup/kaveh1")))
	if d := dis.DismissDuplicate; d.Action != "dismissDuplicate" || d.Actor != "curator" || pairOf(d.Target, d.Detail[len(d.Detail)-len(d.Target):]) != namesakes {
		t.Errorf("dismissal record = %+v", d)
	}
	var after dupPage
	c.MustPost(dupQuery, &after, editor, client.Var("type", "PERSON"))
	if ids := pairIDs(after); slices.Contains(ids, namesakes) || len(ids) != 3 {
		t.Errorf("after dismissal = %v, want the three others", ids)
	}
	var audit struct {
		AuditLog []struct{ Action, Target string }
	}
	c.MustPost(`{ auditLog(first: 5) { action target } }`, &audit, editor)
	if len(audit.AuditLog) == 0 || audit.AuditLog[0].Action != "dismissDuplicate" {
		t.Errorf("audit log = %+v, want the dismissal first", audit.AuditLog)
	}

	fresh := newClient(t, store)
	var merged struct{ MergeEntities struct{ ID string } }
	fresh.MustPost(`mutation($a: ID!, $b: ID!) { mergeEntities(from: $a, into: $b) { id } }`, &merged, editor,
		client.Var("a", id("dup/space")), client.Var("b", id("dup/zwnj")))
	for name, cl := range map[string]*client.Client{"same handler": c, "new handler": fresh} {
		var p dupPage
		cl.MustPost(dupQuery, &p, editor, client.Var("type", "PERSON"))
		if ids := pairIDs(p); !slices.Equal(ids, []string{short1}) {
			t.Errorf("%s, after merging the spellings: %v, want only %s", name, ids, short1)
		}
	}
}

func TestDuplicateErrors(t *testing.T) {
	store := openStore(t, dupWorld())
	h := newHandler(t, store)
	a, b := peyvand.NewID(peyvand.TypePerson, "dup/kaveh1"), peyvand.NewID(peyvand.TypePerson, "dup/kaveh2")
	org := peyvand.NewID(peyvand.TypeOrganization, "dup/short")
	editor := callerOf("curator")
	reader := &auth.Caller{Name: "r", Role: auth.RoleReader}
	for _, tc := range []struct {
		name, query string
		caller      *auth.Caller
		code, msg   string
	}{
		{"unknown ID", `mutation { dismissDuplicate(a: "` + a + `", b: "per_0000000000000000") { id } }`, editor, peyvand.ENOTFOUND, "no node has ID"},
		{"same node", `mutation { dismissDuplicate(a: "` + a + `", b: "` + a + `") { id } }`, editor, peyvand.EINVALID, "same node"},
		{"two types", `mutation { dismissDuplicate(a: "` + a + `", b: "` + org + `") { id } }`, editor, peyvand.EINVALID, "one type"},
		{"unknown type", `{ duplicateCandidates(type: EVENT) { totalCount } }`, editor, peyvand.EINVALID, "PERSON and ORGANIZATION"},
		{"bad cursor", `{ duplicateCandidates(type: PERSON, after: "bm9wZQ") { totalCount } }`, editor, peyvand.EINVALID, "not a cursor"},
		{"no key", `mutation { dismissDuplicate(a: "` + a + `", b: "` + b + `") { id } }`, nil, peyvand.EUNAUTHORIZED, "API key"},
		{"queue without key", `{ duplicateCandidates(type: PERSON) { totalCount } }`, nil, peyvand.EUNAUTHORIZED, "API key"},
		{"reader key", `mutation { dismissDuplicate(a: "` + a + `", b: "` + b + `") { id } }`, reader, peyvand.EFORBIDDEN, "EDITOR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := post(t, h, tc.query, tc.caller)
			if len(errs) == 0 {
				t.Fatalf("no error, want %s", tc.code)
			}
			if errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.msg) {
				t.Errorf("error = %q %v, want %s and %q", errs[0].Message, errs[0].Extensions, tc.code, tc.msg)
			}
		})
	}
	// Nothing was recorded by the refused calls.
	recs, err := store.Audit(context.Background(), 0)
	if err != nil || len(recs) != 0 {
		t.Errorf("audit after refused calls = %v, %v; want none", recs, err)
	}
}
