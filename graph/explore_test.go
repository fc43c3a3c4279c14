package graph_test

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/graph"
)

// exploreStore returns a store holding testdata/seed.json and the
// additions of testdata/explore.json: a second post with a gap in its
// chain, a person with no ties, and more shared events.
func exploreStore(t *testing.T) peyvand.Store {
	t.Helper()
	s := readSeed(t)
	data, err := os.ReadFile("testdata/explore.json")
	if err != nil {
		t.Fatal(err)
	}
	var more seed
	if err := json.Unmarshal(data, &more); err != nil {
		t.Fatalf("testdata/explore.json: %v", err)
	}
	return openStore(t, &peyvand.Batch{Nodes: append(s.Nodes, more.Nodes...), Edges: append(s.Edges, more.Edges...)})
}

type tenureIDs []struct{ ID string }

func (ts tenureIDs) ids() []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.ID
	}
	return out
}

func TestAppointmentHistory(t *testing.T) {
	c := newClient(t, exploreStore(t))
	const q = `query($org: ID!, $role: String) { appointmentHistory(organization: $org, role: $role) {
		tenures { id role person { id } predecessor { id } start { iso } evidence { quote source { id } } }
		issues { kind message role from to days tenures { id } } } }`
	type history struct {
		AppointmentHistory struct {
			Tenures []struct {
				ID, Role    string
				Person      struct{ ID string }
				Predecessor *struct{ ID string }
				Start       *struct{ Iso string }
				Evidence    []struct {
					Quote  string
					Source struct{ ID string }
				}
			}
			Issues []struct {
				Kind, Message, Role string
				From, To            *string
				Days                *int
				Tenures             tenureIDs
			}
		}
	}

	var ceo history
	c.MustPost(q, &ceo, client.Var("org", "org_bank"), client.Var("role", "مدیرعامل"))
	h := ceo.AppointmentHistory
	if len(h.Tenures) != 2 || h.Tenures[0].ID != "ten_ahmadi" || h.Tenures[1].ID != "ten_rezaei" {
		t.Fatalf("chain of مدیرعامل = %+v, want ten_ahmadi then ten_rezaei", h.Tenures)
	}
	if p := h.Tenures[1].Predecessor; p == nil || p.ID != "per_ahmadi" {
		t.Errorf("predecessor of ten_rezaei = %+v, want per_ahmadi", p)
	}
	if ev := h.Tenures[1].Evidence; len(ev) != 1 || ev[0].Source.ID != "src_news1" || !strings.Contains(ev[0].Quote, "منصوب") {
		t.Errorf("evidence of ten_rezaei = %+v", ev)
	}
	if len(h.Issues) != 0 {
		t.Errorf("a handover on one day has issues %+v", h.Issues)
	}

	var deputy history
	c.MustPost(q, &deputy, client.Var("org", "org_bank"), client.Var("role", "معاون"))
	h = deputy.AppointmentHistory
	if len(h.Tenures) != 2 || h.Tenures[0].ID != "ten_karimi_bank" || h.Tenures[1].ID != "ten_moradi" {
		t.Fatalf("chain of معاون = %+v", h.Tenures)
	}
	if len(h.Issues) != 1 {
		t.Fatalf("issues of معاون = %+v, want one gap", h.Issues)
	}
	gap := h.Issues[0]
	if gap.Kind != "GAP" || gap.Role != "معاون" || gap.From == nil || *gap.From != "2019-01-02" || *gap.To != "2019-05-31" || *gap.Days != 150 {
		t.Errorf("gap = %+v", gap)
	}
	if !slices.Equal(gap.Tenures.ids(), []string{"ten_karimi_bank", "ten_moradi"}) || !strings.Contains(gap.Message, "150 days") {
		t.Errorf("gap tenures %v, message %q", gap.Tenures.ids(), gap.Message)
	}

	// Without a role every post of the body is listed; an undated tenure
	// is an issue of its own.
	var branch history
	c.MustPost(q, &branch, client.Var("org", "org_branch"))
	h = branch.AppointmentHistory
	if len(h.Tenures) != 1 || len(h.Issues) != 1 || h.Issues[0].Kind != "UNDATED" || h.Issues[0].From != nil ||
		!slices.Equal(h.Issues[0].Tenures.ids(), []string{"ten_karimi"}) {
		t.Errorf("history of org_branch = %+v", h)
	}
}

func TestHolders(t *testing.T) {
	c := newClient(t, exploreStore(t))
	for _, tc := range []struct {
		at   string
		want []string
	}{
		{"2022-06-01", []string{"ten_ahmadi"}},
		{"2024-05-01", []string{"ten_rezaei"}},
		{"2019-01-01", nil},
	} {
		var resp struct{ Holders tenureIDs }
		c.MustPost(`query($at: String!) { holders(organization: "org_bank", role: "مدیرعامل", at: $at) { id } }`, &resp, client.Var("at", tc.at))
		if got := resp.Holders.ids(); !slices.Equal(got, tc.want) {
			t.Errorf("holders at %s = %v, want %v", tc.at, got, tc.want)
		}
	}
	var all struct{ Holders tenureIDs }
	c.MustPost(`{ holders(organization: "org_bank", at: "2020-02-01") { id } }`, &all)
	got := all.Holders.ids()
	slices.Sort(got)
	if !slices.Equal(got, []string{"ten_ahmadi", "ten_moradi"}) {
		t.Errorf("holders of every post at 2020-02-01 = %v", got)
	}
}

type hop struct {
	ID, Type, Source, Target, Label string
	Evidence                        []struct {
		Quote  string
		Source struct{ ID string }
	}
}

func TestPath(t *testing.T) {
	c := newClient(t, exploreStore(t))
	var found struct {
		Path struct {
			Message *string
			Path    *struct {
				Length int
				Nodes  []struct {
					Typename string `json:"__typename"`
					ID       string
				}
				Hops []hop
			}
		}
	}
	c.MustPost(`{ path(from: "per_karimi", to: "per_rezaei") { message path { length
		nodes { __typename id } hops { id: relationshipId type source target label evidence { quote source { id } } } } } }`, &found)
	p := found.Path.Path
	if p == nil || found.Path.Message != nil {
		t.Fatalf("path = %+v", found.Path)
	}
	var nodes []string
	for _, n := range p.Nodes {
		nodes = append(nodes, n.Typename+":"+n.ID)
	}
	if p.Length != 2 || !slices.Equal(nodes, []string{"Person:per_karimi", "Organization:org_bank", "Person:per_rezaei"}) {
		t.Fatalf("path = %d hops through %v", p.Length, nodes)
	}
	h := p.Hops
	if len(h) != 2 || h[0].ID != "ten_karimi_bank" || h[0].Label != "معاون" || h[0].Type != "HOLDS" ||
		h[1].ID != "ten_rezaei" || h[1].Source != "per_rezaei" || h[1].Target != "org_bank" {
		t.Fatalf("hops = %+v", h)
	}
	if len(h[1].Evidence) != 1 || h[1].Evidence[0].Source.ID != "src_news1" {
		t.Errorf("evidence of the second hop = %+v", h[1].Evidence)
	}

	var none struct {
		Path struct {
			Message *string
			Path    *struct{ Length int }
		}
	}
	c.MustPost(`{ path(from: "per_karimi", to: "per_rezaei", maxHops: 1) { message path { length } } }`, &none)
	if none.Path.Path != nil || none.Path.Message == nil || *none.Path.Message != "no path within 1 hops" {
		t.Errorf("path within 1 hop = %+v", none.Path)
	}

	// Only PARTICIPATED_IN: karimi took part in nothing.
	c.MustPost(`{ path(from: "per_karimi", to: "per_rezaei", via: [PARTICIPATED_IN]) { message path { length } } }`, &none)
	if none.Path.Path != nil || none.Path.Message == nil {
		t.Errorf("path via PARTICIPATED_IN = %+v", none.Path)
	}
}

func TestPaths(t *testing.T) {
	c := newClient(t, exploreStore(t))
	var resp struct {
		Paths []struct {
			Length int
			Hops   []hop
		}
	}
	c.MustPost(`{ paths(from: "per_karimi", to: "per_rezaei", k: 2) { length hops { id } } }`, &resp)
	if len(resp.Paths) != 2 || resp.Paths[0].Length != 2 || resp.Paths[1].Length < 2 || len(resp.Paths[1].Hops) != resp.Paths[1].Length {
		t.Errorf("two shortest paths = %+v", resp.Paths)
	}
	c.MustPost(`{ paths(from: "per_karimi", to: "per_lonely") { length } }`, &resp)
	if len(resp.Paths) != 0 {
		t.Errorf("paths to a person with no ties = %+v, want none", resp.Paths)
	}
}

func TestNeighborhood(t *testing.T) {
	c := newClient(t, exploreStore(t))
	type graph struct {
		Neighborhood struct {
			Nodes []struct {
				ID, Type, Label string
				Data            map[string]any
			}
			Edges []struct {
				ID, Source, Target, Type, Label string
				Data                            map[string]any
			}
			Truncated bool
		}
	}
	const q = `query($limit: Int) { neighborhood(ids: ["org_bank"], limit: $limit) {
		nodes { id: entityId type label data } edges { id: relationshipId source target type label data } truncated } }`

	var small graph
	c.MustPost(q, &small, client.Var("limit", 3))
	n := small.Neighborhood
	if len(n.Nodes) != 3 || !n.Truncated {
		t.Fatalf("neighbourhood of 3 = %d nodes, truncated %v", len(n.Nodes), n.Truncated)
	}
	in := map[string]bool{}
	for _, nd := range n.Nodes {
		in[nd.ID] = true
	}
	if n.Nodes[0].ID != "org_bank" || n.Nodes[0].Type != "ORGANIZATION" || n.Nodes[0].Label != "بانک ملی" || n.Nodes[0].Data["seed"] != true {
		t.Errorf("seed node = %+v", n.Nodes[0])
	}
	for _, e := range n.Edges {
		if !in[e.Source] || !in[e.Target] {
			t.Errorf("edge %s leaves the subgraph: %s → %s", e.ID, e.Source, e.Target)
		}
	}
	if len(n.Edges) < 2 {
		t.Errorf("edges = %+v, want the edges to the two kept neighbours", n.Edges)
	}

	var whole graph
	c.MustPost(q, &whole, client.Var("limit", 100))
	n = whole.Neighborhood
	if n.Truncated || len(n.Nodes) != 8 {
		t.Fatalf("whole neighbourhood = %d nodes, truncated %v; want org_bank and its 7 neighbours", len(n.Nodes), n.Truncated)
	}
	var tenure bool
	for _, e := range n.Edges {
		if e.ID == "ten_rezaei" {
			tenure = e.Type == "HOLDS" && e.Label == "مدیرعامل" && e.Source == "per_rezaei" && e.Data["start"] == "2024-03-01"
		}
	}
	if !tenure {
		t.Errorf("edges lack the tenure ten_rezaei as drawn: %+v", n.Edges)
	}

	// The largest neighbourhood is within the complexity limit.
	var largest graph
	c.MustPost(`{ neighborhood(ids: ["org_bank"], depth: 3, limit: 5000) { nodes { id } edges { id } truncated } }`, &largest)
	if len(largest.Neighborhood.Nodes) != 10 || largest.Neighborhood.Truncated {
		t.Errorf("neighbourhood of depth 3 = %d nodes, want all 10 but the source and per_lonely", len(largest.Neighborhood.Nodes))
	}

	var persons graph
	c.MustPost(`{ neighborhood(ids: ["org_bank"], types: [PERSON]) { nodes { id: entityId type } truncated } }`, &persons)
	for _, nd := range persons.Neighborhood.Nodes[1:] {
		if nd.Type != "PERSON" {
			t.Errorf("types: [PERSON] kept %+v", nd)
		}
	}
	if len(persons.Neighborhood.Nodes) != 5 {
		t.Errorf("persons around org_bank = %+v, want 4 and the seed", persons.Neighborhood.Nodes)
	}
}

func TestCoAttendees(t *testing.T) {
	c := newClient(t, exploreStore(t))
	var resp struct {
		CoAttendees []struct {
			Person       struct{ ID, Name string }
			SharedEvents int
			Events       []struct{ ID, Title string }
		}
	}
	c.MustPost(`{ coAttendees(person: "per_rezaei") { person { id name } sharedEvents events { id title } } }`, &resp)
	got := resp.CoAttendees
	if len(got) != 2 || got[0].Person.ID != "per_ahmadi" || got[0].SharedEvents != 2 || len(got[0].Events) != 2 ||
		got[1].Person.ID != "per_moradi" || got[1].SharedEvents != 1 || got[1].Events[0].ID != "evt_meeting" || got[1].Events[0].Title == "" {
		t.Errorf("co-attendees of per_rezaei = %+v", got)
	}
	c.MustPost(`{ coAttendees(person: "per_rezaei", first: 1) { person { id } } }`, &resp)
	if len(resp.CoAttendees) != 1 {
		t.Errorf("first: 1 gave %d", len(resp.CoAttendees))
	}
}

func TestSharedEvents(t *testing.T) {
	c := newClient(t, exploreStore(t))
	for _, tc := range []struct {
		a, b string
		want []string
	}{
		{"per_rezaei", "per_ahmadi", []string{"evt_visit", "evt_meeting"}},
		{"per_rezaei", "org_bank", []string{"evt_meeting"}},
		{"per_karimi", "per_rezaei", nil},
	} {
		var resp struct{ SharedEvents []struct{ ID string } }
		c.MustPost(`query($a: ID!, $b: ID!) { sharedEvents(a: $a, b: $b) { id } }`, &resp, client.Var("a", tc.a), client.Var("b", tc.b))
		var got []string
		for _, e := range resp.SharedEvents {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("sharedEvents(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestSharedMembers(t *testing.T) {
	c := newClient(t, exploreStore(t))
	var resp struct {
		SharedMembers []struct {
			Organization  struct{ ID, Name string }
			SharedMembers int
			Members       []struct{ ID string }
		}
	}
	c.MustPost(`{ sharedMembers(organization: "org_branch") { organization { id name } sharedMembers members { id } } }`, &resp)
	got := resp.SharedMembers
	if len(got) != 1 || got[0].Organization.ID != "org_bank" || got[0].SharedMembers != 1 || len(got[0].Members) != 1 || got[0].Members[0].ID != "per_karimi" {
		t.Errorf("shared members of org_branch = %+v", got)
	}
}

func TestTimeline(t *testing.T) {
	c := newClient(t, exploreStore(t))
	type entries struct {
		Timeline []struct {
			Date   struct{ Iso, SolarHijri string }
			Kind   string
			Label  string
			Event  *struct{ ID string }
			Tenure *struct {
				ID     string
				Person struct{ ID string }
			}
		}
	}
	var resp entries
	c.MustPost(`{ timeline(ids: ["per_rezaei"]) { date { iso solarHijri } kind label event { id } tenure { id person { id } } } }`, &resp)
	var got []string
	for _, e := range resp.Timeline {
		id := ""
		if e.Event != nil {
			id = e.Event.ID
		} else if e.Tenure != nil {
			id = e.Tenure.ID + "/" + e.Tenure.Person.ID
		}
		got = append(got, e.Date.Iso+" "+e.Date.SolarHijri+" "+e.Kind+" "+id)
	}
	want := []string{
		"2023-01-10 1401-10-20 EVENT evt_visit",
		"2024-03-01 1402-12-11 TENURE_START ten_rezaei/per_rezaei",
		"2024-05-01 1403-02-12 EVENT evt_meeting",
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline of per_rezaei =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(resp.Timeline) == 3 && !strings.Contains(resp.Timeline[1].Label, "مدیرعامل") {
		t.Errorf("label of the tenure start = %q", resp.Timeline[1].Label)
	}

	var since entries
	c.MustPost(`{ timeline(ids: ["per_rezaei", "per_ahmadi"], from: "2024-01-01", to: "2024-04-01") { date { iso } kind } }`, &since)
	var kinds []string
	for _, e := range since.Timeline {
		kinds = append(kinds, e.Date.Iso+" "+e.Kind)
	}
	// Ends come before starts on the same day.
	if want := []string{"2024-03-01 TENURE_END", "2024-03-01 TENURE_START"}; !slices.Equal(kinds, want) {
		t.Errorf("timeline within 2024-01-01..2024-04-01 = %v, want %v", kinds, want)
	}
}

func TestCareer(t *testing.T) {
	c := newClient(t, exploreStore(t))
	var resp struct {
		Node struct {
			Career []struct {
				ID           string
				Organization struct{ ID string }
			}
		}
	}
	c.MustPost(`{ node(id: "per_karimi") { ... on Person { career { id organization { id } } } } }`, &resp)
	var got []string
	for _, t := range resp.Node.Career {
		got = append(got, t.ID+"@"+t.Organization.ID)
	}
	// The dated tenure first, the undated one last.
	if want := []string{"ten_karimi_bank@org_bank", "ten_karimi@org_branch"}; !slices.Equal(got, want) {
		t.Errorf("career of per_karimi = %v, want %v", got, want)
	}
}

func TestExploreBadInput(t *testing.T) {
	h := newHandler(t, exploreStore(t))
	const largest = `neighborhood(ids: ["org_bank"], depth: 3, limit: 5000) { nodes { id } edges { id } }`
	tooCostly := "{ a: " + largest + " b: " + largest + " c: " + largest + " }"
	for _, tc := range []struct {
		name, query string
		status      int
		code        string
		message     string
	}{
		{"maxHops 7", `{ path(from: "per_karimi", to: "per_rezaei", maxHops: 7) { message } }`, 200, peyvand.EINVALID, "maxHops 7"},
		{"maxHops 0", `{ paths(from: "per_karimi", to: "per_rezaei", maxHops: 0) { length } }`, 200, peyvand.EINVALID, "maxHops 0"},
		{"unknown from", `{ path(from: "per_nobody", to: "per_rezaei") { message } }`, 200, peyvand.ENOTFOUND, "per_nobody"},
		{"unknown to of paths", `{ paths(from: "per_karimi", to: "org_nobody") { length } }`, 200, peyvand.ENOTFOUND, "org_nobody"},
		{"k too large", `{ paths(from: "per_karimi", to: "per_rezaei", k: 21) { length } }`, 200, peyvand.EINVALID, "k 21"},
		{"depth 4", `{ neighborhood(ids: ["org_bank"], depth: 4) { truncated } }`, 200, peyvand.EINVALID, "depth 4"},
		{"limit 5001", `{ neighborhood(ids: ["org_bank"], limit: 5001) { truncated } }`, 200, peyvand.EINVALID, "limit 5001"},
		{"unknown seed", `{ neighborhood(ids: ["org_bank", "per_nobody"]) { truncated } }`, 200, peyvand.ENOTFOUND, "per_nobody"},
		{"holders at an impossible day", `{ holders(organization: "org_bank", at: "1404/12/30") { id } }`, 200, peyvand.EINVALID, "1404 is not a leap year"},
		{"holders of a person", `{ holders(organization: "per_rezaei", at: "2024-01-01") { id } }`, 200, peyvand.EINVALID, "not a organization"},
		{"history of no body", `{ appointmentHistory(organization: "org_nobody") { tenures { id } } }`, 200, peyvand.ENOTFOUND, "org_nobody"},
		{"co-attendees of a body", `{ coAttendees(person: "org_bank") { sharedEvents } }`, 200, peyvand.EINVALID, "org_bank"},
		{"co-attendees first 101", `{ coAttendees(person: "per_rezaei", first: 101) { sharedEvents } }`, 200, peyvand.EINVALID, "at most 100"},
		{"shared members of no body", `{ sharedMembers(organization: "org_nobody") { sharedMembers } }`, 200, peyvand.ENOTFOUND, "org_nobody"},
		{"shared events with itself", `{ sharedEvents(a: "per_rezaei", b: "per_rezaei") { id } }`, 200, peyvand.EINVALID, "same node"},
		{"timeline bad from", `{ timeline(ids: ["per_rezaei"], from: "yesterday") { kind } }`, 200, peyvand.EINVALID, "YYYY-MM-DD"},
		{"timeline unknown id", `{ timeline(ids: ["per_nobody"]) { kind } }`, 200, peyvand.ENOTFOUND, "per_nobody"},
		{"three largest neighbourhoods", tooCostly, 400, "INVALID_ARGUMENT", "complexity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, errs := post(t, h, tc.query, nil)
			if status != tc.status {
				t.Errorf("status = %d, want %d", status, tc.status)
			}
			if len(errs) == 0 {
				t.Fatalf("no error, want %s", tc.code)
			}
			if errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.message) {
				t.Errorf("error = %q %v, want code %s and %q", errs[0].Message, errs[0].Extensions, tc.code, tc.message)
			}
		})
	}
}

// blockingStore never answers EdgesOf before its context ends, like a
// store lost in a huge graph.
type blockingStore struct{ peyvand.Store }

func (s blockingStore) EdgesOf(ctx context.Context, _ []string, _ peyvand.Direction, _ ...peyvand.RelType) (map[string][]*peyvand.Edge, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestPathOutOfTimeIsUnavailable(t *testing.T) {
	h := newHandler(t, blockingStore{exploreStore(t)})
	start := time.Now()
	_, errs := post(t, h, `{ path(from: "per_karimi", to: "per_rezaei") { message } }`, nil)
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the search took %s, past its budget", took)
	}
	if len(errs) == 0 || errs[0].Extensions["code"] != peyvand.EUNAVAILABLE {
		t.Errorf("errors = %+v, want UNAVAILABLE", errs)
	}
}

// TestTraversalBudget checks that the traversals without a search budget
// of their own stop at the configured one with UNAVAILABLE.
func TestTraversalBudget(t *testing.T) {
	h := newHandler(t, blockingStore{exploreStore(t)}, func(cfg *graph.HandlerConfig) {
		cfg.Limits.TraversalBudget = 50 * time.Millisecond
	})
	for _, q := range []string{
		`{ neighborhood(ids: ["per_karimi"], depth: 2) { truncated } }`,
		`{ appointmentHistory(organization: "org_bank") { tenures { id } } }`,
		`{ timeline(ids: ["per_karimi"]) { kind } }`,
		`{ coAttendees(person: "per_karimi") { sharedEvents } }`,
	} {
		start := time.Now()
		_, errs := post(t, h, q, nil)
		// Far above the budget, so a loaded machine cannot break it; a
		// traversal without the budget would block for ever.
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("%s took %s with a 50ms budget", q, took)
		}
		if len(errs) == 0 || errs[0].Extensions["code"] != peyvand.EUNAVAILABLE {
			t.Errorf("%s: errors = %+v, want UNAVAILABLE", q, errs)
		}
	}
}
