package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/store/embedded"
	"github.com/peyvand/peyvand/synth"
)

// run parses args and runs them on a fresh Main, closing it after.
func run(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	m, out, errOut := newTestMain(t, env)
	ctx := context.Background()
	if err = m.ParseFlags(ctx, args); err == nil {
		err = m.Run(ctx)
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return out.String(), errOut.String(), err
}

func TestSynthThenExport(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"PEYVAND_DATA": data}
	_, stderr, err := run(t, env, "synth", "--persons", "40", "--seed", "7")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "synth: done: 40 persons") {
		t.Errorf("synth progress:\n%s", stderr)
	}
	st, err := embedded.Open(data, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Nodes[peyvand.TypePerson] != 40 || stats.Edges[peyvand.RelHolds] == 0 {
		t.Fatalf("synthetic graph = %+v", stats)
	}

	// The whole graph to a file: every node but the sources.
	out := filepath.Join(t.TempDir(), "nodes.csv")
	if _, _, err := run(t, env, "export", "--format", "nodes-csv", "--out", out); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for typ, n := range stats.Nodes {
		if typ != peyvand.TypeSource {
			want += n
		}
	}
	if len(rows) != want+1 || rows[0][0] != "\ufeffid" {
		t.Errorf("nodes.csv has %d rows, want a header (after the byte order mark Excel needs) and %d nodes", len(rows), want)
	}

	// A neighbourhood to stdout.
	person := synth.PersonID(0)
	stdout, _, err := run(t, env, "export", "--format", "cytoscape", "--ids", person, "--depth", "1")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes, Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("cytoscape JSON: %v", err)
	}
	if len(doc.Elements.Nodes) < 2 || doc.Elements.Nodes[0].Data["id"] != person || len(doc.Elements.Edges) == 0 {
		t.Errorf("neighbourhood of %s = %d nodes (first %v), %d edges", person, len(doc.Elements.Nodes), doc.Elements.Nodes[0].Data["id"], len(doc.Elements.Edges))
	}

	// The whole graph past a cap is refused, naming the cap.
	_, _, err = run(t, env, "export", "--format", "graphml", "--export-max-nodes", "10")
	if err == nil || !strings.Contains(err.Error(), "cap of 10") {
		t.Errorf("export past the cap: err = %v", err)
	}

	// synth fills only an empty store.
	if _, _, err := run(t, env, "synth", "--persons", "5"); err == nil || !strings.Contains(err.Error(), "already holds") {
		t.Errorf("synth into a full store: err = %v", err)
	}
}

func TestExportBadFlags(t *testing.T) {
	env := map[string]string{"PEYVAND_DATA": t.TempDir()}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "needs --format"},
		{[]string{"export", "--format", "dot"}, `unknown export format "dot"`},
		{[]string{"export", "--format", "gexf", "--depth", "2"}, "--depth needs --ids"},
		{[]string{"export", "--format", "gexf", "--ids", "per_x", "--depth", "4"}, "out of range"},
		{[]string{"export", "--format", "gexf", "--export-max-nodes", "0"}, "must be positive"},
		{[]string{"export", "--format", "gexf", "extra"}, "takes no arguments"},
		{[]string{"export", "--format", "gexf", "--ids", "per_nobody"}, "per_nobody"},
		{[]string{"synth"}, "needs --persons"},
	} {
		_, _, err := run(t, env, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err = %v, want %q", tc.args, err, tc.want)
		}
	}
}

func TestExportWhileServerHoldsStore(t *testing.T) {
	data := t.TempDir()
	st, err := embedded.Open(data, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, _, err = run(t, map[string]string{"PEYVAND_DATA": data}, "export", "--format", "graphml")
	if err == nil || !strings.Contains(err.Error(), "another process") || !strings.Contains(err.Error(), "/export/graphml") {
		t.Errorf("export of a locked store: err = %v, want it to name the lock and the endpoint", err)
	}
}

// TestExportWritesEachFormat: the CLI writes every format with the very
// bytes the server's /export/ endpoint serves for the same graph (the
// server's golden files).
func TestExportWritesEachFormat(t *testing.T) {
	data := t.TempDir()
	raw, err := os.ReadFile("../../server/testdata/graph.json")
	if err != nil {
		t.Fatal(err)
	}
	var b peyvand.Batch
	if err := json.Unmarshal(raw, &b); err != nil {
		t.Fatal(err)
	}
	st, err := embedded.Open(data, embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.Apply(context.Background(), &b)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"PEYVAND_DATA": data}
	for _, f := range export.Formats {
		t.Run(f.Name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), f.FileName())
			if _, _, err := run(t, env, "export", "--format", f.Name, "--out", out); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile("../../server/testdata/export/whole." + f.File + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			_, want, ok := bytes.Cut(golden, []byte("\n\n"))
			if !ok {
				t.Fatalf("golden file of %s has no headers", f.File)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("peyvand export --format %s wrote\n%s\nwant the server's\n%s", f.Name, got, want)
			}
		})
	}
}
