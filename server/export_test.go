package server_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/server"
	"github.com/peyvand/peyvand/store/embedded"
)

// graphStore returns a store holding testdata/graph.json: two persons, two
// bodies, an event and a source; a tenure, a PART_OF, a participation and
// an involvement.
func graphStore(t *testing.T) peyvand.Store {
	t.Helper()
	data, err := os.ReadFile("testdata/graph.json")
	if err != nil {
		t.Fatal(err)
	}
	var b peyvand.Batch
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("testdata/graph.json: %v", err)
	}
	s, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Apply(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return s
}

// parseExport reads an exported file back into its node and edge IDs,
// sorted; the CSV files hold only one of the two.
func parseExport(t *testing.T, file string, body []byte) (nodes, edges []string) {
	t.Helper()
	switch file {
	case "graphml":
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct {
					ID     string `xml:"id,attr"`
					Source string `xml:"source,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("graphml: %v\n%s", err, body)
		}
		for _, n := range doc.Graph.Nodes {
			nodes = append(nodes, n.ID)
		}
		for _, e := range doc.Graph.Edges {
			edges = append(edges, e.ID)
		}
	case "gexf":
		var doc struct {
			Graph struct {
				Nodes []struct {
					ID    string `xml:"id,attr"`
					Label string `xml:"label,attr"`
				} `xml:"nodes>node"`
				Edges []struct {
					ID string `xml:"id,attr"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("gexf: %v\n%s", err, body)
		}
		for _, n := range doc.Graph.Nodes {
			nodes = append(nodes, n.ID)
		}
		for _, e := range doc.Graph.Edges {
			edges = append(edges, e.ID)
		}
	case "cytoscape.json":
		var doc struct {
			Elements struct {
				Nodes, Edges []struct{ Data struct{ ID string } }
			}
		}
		if err := json.Unmarshal(body, &doc); err != nil {
			t.Fatalf("cytoscape: %v\n%s", err, body)
		}
		for _, n := range doc.Elements.Nodes {
			nodes = append(nodes, n.Data.ID)
		}
		for _, e := range doc.Elements.Edges {
			edges = append(edges, e.Data.ID)
		}
	case "nodes.csv", "edges.csv":
		// Excel needs the byte order mark to read UTF-8.
		var ok bool
		if body, ok = bytes.CutPrefix(body, []byte("\ufeff")); !ok {
			t.Fatalf("%s has no UTF-8 byte order mark: %q", file, body[:min(len(body), 20)])
		}
		rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v\n%s", file, err, body)
		}
		if len(rows) == 0 || rows[0][0] != "id" {
			t.Fatalf("%s has no header: %q", file, rows)
		}
		for _, r := range rows[1:] {
			if file == "nodes.csv" {
				nodes = append(nodes, r[0])
			} else {
				edges = append(edges, r[0])
			}
		}
	default:
		t.Fatalf("no parser for %s", file)
	}
	slices.Sort(nodes)
	slices.Sort(edges)
	return nodes, edges
}

func get(h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestExportFormats(t *testing.T) {
	h := newHandler(t, server.Config{Store: graphStore(t)})
	for _, tc := range []struct {
		name, query  string
		nodes, edges []string
	}{
		{"whole graph", "", []string{"evt_e", "org_x", "org_y", "per_a", "per_b"}, []string{"rel_e", "rel_i", "rel_p", "ten_a"}},
		{"one seed", "?ids=per_a&depth=1", []string{"org_x", "per_a"}, []string{"ten_a"}},
		{"seeds repeated", "?ids=per_a&ids=per_b", []string{"evt_e", "org_x", "per_a", "per_b"}, []string{"rel_e", "rel_i", "ten_a"}},
		{"seeds comma-separated", "?ids=per_a,per_b&depth=1", []string{"evt_e", "org_x", "per_a", "per_b"}, []string{"rel_e", "rel_i", "ten_a"}},
		{"depth 2", "?ids=per_a&depth=2", []string{"evt_e", "org_x", "org_y", "per_a"}, []string{"rel_i", "rel_p", "ten_a"}},
	} {
		for _, f := range export.Formats {
			t.Run(tc.name+"/"+f.File, func(t *testing.T) {
				w := get(h, "/export/"+f.File+tc.query)
				if w.Code != http.StatusOK {
					t.Fatalf("status = %d: %s", w.Code, w.Body)
				}
				if ct := w.Header().Get("Content-Type"); ct != f.ContentType {
					t.Errorf("Content-Type = %q, want %q", ct, f.ContentType)
				}
				if cd := w.Header().Get("Content-Disposition"); cd != `attachment; filename="peyvand.`+f.File+`"` {
					t.Errorf("Content-Disposition = %q", cd)
				}
				nodes, edges := parseExport(t, f.File, w.Body.Bytes())
				if f.File != "edges.csv" && !slices.Equal(nodes, tc.nodes) {
					t.Errorf("nodes = %v, want %v", nodes, tc.nodes)
				}
				if f.File != "nodes.csv" && !slices.Equal(edges, tc.edges) {
					t.Errorf("edges = %v, want %v", edges, tc.edges)
				}
			})
		}
	}
}

func TestExportErrors(t *testing.T) {
	st := graphStore(t)
	capped := newHandler(t, server.Config{Store: st, ExportMaxNodes: 3})
	open := newHandler(t, server.Config{Store: st})
	closed := newHandler(t, server.Config{Store: st, RequireKeyForReads: true})
	for _, tc := range []struct {
		name    string
		h       http.Handler
		target  string
		header  []string
		status  int
		message string
	}{
		{"whole graph past the cap", capped, "/export/graphml", nil, http.StatusRequestEntityTooLarge, "export cap of 3"},
		{"unknown id", open, "/export/gexf?ids=per_a,per_nobody", nil, http.StatusNotFound, "per_nobody"},
		{"depth not a number", open, "/export/nodes.csv?ids=per_a&depth=two", nil, http.StatusBadRequest, "depth"},
		{"depth too deep", open, "/export/edges.csv?ids=per_a&depth=4", nil, http.StatusBadRequest, "1 to 3"},
		{"depth without ids", open, "/export/cytoscape.json?depth=1", nil, http.StatusBadRequest, "depth needs ids"},
		{"no key when reads need one", closed, "/export/graphml", nil, http.StatusUnauthorized, "API key"},
		{"wrong key", open, "/export/graphml", []string{"Authorization", "Bearer nope"}, http.StatusUnauthorized, "not valid"},
		{"unknown format", open, "/export/graph.dot", nil, http.StatusNotFound, ""},
		{"POST", open, "", nil, http.StatusMethodNotAllowed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w *httptest.ResponseRecorder
			if tc.name == "POST" {
				w = httptest.NewRecorder()
				tc.h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/export/graphml", nil))
			} else {
				w = get(tc.h, tc.target, tc.header...)
			}
			if w.Code != tc.status {
				t.Fatalf("status = %d, want %d: %s", w.Code, tc.status, w.Body)
			}
			if !strings.Contains(w.Body.String(), tc.message) {
				t.Errorf("body = %s, want it to say %q", w.Body, tc.message)
			}
		})
	}

	// A neighbourhood is cut to the cap instead, and says so.
	w := get(capped, "/export/cytoscape.json?ids=org_x")
	nodes, _ := parseExport(t, "cytoscape.json", w.Body.Bytes())
	if w.Code != http.StatusOK || len(nodes) != 3 || w.Header().Get("Peyvand-Truncated") != "true" {
		t.Errorf("capped neighbourhood = %d, %v, truncated %q", w.Code, nodes, w.Header().Get("Peyvand-Truncated"))
	}
	// With the key, a closed server exports.
	if w := get(closed, "/export/nodes.csv", "X-API-Key", "r-key"); w.Code != http.StatusOK {
		t.Errorf("export with a reader key = %d: %s", w.Code, w.Body)
	}
}

var update = flag.Bool("update", false, "rewrite testdata/export/*.golden from the server's answers")

// TestExportGolden pins the bytes and headers of every export endpoint, so
// that moving the formats between packages changes neither.
func TestExportGolden(t *testing.T) {
	h := newHandler(t, server.Config{Store: graphStore(t)})
	for _, file := range []string{"graphml", "gexf", "cytoscape.json", "nodes.csv", "edges.csv"} {
		for _, q := range []struct{ name, query string }{{"whole", ""}, {"neighbourhood", "?ids=per_a,per_b&depth=2"}} {
			t.Run(q.name+"/"+file, func(t *testing.T) {
				w := get(h, "/export/"+file+q.query)
				if w.Code != http.StatusOK {
					t.Fatalf("status = %d: %s", w.Code, w.Body)
				}
				var got bytes.Buffer
				for _, k := range []string{"Content-Type", "Content-Disposition", "Cache-Control", "Peyvand-Truncated"} {
					fmt.Fprintf(&got, "%s: %s\n", k, w.Header().Get(k))
				}
				got.WriteString("\n")
				got.Write(w.Body.Bytes())
				golden := filepath.Join("testdata", "export", q.name+"."+file+".golden")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to write it)", err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("/export/%s%s differs from %s:\n%s", file, q.query, golden, got.Bytes())
				}
			})
		}
	}
}
