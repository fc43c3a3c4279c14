package graph_test

import (
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/storetest"
)

// TestOnePostWhateverItsSpelling checks that a post written with Arabic
// letter forms and without a space is the same post (curation.RoleKey)
// for positions, their holders and the succession.
func TestOnePostWhateverItsSpelling(t *testing.T) {
	org := storetest.Org("شرکت نمونه", "شرکت")
	org.ID = "org_sample"
	a, b := storetest.Person("کاوه نیک‌اندیش"), storetest.Person("بهرام روشن‌دل")
	ta := storetest.Rel(peyvand.RelHolds, a, org, "مدیر کل")
	ta.Start = &peyvand.Date{ISO: "2023-01-01", Precision: peyvand.PrecisionDay}
	tb := storetest.Rel(peyvand.RelHolds, b, org, "مدير كل")
	tb.Start = &peyvand.Date{ISO: "2024-01-01", Precision: peyvand.PrecisionDay}
	store := openStore(t, &peyvand.Batch{Nodes: []*peyvand.Node{org, a, b}, Edges: []*peyvand.Edge{tb, ta}})
	var resp struct {
		Node struct {
			Positions struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID      string
						Holders struct {
							Edges []struct {
								Node struct {
									Person   struct{ ID string }
									Position struct{ ID string }
								}
							}
						}
					}
				}
			}
		}
		AppointmentHistory struct{ Tenures []struct{ ID string } }
	}
	c := newClient(t, store)
	c.MustPost(`{ node(id: "org_sample") { ... on Organization { positions { totalCount edges { node { id
		holders { edges { node { person { id } position { id } } } } } } } } }
		appointmentHistory(organization: "org_sample", role: "مدیرکل") { tenures { id } } }`, &resp)
	ps := resp.Node.Positions
	if ps.TotalCount != 1 {
		t.Fatalf("positions = %+v, want one post", ps)
	}
	hs := ps.Edges[0].Node.Holders.Edges
	if len(hs) != 2 || hs[0].Node.Person.ID != a.ID || hs[1].Node.Person.ID != b.ID {
		t.Errorf("holders = %+v, want both spellings' holders in time order", hs)
	}
	// One post has one ID, whichever tenure it is reached from, and the ID
	// leads back to it.
	id := ps.Edges[0].Node.ID
	for _, h := range hs {
		if h.Node.Position.ID != id {
			t.Errorf("the tenure of %s is of position %s, the listing's is %s", h.Node.Person.ID, h.Node.Position.ID, id)
		}
	}
	var back struct{ Node struct{ ID, Role string } }
	c.MustPost(`query($id: ID!) { node(id: $id) { id ... on Position { role } } }`, &back, client.Var("id", id))
	if back.Node.ID != id || back.Node.Role == "" {
		t.Errorf("node(%s) = %+v", id, back.Node)
	}
	if ts := resp.AppointmentHistory.Tenures; len(ts) != 2 || ts[0].ID != ta.ID {
		t.Errorf("succession = %+v", ts)
	}
}
