package graph_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

func TestCuration(t *testing.T) {
	store, s := seededStore(t)
	c := newClient(t, store)
	editor := as("curator", auth.RoleEditor)
	oldName := s.node(t, "per_karimi").Name

	var renamed struct {
		RenameEntity struct {
			Name    string
			Aliases []string
		}
	}
	c.MustPost(`mutation { renameEntity(id: "per_karimi", name: "Zahra Karimi") { ... on Person { name aliases } } }`, &renamed, editor)
	if renamed.RenameEntity.Name != "Zahra Karimi" || !slices.Contains(renamed.RenameEntity.Aliases, oldName) {
		t.Errorf("renamed = %+v, want the old name kept as an alias", renamed.RenameEntity)
	}

	var aliased struct{ AddAlias struct{ Aliases []string } }
	c.MustPost(`mutation { addAlias(id: "per_karimi", alias: "Z. Karimi") { ... on Person { aliases } } }`, &aliased, editor)
	if !slices.Contains(aliased.AddAlias.Aliases, "Z. Karimi") {
		t.Errorf("aliases = %v", aliased.AddAlias.Aliases)
	}

	var merged struct{ MergeEntities struct{ ID string } }
	c.MustPost(`mutation { mergeEntities(from: "per_karimi", into: "per_ahmadi") { id } }`, &merged, editor)
	if merged.MergeEntities.ID != "per_ahmadi" {
		t.Errorf("merge returned %s", merged.MergeEntities.ID)
	}
	var after struct {
		Node struct {
			ID      string
			Aliases []string
			Tenures struct{ TotalCount int }
		}
	}
	c.MustPost(`{ node(id: "per_karimi") { id ... on Person { aliases tenures { totalCount } } } }`, &after)
	if after.Node.ID != "per_ahmadi" || !slices.Contains(after.Node.Aliases, "Zahra Karimi") || after.Node.Tenures.TotalCount != 2 {
		t.Errorf("merged ID resolves to %+v, want per_ahmadi with the merged name and both tenures", after.Node)
	}

	src := s.node(t, "src_news1")
	quote := s.node(t, "per_rezaei").Evidence[0]
	var rec struct {
		RecordTenure struct {
			ID, Role    string
			Began       string
			Start       struct{ Iso, SolarHijri string }
			Predecessor struct{ ID string }
			Evidence    []struct{ Source struct{ ID string } }
		}
	}
	c.MustPost(fmt.Sprintf(`mutation($quote: String!, $start: Int!, $end: Int!) { recordTenure(input: {
		person: "per_rezaei", organization: "org_branch", role: "head", start: "2024-03-20", began: %q,
		predecessor: "per_ahmadi", evidence: {source: %q, quote: $quote, start: $start, end: $end}}) {
		id role began start { iso solarHijri } predecessor { id } evidence { source { id } } } }`, peyvand.BeganDecree, src.ID),
		&rec, editor, client.Var("quote", quote.Quote), client.Var("start", quote.Start), client.Var("end", quote.End))
	r := rec.RecordTenure
	if r.ID != peyvand.EdgeID(peyvand.RelHolds, "per_rezaei", "org_branch", "head") || r.Began != peyvand.BeganDecree ||
		r.Start.Iso != "2024-03-20" || r.Start.SolarHijri != "1403-01-01" || r.Predecessor.ID != "per_ahmadi" ||
		len(r.Evidence) != 1 || r.Evidence[0].Source.ID != src.ID {
		t.Errorf("recorded tenure = %+v", r)
	}

	h := newHandler(t, store)
	_, errs := post(t, h, fmt.Sprintf(`mutation { recordTenure(input: {person: "per_rezaei", organization: "org_bank", role: "x",
		evidence: {source: %q, quote: "not in the text", start: 0, end: 15}}) { id } }`, src.ID), callerOf("curator"))
	if len(errs) != 1 || errs[0].Extensions["code"] != peyvand.EINVALID {
		t.Errorf("evidence that misquotes its source: errors = %+v, want INVALID_ARGUMENT", errs)
	}
	_, errs = post(t, h, `mutation { recordTenure(input: {person: "org_bank", organization: "org_bank", role: "x"}) { id } }`, callerOf("curator"))
	if len(errs) != 1 || errs[0].Extensions["code"] != peyvand.EINVALID {
		t.Errorf("an organization as the person: errors = %+v, want INVALID_ARGUMENT", errs)
	}

	var audit struct {
		AuditLog []struct{ Actor, Action, Target string }
	}
	c.MustPost(`{ auditLog(first: 10) { actor action target } }`, &audit, editor)
	var actions []string
	for _, a := range audit.AuditLog {
		if a.Actor != "curator" {
			t.Errorf("audit record by %q, want curator", a.Actor)
		}
		actions = append(actions, a.Action)
	}
	want := []string{"recordTenure", "mergeEntities", "addAlias", "renameEntity"}
	if !slices.Equal(actions, want) {
		t.Errorf("audit log = %v, want %v (newest first)", actions, want)
	}
}

func TestIngestDocumentWithoutIngester(t *testing.T) {
	store, _ := seededStore(t)
	_, errs := post(t, newHandler(t, store), `mutation { ingestDocument(name: "a.txt", text: "x") { file } }`, callerOf("curator"))
	if len(errs) != 1 || errs[0].Extensions["code"] != peyvand.EUNAVAILABLE {
		t.Errorf("errors = %+v, want UNAVAILABLE", errs)
	}
}
