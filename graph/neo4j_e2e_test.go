package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/ingest"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
)

// e2eQueries are GraphQL requests whose answers must be the same on the
// embedded store and on Neo4j: lookups, nested lists, search and listings,
// the explore queries, and errors.
var e2eQueries = map[string]string{
	"node":  `{ node(id: "per_rezaei") { id __typename ... on Person { name aliases titles } } }`,
	"nodes": `{ nodes(ids: ["per_rezaei", "per_nobody", "org_bank"]) { id } }`,
	"person nested": `{ node(id: "per_rezaei") { ... on Person {
		name aliases titles
		tenures { totalCount edges { node { id role began start { iso solarHijri original precision } end { iso }
			organization { id name } predecessor { id name } successor { id }
			position { id holders { totalCount } }
			evidence { quote start end source { id title } } } } }
		events { totalCount edges { part node { id date { iso solarHijri original precision } } } }
		evidence { quote start end source { id title } }
		sources { id } } } }`,
	"organization nested": `{ node(id: "org_bank") { ... on Organization { kind parent { id }
		branches { edges { node { id } } }
		positions { totalCount edges { node { role organization { id }
			holders { edges { node { person { id } successor { id } predecessor { id } } } } } } }
		events { totalCount } } } }`,
	"search":         `{ search(query: "رضایی") { totalCount edges { score node { __typename id } } } }`,
	"search folded":  `{ search(query: "رضائي", types: [PERSON]) { totalCount edges { score node { id } } } }`,
	"search prefix":  `{ search(query: "بان", first: 3) { totalCount edges { score node { id } } } }`,
	"persons of org": `{ persons(filter: {organization: "org_bank"}) { totalCount edges { node { id } } } }`,
	"history": `{ appointmentHistory(organization: "org_bank") {
		tenures { id role person { id } predecessor { id } start { iso } evidence { quote source { id } } }
		issues { kind message role from to days tenures { id } } } }`,
	"history of branch": `{ appointmentHistory(organization: "org_branch") { tenures { id person { id } } issues { kind } } }`,
	"holders":           `{ holders(organization: "org_bank", at: "2020-02-01") { id } }`,
	"path": `{ path(from: "per_karimi", to: "per_rezaei") { message path { length
		nodes { id } hops { id type source target label } } } }`,
	"path none":      `{ path(from: "per_karimi", to: "per_rezaei", maxHops: 1) { message path { length } } }`,
	"path not found": `{ path(from: "per_karimi", to: "per_lonely") { message path { length } } }`,
	"paths":          `{ paths(from: "per_karimi", to: "per_rezaei", k: 2) { length hops { id } } }`,
	"neighborhood 1": `{ neighborhood(ids: ["org_bank"], depth: 1, limit: 100) {
		nodes { id type label data } edges { id source target type label data } truncated } }`,
	"neighborhood 2":   `{ neighborhood(ids: ["per_rezaei"], depth: 2, limit: 100) { nodes { id } edges { id } truncated } }`,
	"neighborhood cut": `{ neighborhood(ids: ["org_bank"], depth: 3, limit: 3) { nodes { id } edges { id } truncated } }`,
	"co-attendees":     `{ coAttendees(person: "per_rezaei") { person { id name } sharedEvents events { id title } } }`,
	"shared members":   `{ sharedMembers(organization: "org_branch") { organization { id } sharedMembers members { id } } }`,
	"timeline":         `{ timeline(ids: ["per_rezaei"]) { date { iso solarHijri } kind label event { id } tenure { id person { id } } } }`,
	"career":           `{ node(id: "per_karimi") { ... on Person { career { id organization { id } } } } }`,
	"unknown node":     `{ path(from: "per_nobody", to: "per_rezaei") { message } }`,
	"bad depth":        `{ neighborhood(ids: ["org_bank"], depth: 4) { truncated } }`,
}

// TestNeo4jGraphQLMatchesEmbedded sends each of e2eQueries through the real
// handler to the embedded store and to Neo4j, both holding the test graph,
// and requires the same answer.
func TestNeo4jGraphQLMatchesEmbedded(t *testing.T) {
	neo := neo4jtest.Open(t, nil)
	batch := e2eBatch(t)
	if _, err := neo.Apply(context.Background(), batch); err != nil {
		t.Fatalf("seed neo4j: %v", err)
	}
	embedded := openStore(t, e2eBatch(t))
	he, hn := newHandler(t, embedded), newHandler(t, neo)
	for name, q := range e2eQueries {
		t.Run(name, func(t *testing.T) {
			want, got := e2ePost(t, he, q), e2ePost(t, hn, q)
			if !reflect.DeepEqual(want, got) {
				w, _ := json.MarshalIndent(want, "", " ")
				g, _ := json.MarshalIndent(got, "", " ")
				t.Errorf("answers differ\nembedded: %s\nneo4j:    %s", w, g)
			}
			if data, _ := want["data"].(map[string]any); len(data) == 0 && want["errors"] == nil {
				t.Errorf("empty answer: %v", want)
			}
		})
	}
}

// e2eBatch is testdata/seed.json with testdata/explore.json.
func e2eBatch(t *testing.T) *peyvand.Batch {
	s := readSeed(t)
	data, err := os.ReadFile("testdata/explore.json")
	if err != nil {
		t.Fatal(err)
	}
	var more seed
	if err := json.Unmarshal(data, &more); err != nil {
		t.Fatal(err)
	}
	return &peyvand.Batch{Nodes: append(s.Nodes, more.Nodes...), Edges: append(s.Edges, more.Edges...)}
}

// e2ePost sends query to h and returns the decoded response, failing on a
// status other than 200.
func e2ePost(t *testing.T, h http.Handler, query string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var resp map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decode %s: %v", w.Body, err)
	}
	return resp
}

// TestNeo4jTraversalBudget runs a neighbourhood on Neo4j that takes longer
// than a small traversal budget (a body with thousands of members): it
// stops with UNAVAILABLE soon after the budget, and the store then serves
// the same request under a normal budget.
func TestNeo4jTraversalBudget(t *testing.T) {
	neo := neo4jtest.Open(t, nil)
	org := &peyvand.Node{ID: peyvand.NewID(peyvand.TypeOrganization, "بودجه"), Type: peyvand.TypeOrganization, Name: "سازمان بودجه"}
	b := &peyvand.Batch{Nodes: []*peyvand.Node{org}}
	for i := range 3000 {
		p := &peyvand.Node{ID: peyvand.NewID(peyvand.TypePerson, fmt.Sprint("عضو ", i)), Type: peyvand.TypePerson, Name: fmt.Sprint("عضو شماره ", i)}
		b.Nodes = append(b.Nodes, p)
		b.Edges = append(b.Edges, &peyvand.Edge{ID: peyvand.EdgeID(peyvand.RelParticipated, p.ID, org.ID, ""), Type: peyvand.RelParticipated, From: p.ID, To: org.ID})
	}
	if _, err := neo.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	q := fmt.Sprintf(`{ neighborhood(ids: [%q], depth: 2, limit: 5000) { truncated nodes { id } } }`, org.ID)
	tight := newHandler(t, neo, func(cfg *graph.HandlerConfig) { cfg.Limits.TraversalBudget = 5 * time.Millisecond })
	start := time.Now()
	_, errs := post(t, tight, q, nil)
	took := time.Since(start)
	t.Logf("%s with a 5ms budget: %+v", took.Round(time.Millisecond), errs)
	if len(errs) == 0 || errs[0].Extensions["code"] != peyvand.EUNAVAILABLE {
		t.Errorf("errors = %+v, want UNAVAILABLE", errs)
	}
	if took > 5*time.Second {
		t.Errorf("took %s with a 5ms budget", took)
	}
	resp := e2ePost(t, newHandler(t, neo), q)
	if resp["errors"] != nil {
		t.Errorf("the same request under the normal budget: %v", resp["errors"])
	}
}

// TestNeo4jStatementsPerRequest counts the store calls, one Cypher
// statement each, of a nested query on Neo4j: a small number bounded by
// the nesting, the same for one person as for all, so a list never costs
// a statement per item.
func TestNeo4jStatementsPerRequest(t *testing.T) {
	neo := neo4jtest.Open(t, nil)
	if _, err := neo.Apply(context.Background(), e2eBatch(t)); err != nil {
		t.Fatal(err)
	}
	cs := &countingStore{Store: neo}
	h := newHandler(t, cs)
	count := func(first int) int64 {
		cs.reset()
		resp := e2ePost(t, h, fmt.Sprintf(`{ persons(first: %d) { edges { node { id
			tenures { edges { node { role predecessor { id } organization { id name parent { id } } } } }
			events { edges { node { id } } } } } } }`, first))
		if resp["errors"] != nil {
			t.Fatalf("errors: %v", resp["errors"])
		}
		n := cs.nodes.Load() + cs.edges.Load() + cs.edgesOf.Load() + cs.find.Load()
		t.Logf("persons(first: %d): %d statements (nodes %d, edges %d, edgesOf %d, find %d)",
			first, n, cs.nodes.Load(), cs.edges.Load(), cs.edgesOf.Load(), cs.find.Load())
		return n
	}
	// Four levels below the listing: tenures and events, their
	// organizations and predecessors, the organizations' parents.
	one, many := count(1), count(20)
	if many > 10 || many < one {
		t.Errorf("%d statements for one person, %d for all: a list costs statements per item", one, many)
	}
}

// TestNeo4jOneStatementPerLevel runs the nested query on Neo4j, 100 times
// from eight goroutines at once and again with a smaller page, on the
// lean path and through gqlgen's executor, and checks that every request
// made one store call per level. Find, EdgesOf and
// Nodes each run one Cypher statement in one transaction, so this is one
// statement per level, with the loaders' batch wait a nanosecond: the
// prefetch, not a timer, gathers each level.
func TestNeo4jOneStatementPerLevel(t *testing.T) {
	neo := neo4jtest.Open(t, nil)
	if _, err := neo.Apply(context.Background(), wideGraph(50)); err != nil {
		t.Fatalf("seed neo4j: %v", err)
	}
	checkCallsPerLevelOnBothPaths(t, perRequestStore{neo})
}

// TestNeo4jReviewQueueMatchesEmbedded walks the review queue through the
// real handler on the embedded store and on Neo4j: two made-up reports
// leave a person under his full name and under his surname alone, the
// pair is listed, dismissed (gone), the dismissal undone (back), merged
// (gone) and unmerged (back, both with their own tenures, events and
// evidence), and the audit log holds every decision. Each step must give
// the same answer on both stores.
func TestNeo4jReviewQueueMatchesEmbedded(t *testing.T) {
	neo := neo4jtest.Open(t, nil)
	want := reviewQueueWalk(t, openStore(t, nil))
	got := reviewQueueWalk(t, neo)
	if len(want) != len(got) {
		t.Fatalf("embedded took %d steps, neo4j %d", len(want), len(got))
	}
	for i := range want {
		if !reflect.DeepEqual(want[i].answer, got[i].answer) {
			w, _ := json.MarshalIndent(want[i].answer, "", " ")
			g, _ := json.MarshalIndent(got[i].answer, "", " ")
			t.Errorf("%s: answers differ\nembedded: %s\nneo4j:    %s", want[i].name, w, g)
		}
	}
}

// reviewStep is one request of reviewQueueWalk and its answer's data.
type reviewStep struct {
	name   string
	answer map[string]any
}

// reviewSides asks for what each side of a pair holds of its own.
const reviewSides = `query($a: ID!, $b: ID!) { nodes(ids: [$a, $b]) { id ... on Person { name titles
	tenures { totalCount edges { node { role began organization { id } evidence { quote source { id } } } } }
	events { totalCount edges { part node { id } } }
	evidence { quote source { id } } } } }`

// reviewQueueWalk ingests testdata/review-a.txt and review-b.txt into
// store through the handler, takes the pair of the full name and the
// surname through the review queue's decisions, checks each outcome, and
// returns the steps with their answers.
func reviewQueueWalk(t *testing.T, store peyvand.Store) []reviewStep {
	t.Helper()
	h := newHandler(t, store, func(cfg *graph.HandlerConfig) { cfg.Ingest = ingest.New(store, nil) })
	var steps []reviewStep
	ask := func(name, query string, vars map[string]any) map[string]any {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req = req.WithContext(auth.WithCaller(req.Context(), *callerOf("curator")))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		var resp struct {
			Data   map[string]any `json:"data"`
			Errors []gqlError     `json:"errors"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatalf("%s: decode %s: %v", name, w.Body, err)
		}
		if w.Code != http.StatusOK || len(resp.Errors) > 0 {
			t.Fatalf("%s: status %d, errors %+v", name, w.Code, resp.Errors)
		}
		steps = append(steps, reviewStep{name, resp.Data})
		return resp.Data
	}
	for _, file := range []string{"review-a.txt", "review-b.txt"} {
		text, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		ask("ingest "+file, ingestMutation, map[string]any{"n": file, "t": string(text)})
	}
	const fullName, surname = "فرهاد کیان‌مهر", "کیان‌مهر"
	// listed returns the pair of fullName and surname in the person queue:
	// the IDs of both and its reasons, or ok false.
	listed := func(step string) (full, short string, reasons []any, ok bool) {
		t.Helper()
		data := ask(step, dupQuery, map[string]any{"type": "PERSON"})
		conn, _ := data["duplicateCandidates"].(map[string]any)
		edges, _ := conn["edges"].([]any)
		for _, e := range edges {
			pair, _ := e.(map[string]any)["node"].(map[string]any)
			ids, names := map[string]string{}, map[string]bool{}
			for _, side := range []string{"a", "b"} {
				s, _ := pair[side].(map[string]any)
				n, _ := s["node"].(map[string]any)
				name, _ := n["name"].(string)
				id, _ := n["id"].(string)
				ids[name], names[name] = id, true
				if ev, _ := s["evidence"].([]any); len(ev) == 0 {
					t.Errorf("%s: side %s of the pair has no evidence", step, name)
				}
			}
			if names[fullName] && names[surname] {
				reasons, _ = pair["reasons"].([]any)
				return ids[fullName], ids[surname], reasons, true
			}
		}
		return "", "", nil, false
	}
	full, short, reasons, ok := listed("list")
	if !ok {
		t.Fatalf("the full name and the surname alone are not a candidate pair: %v", steps[len(steps)-1].answer)
	}
	for _, r := range []string{"NAME_EXTENDS", "SAME_BODY", "SAME_POST"} {
		if !slices.Contains(reasons, any(r)) {
			t.Errorf("the pair's reasons %v lack %s", reasons, r)
		}
	}
	pair := map[string]any{"a": short, "b": full}
	sides := ask("sides before", reviewSides, pair)

	ask("dismiss", `mutation($a: ID!, $b: ID!) { dismissDuplicate(a: $a, b: $b) { action target detail actor } }`, pair)
	if _, _, _, ok := listed("list after dismiss"); ok {
		t.Error("the dismissed pair is listed")
	}
	ask("undo dismissal", `mutation($a: ID!, $b: ID!) { undoDismissal(a: $a, b: $b) { action target detail actor } }`, pair)
	if _, _, _, ok := listed("list after undo"); !ok {
		t.Error("the pair is not listed once its dismissal is undone")
	}
	merged := ask("merge", `mutation($a: ID!, $b: ID!) { mergeEntities(from: $a, into: $b) { id } }`, pair)
	if m, _ := merged["mergeEntities"].(map[string]any); m["id"] != full {
		t.Errorf("mergeEntities = %v, want %s", merged, full)
	}
	if _, _, _, ok := listed("list after merge"); ok {
		t.Error("the merged pair is listed")
	}
	resolved := ask("node after merge", `query($a: ID!) { node(id: $a) { id } }`, map[string]any{"a": short})
	if n, _ := resolved["node"].(map[string]any); n["id"] != full {
		t.Errorf("after the merge %s resolves to %v, want %s", short, resolved, full)
	}
	un := ask("unmerge", `mutation($a: ID!) { unmerge(id: $a) { restored { id } survivor { id } audit { action target actor detail } } }`,
		map[string]any{"a": short})
	u, _ := un["unmerge"].(map[string]any)
	if r, _ := u["restored"].(map[string]any); r["id"] != short {
		t.Errorf("unmerge restored %v, want %s", u["restored"], short)
	}
	if _, _, _, ok := listed("list after unmerge"); !ok {
		t.Error("the unmerged pair is not listed again")
	}
	if after := ask("sides after", reviewSides, pair); !reflect.DeepEqual(after, sides) {
		b, _ := json.MarshalIndent(sides, "", " ")
		a, _ := json.MarshalIndent(after, "", " ")
		t.Errorf("after the unmerge the two do not hold their own facts again\nbefore the merge: %s\nafter the unmerge: %s", b, a)
	}
	log := ask("audit log", `{ auditLog(first: 10) { action target actor detail } }`, nil)
	records, _ := log["auditLog"].([]any)
	var actions []string
	for _, r := range records {
		rec, _ := r.(map[string]any)
		action, _ := rec["action"].(string)
		actions = append(actions, action)
		if rec["actor"] != "curator" {
			t.Errorf("audit record %v is not the curator's", rec)
		}
	}
	wantActions := []string{"unmerge", "mergeEntities", "undoDismissal", "dismissDuplicate", "ingestDocument", "ingestDocument"}
	if !slices.Equal(actions, wantActions) {
		t.Errorf("audit log actions = %v, want %v", actions, wantActions)
	}
	return steps
}
