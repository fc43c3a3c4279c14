package synth_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/persian"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/synth"
)

// collect generates cfg and checks each batch on the way: its size, and
// that every edge's ends were emitted no later than the edge.
func collect(t *testing.T, cfg synth.Config) (nodes map[string]*peyvand.Node, edges []*peyvand.Edge, digest [32]byte) {
	t.Helper()
	nodes = map[string]*peyvand.Node{}
	h := sha256.New()
	size := cfg.BatchSize
	if size == 0 {
		size = synth.DefaultBatchSize
	}
	err := synth.Generate(cfg, func(b *peyvand.Batch) error {
		if n := len(b.Nodes) + len(b.Edges); n == 0 || n > size {
			t.Fatalf("batch of %d, want 1..%d", n, size)
		}
		data, _ := json.Marshal(b)
		h.Write(data)
		for _, n := range b.Nodes {
			if nodes[n.ID] != nil {
				t.Fatalf("node %s emitted twice", n.ID)
			}
			nodes[n.ID] = n
		}
		for _, e := range b.Edges {
			if nodes[e.From] == nil || nodes[e.To] == nil {
				t.Fatalf("edge %s %s→%s before its ends", e.Type, e.From, e.To)
			}
			edges = append(edges, e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	copy(digest[:], h.Sum(nil))
	return nodes, edges, digest
}

func TestGenerateShape(t *testing.T) {
	cfg := synth.Config{Persons: 3000, Seed: 7, BatchSize: 1000, LongChains: 2}
	nodes, edges, _ := collect(t, cfg)
	types := map[peyvand.EntityType]int{}
	for _, n := range nodes {
		types[n.Type]++
		if n.Type == peyvand.TypePerson && (persian.Normalize(n.Name) != n.Name || len(persian.Words(n.Name)) < 2) {
			t.Errorf("person name %q is not a normalized Persian full name", n.Name)
		}
	}
	if types[peyvand.TypePerson] != 3000 || types[peyvand.TypeEvent] != 600 || types[peyvand.TypeProject] != 60 {
		t.Errorf("node counts %v, want 3000 persons, 600 events, 60 projects", types)
	}
	participants := map[string]int{}
	holders := map[[2]string]int{}
	partOf := map[string]string{}
	for _, e := range edges {
		switch e.Type {
		case peyvand.RelParticipated:
			participants[e.To]++
		case peyvand.RelHolds:
			holders[[2]string{e.To, e.Role}]++
		case peyvand.RelPartOf:
			partOf[e.From] = e.To
		}
		if e.Type != peyvand.RelLocatedIn {
			if len(e.Evidence) == 0 {
				t.Fatalf("%s edge %s has no evidence", e.Type, e.ID)
			}
			ev := e.Evidence[0]
			src := nodes[ev.SourceID]
			if src == nil || string([]rune(src.Text)[ev.Start:ev.End]) != ev.Quote {
				t.Fatalf("evidence of %s does not quote its source", e.ID)
			}
		}
	}
	for id, n := range participants {
		if n < 2 || n > 30 {
			t.Errorf("event %s has %d participants, want 2..30", id, n)
		}
	}
	if len(participants) != 600 {
		t.Errorf("%d events have participants, want all 600", len(participants))
	}
	kanoons := 0
	for from, to := range partOf {
		if nodes[from].Kind == "کانون" && nodes[to].Kind == "سازمان" {
			kanoons++
		}
	}
	if kanoons < 60 {
		t.Errorf("%d کانون branches under a provincial سازمان, want many", kanoons)
	}
	posts, err := synth.LongChainPosts(cfg)
	if err != nil || len(posts) != 2 {
		t.Fatalf("long chain posts = %v, %v", posts, err)
	}
	for _, p := range posts {
		if n := holders[[2]string{p.OrganizationID, p.Role}]; n != synth.LongChainHolders {
			t.Errorf("post %s of %s has %d holders, want %d", p.Role, p.OrganizationID, n, synth.LongChainHolders)
		}
	}
}

func TestGenerateChainsReadBack(t *testing.T) {
	cfg := synth.Config{Persons: 1000, Seed: 3}
	st, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := synth.Generate(cfg, func(b *peyvand.Batch) error { _, err := st.Apply(context.Background(), b); return err }); err != nil {
		t.Fatal(err)
	}
	posts, _ := synth.LongChainPosts(cfg)
	chain, _, err := explore.AppointmentHistory(context.Background(), st, posts[0].OrganizationID, posts[0].Role)
	if err != nil {
		t.Fatal(err)
	}
	if len(chain) != synth.LongChainHolders {
		t.Fatalf("chain of %d, want %d", len(chain), synth.LongChainHolders)
	}
	for i := 1; i < len(chain); i++ {
		if chain[i].Start.ISO < chain[i-1].Start.ISO {
			t.Errorf("tenure %d starts %s, before tenure %d (%s)", i, chain[i].Start.ISO, i-1, chain[i-1].Start.ISO)
		}
	}
	if n, _ := st.Nodes(context.Background(), []string{synth.PersonID(999)}); n[0] == nil {
		t.Error("PersonID(999) names no node")
	}
}

func TestGenerateDeterministic(t *testing.T) {
	_, _, a := collect(t, synth.Config{Persons: 500, Seed: 1})
	_, _, b := collect(t, synth.Config{Persons: 500, Seed: 1})
	_, _, c := collect(t, synth.Config{Persons: 500, Seed: 2})
	if a != b {
		t.Error("the same config gave different graphs")
	}
	if a == c {
		t.Error("different seeds gave the same graph")
	}
}

func TestGenerateErrors(t *testing.T) {
	if err := synth.Generate(synth.Config{}, func(*peyvand.Batch) error { return nil }); err == nil {
		t.Error("no persons: want an error")
	}
	stop := errors.New("stop")
	calls := 0
	err := synth.Generate(synth.Config{Persons: 1000, BatchSize: 100}, func(*peyvand.Batch) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls, want the emit error after one", err, calls)
	}
}
