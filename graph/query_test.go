package graph_test

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

func TestNodeByID(t *testing.T) {
	store, s := seededStore(t)
	c := newClient(t, store)
	for _, tc := range []struct {
		id, typename string
	}{
		{"per_rezaei", "Person"},
		{"org_bank", "Organization"},
		{"evt_meeting", "Event"},
		{"prj_network", "Project"},
		{"plc_tehran", "Place"},
		{"src_news1", "Source"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			var resp struct {
				Node struct {
					Typename string `json:"__typename"`
					ID       string
					Name     string
					Title    string
				}
			}
			c.MustPost(`query($id: ID!) { node(id: $id) { __typename id
				... on Person { name } ... on Organization { name } ... on Event { title }
				... on Project { name } ... on Place { name } ... on Source { title } } }`,
				&resp, client.Var("id", tc.id))
			if resp.Node.Typename != tc.typename || resp.Node.ID != tc.id {
				t.Fatalf("node(%s) = %s %s, want %s", tc.id, resp.Node.Typename, resp.Node.ID, tc.typename)
			}
			if got := resp.Node.Name + resp.Node.Title; got != s.node(t, tc.id).Name {
				t.Errorf("name = %q, want %q", got, s.node(t, tc.id).Name)
			}
		})
	}
}

func TestNodesKeepsOrderAndNulls(t *testing.T) {
	store, _ := seededStore(t)
	c := newClient(t, store)
	var resp struct {
		Nodes []*struct{ ID string }
	}
	c.MustPost(`{ nodes(ids: ["org_bank", "per_nobody", "ten_rezaei", "per_rezaei"]) { id } }`, &resp)
	if len(resp.Nodes) != 4 || resp.Nodes[0].ID != "org_bank" || resp.Nodes[1] != nil ||
		resp.Nodes[2].ID != "ten_rezaei" || resp.Nodes[3].ID != "per_rezaei" {
		t.Fatalf("nodes = %+v", resp.Nodes)
	}
}

func TestPersonNestedFields(t *testing.T) {
	store, s := seededStore(t)
	c := newClient(t, store)
	var resp struct {
		Node struct {
			Name    string
			Aliases []string
			Titles  []string
			Tenures struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Role         string
						Began        string
						Start        struct{ Iso string }
						Organization struct{ ID string }
						Predecessor  struct{ ID string }
						Position     struct {
							ID      string
							Holders struct{ TotalCount int }
						}
					}
				}
			}
			Events struct {
				TotalCount int
				Edges      []struct {
					Part string
					Node struct {
						ID   string
						Date struct{ Iso, SolarHijri, Original, Precision string }
					}
				}
			}
			Evidence []struct {
				Quote      string
				Start, End int
				Source     struct{ ID, Title string }
			}
			Sources []struct{ ID string }
		}
	}
	c.MustPost(`{ node(id: "per_rezaei") { ... on Person {
		name aliases titles
		tenures { totalCount edges { node { role began start { iso } organization { id } predecessor { id }
			position { id holders { totalCount } } } } }
		events { totalCount edges { part node { id date { iso solarHijri original precision } } } }
		evidence { quote start end source { id title } }
		sources { id } } } }`, &resp)
	p := resp.Node
	want := s.node(t, "per_rezaei")
	if p.Name != want.Name || len(p.Aliases) != 1 || len(p.Titles) != 1 {
		t.Errorf("person = %q %v %v", p.Name, p.Aliases, p.Titles)
	}
	if p.Tenures.TotalCount != 1 {
		t.Fatalf("tenures = %+v", p.Tenures)
	}
	ten := p.Tenures.Edges[0].Node
	if ten.Organization.ID != "org_bank" || ten.Predecessor.ID != "per_ahmadi" || ten.Began != "APPOINTMENT" || ten.Start.Iso != "2024-03-01" {
		t.Errorf("tenure = %+v", ten)
	}
	if !strings.HasPrefix(ten.Position.ID, "pos_") || ten.Position.Holders.TotalCount != 2 {
		t.Errorf("position = %+v, want 2 holders", ten.Position)
	}
	// Events come by date: the 2023 visit before the 2024 meeting.
	if p.Events.TotalCount != 2 || p.Events.Edges[0].Node.ID != "evt_visit" || p.Events.Edges[0].Part != "SPEAKER" ||
		p.Events.Edges[1].Node.ID != "evt_meeting" || p.Events.Edges[1].Part != "CHAIR" {
		t.Errorf("events = %+v", p.Events)
	}
	if d := p.Events.Edges[1].Node.Date; d.Iso != "2024-05-01" || d.SolarHijri != "1403-02-12" || d.Precision != "DAY" || d.Original == "" {
		t.Errorf("date = %+v", d)
	}
	if len(p.Evidence) != 1 || p.Evidence[0].Source.ID != "src_news1" || p.Evidence[0].Quote != want.Evidence[0].Quote ||
		p.Evidence[0].Source.Title != s.node(t, "src_news1").Name {
		t.Errorf("evidence = %+v", p.Evidence)
	}
	if len(p.Sources) != 1 || p.Sources[0].ID != "src_news1" {
		t.Errorf("sources = %+v", p.Sources)
	}
}

func TestOrganizationNestedFields(t *testing.T) {
	store, _ := seededStore(t)
	c := newClient(t, store)
	var resp struct {
		Bank struct {
			Kind     string
			Parent   *struct{ ID string }
			Branches struct {
				Edges []struct{ Node struct{ ID string } }
			}
			Positions struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Role         string
						Organization struct{ ID string }
						Holders      struct {
							Edges []struct {
								Node struct {
									Person    struct{ ID string }
									Successor *struct{ ID string }
								}
							}
						}
					}
				}
			}
			Events   struct{ TotalCount int }
			Projects struct {
				Edges []struct {
					Node struct {
						ID      string
						Figures []string
						Place   struct{ ID string }
					}
				}
			}
		}
		Branch struct {
			Parent struct{ ID string }
			Place  struct {
				ID            string
				Organizations struct{ TotalCount int }
				Events        struct{ TotalCount int }
				Projects      struct{ TotalCount int }
			}
		}
	}
	c.MustPost(`{
		bank: node(id: "org_bank") { ... on Organization { kind parent { id } branches { edges { node { id } } }
			positions { totalCount edges { node { role organization { id } holders { edges { node { person { id } successor { id } } } } } } }
			events { totalCount } projects { edges { node { id figures place { id } } } } } }
		branch: node(id: "org_branch") { ... on Organization { parent { id }
			place { id organizations { totalCount } events { totalCount } projects { totalCount } } } } }`, &resp)
	b := resp.Bank
	if b.Kind == "" || b.Parent != nil || len(b.Branches.Edges) != 1 || b.Branches.Edges[0].Node.ID != "org_branch" {
		t.Errorf("bank = %+v", b)
	}
	if b.Positions.TotalCount != 1 || b.Positions.Edges[0].Node.Organization.ID != "org_bank" {
		t.Fatalf("positions = %+v", b.Positions)
	}
	holders := b.Positions.Edges[0].Node.Holders.Edges
	// Holders come by start date: the predecessor first, with a successor.
	if len(holders) != 2 || holders[0].Node.Person.ID != "per_ahmadi" || holders[0].Node.Successor == nil ||
		holders[0].Node.Successor.ID != "per_rezaei" || holders[1].Node.Person.ID != "per_rezaei" {
		t.Errorf("holders = %+v", holders)
	}
	if b.Events.TotalCount != 1 || len(b.Projects.Edges) != 1 || b.Projects.Edges[0].Node.Place.ID != "plc_tehran" || len(b.Projects.Edges[0].Node.Figures) != 1 {
		t.Errorf("events/projects = %+v %+v", b.Events, b.Projects)
	}
	br := resp.Branch
	if br.Parent.ID != "org_bank" || br.Place.ID != "plc_tehran" || br.Place.Organizations.TotalCount != 1 ||
		br.Place.Events.TotalCount != 1 || br.Place.Projects.TotalCount != 1 {
		t.Errorf("branch = %+v", br)
	}
}

func TestEventFields(t *testing.T) {
	store, _ := seededStore(t)
	c := newClient(t, store)
	var resp struct {
		Node struct {
			Type         string
			Participants struct {
				Edges []struct {
					Part string
					Node struct{ ID string }
				}
			}
			Organizations struct {
				Edges []struct{ Node struct{ ID string } }
			}
			Place struct{ ID string }
		}
	}
	c.MustPost(`{ node(id: "evt_meeting") { ... on Event { type participants { edges { part node { id } } }
		organizations { edges { node { id } } } place { id } } } }`, &resp)
	e := resp.Node
	parts := map[string]string{}
	for _, p := range e.Participants.Edges {
		parts[p.Node.ID] = p.Part
	}
	if e.Type != "meeting" || parts["per_rezaei"] != "CHAIR" || parts["per_ahmadi"] != "ATTENDEE" || len(parts) != 2 {
		t.Errorf("event = %+v", e)
	}
	if len(e.Organizations.Edges) != 1 || e.Organizations.Edges[0].Node.ID != "org_bank" || e.Place.ID != "plc_tehran" {
		t.Errorf("event = %+v", e)
	}
}

func TestSearch(t *testing.T) {
	store, s := seededStore(t)
	c := newClient(t, store)
	name := s.node(t, "per_rezaei").Name
	var resp struct {
		Search struct {
			TotalCount int
			Edges      []struct {
				Score float64
				Node  struct {
					Typename string `json:"__typename"`
					ID       string
				}
			}
		}
	}
	c.MustPost(`query($q: String!) { search(query: $q, types: [PERSON]) { totalCount edges { score node { __typename id } } } }`,
		&resp, client.Var("q", name))
	if resp.Search.TotalCount < 1 || resp.Search.Edges[0].Node.ID != "per_rezaei" || resp.Search.Edges[0].Score <= 0 {
		t.Fatalf("search %q = %+v", name, resp.Search)
	}
	for _, e := range resp.Search.Edges {
		if e.Node.Typename != "Person" {
			t.Errorf("search for persons returned a %s", e.Node.Typename)
		}
	}
}

func TestListingsFilterSortAndPage(t *testing.T) {
	store, _ := seededStore(t)
	c := newClient(t, store)

	var byOrg struct {
		Persons struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`{ persons(filter: {organization: "org_bank"}) { totalCount edges { node { id } } } }`, &byOrg)
	got := map[string]bool{}
	for _, e := range byOrg.Persons.Edges {
		got[e.Node.ID] = true
	}
	if byOrg.Persons.TotalCount != 2 || !got["per_rezaei"] || !got["per_ahmadi"] {
		t.Errorf("persons of org_bank = %+v", byOrg.Persons)
	}

	var dated struct {
		Events struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`{ events(filter: {from: "2024-01-01", to: "2024-12-31"}) { totalCount edges { node { id } } } }`, &dated)
	if dated.Events.TotalCount != 1 || dated.Events.Edges[0].Node.ID != "evt_meeting" {
		t.Errorf("events of 2024 = %+v", dated.Events)
	}
	c.MustPost(`{ events(orderBy: {field: DATE, direction: DESC}) { totalCount edges { node { id } } } }`, &dated)
	if dated.Events.TotalCount != 2 || dated.Events.Edges[0].Node.ID != "evt_meeting" {
		t.Errorf("events by date, newest first = %+v", dated.Events)
	}

	type page struct {
		Persons struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
			PageInfo   struct {
				HasNextPage, HasPreviousPage bool
				EndCursor                    string
			}
		}
	}
	var seen []string
	after := ""
	for i := 0; i < 4; i++ {
		var p page
		c.MustPost(`query($after: String) { persons(first: 1, after: $after, orderBy: {field: NAME}) {
			totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, &p, client.Var("after", after))
		if p.Persons.TotalCount != 3 || len(p.Persons.Edges) != 1 {
			t.Fatalf("page %d = %+v", i, p.Persons)
		}
		if p.Persons.PageInfo.HasPreviousPage != (i > 0) {
			t.Errorf("page %d: hasPreviousPage = %v", i, p.Persons.PageInfo.HasPreviousPage)
		}
		seen = append(seen, p.Persons.Edges[0].Node.ID)
		if !p.Persons.PageInfo.HasNextPage {
			break
		}
		after = p.Persons.PageInfo.EndCursor
	}
	if len(seen) != 3 || seen[0] == seen[1] || seen[1] == seen[2] || seen[0] == seen[2] {
		t.Errorf("paging one by one saw %v, want the 3 persons once each", seen)
	}
}
