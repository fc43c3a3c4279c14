package graph_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peyvand/peyvand"
)

// TestSchemaDescribesEverything is the schema linter: every type, field,
// argument, input field, enum value and directive of schema/ has a
// description, so GraphiQL and generated clients document the whole API.
func TestSchemaDescribesEverything(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "schema", "*.graphqls"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	schema, gqlErr := gqlparser.LoadSchema(sources...)
	if gqlErr != nil {
		t.Fatalf("load schema: %v", gqlErr)
	}
	missing := undescribed(schema)
	for _, m := range missing {
		t.Errorf("no description: %s", m)
	}
}

// undescribed lists what in schema has no description, built-ins aside.
func undescribed(schema *ast.Schema) []string {
	var out []string
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	args := func(owner string, list ast.ArgumentDefinitionList) {
		for _, a := range list {
			if blank(a.Description) {
				out = append(out, fmt.Sprintf("argument %s(%s:)", owner, a.Name))
			}
		}
	}
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if blank(def.Description) {
			out = append(out, "type "+name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if blank(f.Description) {
				out = append(out, "field "+name+"."+f.Name)
			}
			args(name+"."+f.Name, f.Arguments)
		}
		for _, v := range def.EnumValues {
			if blank(v.Description) {
				out = append(out, "enum value "+name+"."+v.Name)
			}
		}
	}
	for name, d := range schema.Directives {
		if d.Position == nil || d.Position.Src == nil || d.Position.Src.BuiltIn {
			continue
		}
		if blank(d.Description) {
			out = append(out, "directive @"+name)
		}
		args("@"+name, d.Arguments)
	}
	slices.Sort(out)
	return out
}

// TestSchemaLinterFindsMissingDescriptions proves the linter fails on
// each kind of thing left undescribed.
func TestSchemaLinterFindsMissingDescriptions(t *testing.T) {
	schema, gqlErr := gqlparser.LoadSchema(&ast.Source{Name: "bad.graphqls", Input: `
"Q is described."
type Query { "f is described." f(x: Int): E  g: Int }
enum E { "A is described." A B }
input I { "v is described." v: Int w: Int }
type T { "t is described." t: Int }
directive @d(r: Int) on FIELD_DEFINITION
`})
	if gqlErr != nil {
		t.Fatal(gqlErr)
	}
	want := []string{"argument @d(r:)", "argument Query.f(x:)", "directive @d", "enum value E.B", "field I.w", "field Query.g", "type E", "type I", "type T"}
	if got := undescribed(schema); !slices.Equal(got, want) {
		t.Errorf("undescribed = %q, want %q", got, want)
	}
}

// TestIDsAreUniqueAcrossTypes walks answers that draw, path and list the
// same entities and checks that no id is worn by two types: a client cache
// keyed by id (Relay's) would merge their fields.
func TestIDsAreUniqueAcrossTypes(t *testing.T) {
	h := newHandler(t, exploreStore(t))
	a := ask(t, h, `{
		neighborhood(ids: ["org_bank"], depth: 2) { nodes { __typename id entityId node { __typename id } }
			edges { __typename id relationshipId source target } }
		path(from: "per_karimi", to: "per_rezaei") { path { nodes { __typename id } hops { __typename id relationshipId } } }
		node(id: "org_bank") { __typename id ... on Organization {
			tenures { edges { node { __typename id position { __typename id } person { __typename id } } } }
			positions { edges { node { __typename id } } } } }
	}`, nil, nil)
	var data any
	a.decode(t, &data)
	typeOf := map[string]string{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if id, ok := x["id"].(string); ok {
				tn, _ := x["__typename"].(string)
				if have, ok := typeOf[id]; ok && have != tn {
					t.Errorf("id %s is both a %s and a %s", id, have, tn)
				}
				typeOf[id] = tn
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(data)
	var drawn struct {
		Neighborhood struct {
			Nodes []struct {
				ID, EntityID string
				Node         struct{ ID string }
			}
			Edges []struct{ ID, RelationshipID string }
		}
		Path struct {
			Path struct {
				Hops []struct{ ID, RelationshipID string }
			}
		}
	}
	a.decode(t, &drawn)
	if len(drawn.Neighborhood.Nodes) < 5 || len(drawn.Path.Path.Hops) != 2 {
		t.Fatalf("answer too small to tell: %+v", drawn)
	}
	for _, n := range drawn.Neighborhood.Nodes {
		if !strings.HasPrefix(n.ID, "gn_") || n.Node.ID != n.EntityID || peyvand.TypeOfID(n.EntityID) == "" {
			t.Errorf("graph node %+v: want a gn_ id naming the entity it draws", n)
		}
	}
	for _, e := range drawn.Neighborhood.Edges {
		if e.ID != "ge_"+e.RelationshipID || !peyvand.IsEdgeID(e.RelationshipID) {
			t.Errorf("graph edge %+v: want ge_ and the relationship's ID", e)
		}
	}
	for _, hp := range drawn.Path.Path.Hops {
		if hp.ID != "hop_"+hp.RelationshipID || !peyvand.IsEdgeID(hp.RelationshipID) {
			t.Errorf("hop %+v: want hop_ and the relationship's ID", hp)
		}
	}

	// Another neighbourhood draws org_bank with other data (not a seed), so
	// under another id.
	var other struct {
		Neighborhood struct {
			Nodes []struct{ ID, EntityID string }
		}
	}
	ask(t, h, `{ neighborhood(ids: ["per_rezaei"], depth: 1) { nodes { id entityId } } }`, nil, nil).decode(t, &other)
	for _, n := range other.Neighborhood.Nodes {
		for _, m := range drawn.Neighborhood.Nodes {
			if n.EntityID == m.EntityID && n.ID == m.ID {
				t.Errorf("two neighbourhoods draw %s under one id %s", n.EntityID, n.ID)
			}
		}
	}
}

// TestPositionIsANode checks that node(id:) and nodes(ids:) fetch a
// position by the ID the API hands out, and nothing else by a made-up one.
func TestPositionIsANode(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	var org struct {
		Node struct {
			Positions struct {
				Edges []struct{ Node struct{ ID, Role string } }
			}
		}
	}
	ask(t, h, `{ node(id: "org_bank") { ... on Organization { positions { edges { node { id role } } } } } }`, nil, nil).decode(t, &org)
	if len(org.Node.Positions.Edges) == 0 {
		t.Fatal("org_bank has no positions")
	}
	for _, e := range org.Node.Positions.Edges {
		var got struct {
			Node struct {
				Typename     string `json:"__typename"`
				ID, Role     string
				Organization struct{ ID string }
				Holders      struct{ TotalCount int }
			}
			Nodes []*struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		ask(t, h, `query($id: ID!) { node(id: $id) { __typename id ... on Position { role organization { id } holders { totalCount } } }
			nodes(ids: [$id, "pos_bank_0000000000000000"]) { __typename id } }`, map[string]any{"id": e.Node.ID}, nil).decode(t, &got)
		n := got.Node
		if n.Typename != "Position" || n.ID != e.Node.ID || n.Role != e.Node.Role || n.Organization.ID != "org_bank" || n.Holders.TotalCount == 0 {
			t.Errorf("node(%s) = %+v, want the position %s of org_bank", e.Node.ID, n, e.Node.Role)
		}
		if len(got.Nodes) != 2 || got.Nodes[0] == nil || got.Nodes[0].Typename != "Position" || got.Nodes[1] != nil {
			t.Errorf("nodes([%s, unknown position]) = %+v", e.Node.ID, got.Nodes)
		}
	}
	a := ask(t, h, `{ node(id: "pos_bank_0000000000000000") { id } }`, nil, nil)
	if len(a.Errors) != 1 || a.Errors[0].Extensions["code"] != peyvand.ENOTFOUND {
		t.Errorf("unknown position: errors = %+v, want NOT_FOUND", a.Errors)
	}
}

// conn is a connection's answer.
type conn struct {
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	TotalCount int
}

func (c conn) ids() []string {
	out := make([]string, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node.ID
	}
	return out
}

const connFields = `edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount`

// TestFirstZeroReturnsNoEdges checks that first: 0 returns no edges and the
// right total, both for store listings and for lists a resolver pages.
func TestFirstZeroReturnsNoEdges(t *testing.T) {
	h := newHandler(t, exploreStore(t))
	var got struct {
		Persons conn
		Search  conn
		Node    struct{ Tenures conn }
	}
	ask(t, h, `{ persons(first: 0) { `+connFields+` } search(query: "بانک", first: 0) { `+connFields+` }
		node(id: "org_bank") { ... on Organization { tenures(first: 0) { `+connFields+` } } } }`, nil, nil).decode(t, &got)
	for name, c := range map[string]conn{"persons": got.Persons, "search": got.Search, "tenures": got.Node.Tenures} {
		if len(c.Edges) != 0 || c.TotalCount == 0 || !c.PageInfo.HasNextPage || c.PageInfo.StartCursor != nil {
			t.Errorf("%s(first: 0) = %d edges of %d, pageInfo %+v; want none of some", name, len(c.Edges), c.TotalCount, c.PageInfo)
		}
	}

	ask(t, h, `mutation { addAlias(id: "per_rezaei", alias: "M. Rezaei") { id } }`, nil, callerOf("curator")).decode(t, &struct{}{})
	var audit struct{ AuditLog []struct{ ID string } }
	ask(t, h, `{ auditLog(first: 0) { id } }`, nil, callerOf("curator")).decode(t, &audit)
	if len(audit.AuditLog) != 0 {
		t.Errorf("auditLog(first: 0) = %d records, want none", len(audit.AuditLog))
	}
	ask(t, h, `{ auditLog(first: 1) { id } }`, nil, callerOf("curator")).decode(t, &audit)
	if len(audit.AuditLog) != 1 {
		t.Errorf("auditLog(first: 1) = %d records, want 1", len(audit.AuditLog))
	}
}

// TestBackwardPaging checks last and before per the Cursor Connections
// spec on a store listing and on a list a resolver pages: the pages read
// backward are the whole list read forward, and the flags are right.
func TestBackwardPaging(t *testing.T) {
	h := newHandler(t, exploreStore(t))
	for _, tc := range []struct{ name, query string }{
		{"persons", `query($first: Int, $after: String, $last: Int, $before: String) { c: persons(first: $first, after: $after, last: $last, before: $before) { ` + connFields + ` } }`},
		{"tenures", `query($first: Int, $after: String, $last: Int, $before: String) { node(id: "org_bank") { ... on Organization { c: tenures(first: $first, after: $after, last: $last, before: $before) { ` + connFields + ` } } } }`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := func(vars map[string]any) conn {
				var d struct {
					C    *conn
					Node struct{ C *conn }
				}
				ask(t, h, tc.query, vars, nil).decode(t, &d)
				if d.C != nil {
					return *d.C
				}
				return *d.Node.C
			}
			all := page(map[string]any{"first": 100})
			if all.TotalCount < 4 || len(all.Edges) != all.TotalCount {
				t.Fatalf("whole list = %+v, want at least 4 items", all.ids())
			}
			var back []string
			last := page(map[string]any{"last": 2})
			if last.PageInfo.HasNextPage || !last.PageInfo.HasPreviousPage || last.TotalCount != all.TotalCount {
				t.Errorf("last: 2 pageInfo = %+v", last.PageInfo)
			}
			for p := last; ; {
				back = append(p.ids(), back...)
				if !p.PageInfo.HasPreviousPage {
					break
				}
				if len(back) > all.TotalCount {
					t.Fatalf("paging backward does not end: %v", back)
				}
				p = page(map[string]any{"last": 2, "before": *p.PageInfo.StartCursor})
				if !p.PageInfo.HasNextPage {
					t.Errorf("a page before another has hasNextPage false: %+v", p.PageInfo)
				}
			}
			if !slices.Equal(back, all.ids()) {
				t.Errorf("read backward = %v, forward = %v", back, all.ids())
			}

			// The window between two cursors, from either end.
			after, before := all.Edges[0].Cursor, all.Edges[3].Cursor
			mid := page(map[string]any{"after": after, "before": before})
			if !slices.Equal(mid.ids(), all.ids()[1:3]) || !mid.PageInfo.HasPreviousPage || !mid.PageInfo.HasNextPage {
				t.Errorf("after 0 before 3 = %v %+v, want %v with both flags", mid.ids(), mid.PageInfo, all.ids()[1:3])
			}
			tail := page(map[string]any{"after": after, "before": before, "last": 1})
			if !slices.Equal(tail.ids(), all.ids()[2:3]) {
				t.Errorf("last 1 after 0 before 3 = %v, want %v", tail.ids(), all.ids()[2:3])
			}
			head := page(map[string]any{"first": 1, "after": after})
			if !slices.Equal(head.ids(), all.ids()[1:2]) || !head.PageInfo.HasPreviousPage {
				t.Errorf("first 1 after 0 = %v %+v", head.ids(), head.PageInfo)
			}
			if got := page(map[string]any{"last": 0}); len(got.Edges) != 0 || got.TotalCount != all.TotalCount {
				t.Errorf("last: 0 = %v of %d", got.ids(), got.TotalCount)
			}
		})
	}

	for q, want := range map[string]string{
		`{ persons(last: -1) { totalCount } }`:       "last must not be negative",
		`{ persons(last: 101) { totalCount } }`:      "last must be at most 100",
		`{ persons(before: "nope") { totalCount } }`: "before: \"nope\" is not a cursor",
	} {
		a := ask(t, h, q, nil, nil)
		if len(a.Errors) != 1 || a.Errors[0].Extensions["code"] != peyvand.EINVALID || !strings.Contains(a.Errors[0].Message, want) {
			t.Errorf("%s: errors = %+v, want %q", q, a.Errors, want)
		}
	}
}

// TestRootFieldsFailAlone checks that one failing root field is null with
// its error while the others answer.
func TestRootFieldsFailAlone(t *testing.T) {
	h := newHandler(t, exploreStore(t))
	a := ask(t, h, `{ a: persons { totalCount } b: search(query: " ") { totalCount }
		c: holders(organization: "org_bank", at: "1404-13-01") { id } d: neighborhood(ids: ["per_nobody"]) { truncated }
		e: timeline(ids: ["per_nobody"]) { kind } f: nodes(ids: ["per_rezaei"]) { id } }`, nil, nil)
	var d map[string]json.RawMessage
	if err := json.Unmarshal(a.Data, &d); err != nil {
		t.Fatalf("data = %s: %v", a.Data, err)
	}
	var persons struct{ TotalCount int }
	if err := json.Unmarshal(d["a"], &persons); err != nil || persons.TotalCount == 0 {
		t.Errorf("a = %s, want the persons", d["a"])
	}
	for _, k := range []string{"b", "c", "d", "e"} {
		if string(d[k]) != "null" {
			t.Errorf("%s = %s, want null", k, d[k])
		}
	}
	if !strings.Contains(string(d["f"]), "per_rezaei") {
		t.Errorf("f = %s", d["f"])
	}
	if len(a.Errors) != 4 {
		t.Errorf("errors = %+v, want one for each failing field", a.Errors)
	}
}

// TestBeganIsNeverEmpty checks that a tenure no report says the start of
// has began null, not "".
func TestBeganIsNeverEmpty(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	var got struct {
		Node struct {
			Tenures struct {
				Edges []struct {
					Node struct {
						ID    string
						Began *string
					}
				}
			}
		}
	}
	ask(t, h, `{ node(id: "org_bank") { ... on Organization { tenures { edges { node { id began } } } } } }`, nil, nil).decode(t, &got)
	seen := map[string]*string{}
	for _, e := range got.Node.Tenures.Edges {
		seen[e.Node.ID] = e.Node.Began
		if e.Node.Began != nil && !slices.Contains([]string{"APPOINTMENT", "HANDOVER", "DECREE", "STATED"}, *e.Node.Began) {
			t.Errorf("%s began %q", e.Node.ID, *e.Node.Began)
		}
	}
	if b, ok := seen["ten_ahmadi"]; !ok || b != nil {
		t.Errorf("ten_ahmadi (no report says how it began) began = %v, want null", b)
	}
	if b := seen["ten_rezaei"]; b == nil || *b != "APPOINTMENT" {
		t.Errorf("ten_rezaei began = %v, want APPOINTMENT", b)
	}
}
