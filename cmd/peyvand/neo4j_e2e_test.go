package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/store/neo4j/neo4jtest"
)

// TestNeo4jServeMatchesEmbedded runs serve on Neo4j, from a database with
// no schema and no graph, and serve on the embedded store; both build the
// default graph from the bundled corpus, and must answer search, a
// person's tenures with predecessor and evidence, appointment history,
// path and neighbourhood the same.
func TestNeo4jServeMatchesEmbedded(t *testing.T) {
	cfg := neo4jtest.Config(t)
	neo4jtest.Wipe(t, cfg)
	neo4jtest.DropSchema(t, cfg)
	ctx := context.Background()

	serve := func(kind string, env map[string]string) string {
		m, _, _ := newTestMain(t, env)
		if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0"}); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if err := m.Run(ctx); err != nil {
			t.Fatal(err)
		}
		t.Logf("serve on %s ready in %s", kind, time.Since(start).Round(time.Millisecond))
		return m.server.URL()
	}
	emb := serve("embedded", map[string]string{"PEYVAND_DATA": t.TempDir()})
	neo := serve("neo4j", map[string]string{"PEYVAND_DATA": t.TempDir(), "NEO4J_URI": cfg.URI, "NEO4J_USER": cfg.User,
		"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database,
		"NEO4J_TIMEOUT": neo4jtest.QueryTimeout.String()})

	// serve created the schema.
	schema := neo4jtest.SchemaNames(t, cfg)
	for _, want := range []string{"entity_id_unique", "audit_id_unique", "entity_search_text", "rel_holds_id"} {
		if !strings.Contains(schema, want) {
			t.Errorf("serve on Neo4j did not create %s; the schema has %s", want, schema)
		}
	}

	// Pick from the embedded answer a person with tenures, a body and a
	// second person to walk between.
	var people struct {
		Data struct {
			Persons struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Name string
						Tenures  struct {
							TotalCount int
							Edges      []struct {
								Node struct{ Organization struct{ ID string } }
							}
						}
					}
				}
			}
		}
	}
	post(t, emb, `{ persons(first: 50) { totalCount edges { node { id name tenures { totalCount edges { node { organization { id } } } } } } } }`, "", &people)
	var person, other, org, name string
	for _, e := range people.Data.Persons.Edges {
		switch {
		case person == "" && e.Node.Tenures.TotalCount > 0:
			person, name, org = e.Node.ID, e.Node.Name, e.Node.Tenures.Edges[0].Node.Organization.ID
		case person != "" && other == "" && e.Node.Tenures.TotalCount > 0:
			other = e.Node.ID
		}
	}
	if person == "" || other == "" {
		t.Fatalf("the bundled corpus has fewer than two persons with tenures: %+v", people)
	}
	t.Logf("%d persons; comparing on %s (%s), %s and %s", people.Data.Persons.TotalCount, person, name, other, org)

	queries := map[string]string{
		"stats":  `{ persons { totalCount } organizations { totalCount } events { totalCount } }`,
		"search": fmt.Sprintf(`{ search(query: %q) { totalCount edges { score node { __typename id } } } }`, name),
		"search word": fmt.Sprintf(`{ search(query: %q, first: 10) { totalCount edges { score node { id } } } }`,
			strings.Fields(name)[0]),
		"tenures": fmt.Sprintf(`{ node(id: %q) { ... on Person { name aliases titles
			tenures { totalCount edges { node { id role began start { iso solarHijri original precision } end { iso }
				organization { id name } predecessor { id name } successor { id }
				evidence { quote start end source { id title } } } } } } } }`, person),
		"history": fmt.Sprintf(`{ appointmentHistory(organization: %q) {
			tenures { id role person { id } predecessor { id } start { iso } evidence { quote source { id } } }
			issues { kind message role from to days tenures { id } } } }`, org),
		"path": fmt.Sprintf(`{ path(from: %q, to: %q) { message path { length nodes { id } hops { id type } } } }`, person, other),
		"neighbourhood": fmt.Sprintf(`{ neighborhood(ids: [%q], depth: 2, limit: 200) {
			nodes { id type label } edges { id source target type label } truncated } }`, person),
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			var want, got map[string]any
			post(t, emb, q, "", &want)
			post(t, neo, q, "", &got)
			if want["errors"] != nil {
				t.Fatalf("embedded answered with errors: %v", want["errors"])
			}
			if !reflect.DeepEqual(want, got) {
				w, _ := json.MarshalIndent(want, "", " ")
				g, _ := json.MarshalIndent(got, "", " ")
				t.Errorf("answers differ\nembedded: %s\nneo4j:    %s", w, g)
			}
		})
	}
}

// TestNeo4jOutageAnswersFastWithoutSecrets points serve at a port nothing
// listens on, with the password in the URI: it fails within the deadline
// and says why without the password.
func TestNeo4jOutageAnswersFastWithoutSecrets(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	const secret = "hunter2-very-secret"
	m, stdout, stderr := newTestMain(t, map[string]string{
		"PEYVAND_DATA": t.TempDir(), "NEO4J_URI": "bolt://neo4j:" + secret + "@" + addr,
		"NEO4J_TIMEOUT": "2s",
	})
	ctx := context.Background()
	if err := m.ParseFlags(ctx, []string{"serve", "--addr", "127.0.0.1:0"}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = m.Run(ctx)
	took := time.Since(start)
	t.Logf("%s: %v", took.Round(time.Millisecond), err)
	if err == nil {
		t.Fatal("serve started without its database")
	}
	if peyvand.ErrorCode(err) != peyvand.EUNAVAILABLE || !strings.Contains(err.Error(), "bolt://"+addr) {
		t.Errorf("err = %v, want UNAVAILABLE naming bolt://%s", err, addr)
	}
	if took > 8*time.Second {
		t.Errorf("failing took %s with a 2s deadline", took)
	}
	for _, s := range []string{err.Error(), stdout.String(), stderr.String()} {
		if strings.Contains(s, secret) {
			t.Errorf("the password is echoed: %q", s)
		}
	}
	if os.Getenv("NEO4J_PASSWORD") != "" && strings.Contains(err.Error(), os.Getenv("NEO4J_PASSWORD")) {
		t.Errorf("the test server's password is echoed: %q", err)
	}
}
