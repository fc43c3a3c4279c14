package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/store/embedded"
)

// The node with the trickiest label of the fixture: Persian guillemets, a
// non-joiner in an alias, and XML's special characters.
const (
	trickyID    = "org_q"
	trickyLabel = "شرکت «آب & برق» <فارس> \"نو\""
	trickyAlias = "آب‌وبرق | برق"
)

// fixture reads testdata/graph.json.
func fixture(t *testing.T) *peyvand.Batch {
	t.Helper()
	data, err := os.ReadFile("testdata/graph.json")
	if err != nil {
		t.Fatal(err)
	}
	var b peyvand.Batch
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	return &b
}

// openGraph loads testdata/graph.json into an embedded store in a
// temporary directory.
func openGraph(t *testing.T) *embedded.Store {
	t.Helper()
	st, err := embedded.Open(t.TempDir(), embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Apply(context.Background(), fixture(t)); err != nil {
		t.Fatal(err)
	}
	return st
}

func whole(t *testing.T) *explore.Subgraph {
	t.Helper()
	st := openGraph(t)
	sg, err := export.Whole(context.Background(), st, 100)
	if err != nil {
		t.Fatal(err)
	}
	return sg
}

func TestWhole(t *testing.T) {
	st := openGraph(t)
	sg, err := export.Whole(context.Background(), st, 17)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(context.Background())
	if len(sg.Nodes) != 17 || len(sg.Edges) != 22 {
		t.Errorf("whole graph has %d nodes and %d edges, want 17 and 22 (sources left out); stats %v", len(sg.Nodes), len(sg.Edges), stats)
	}
	for _, n := range sg.Nodes {
		if n.Type == string(peyvand.TypeSource) {
			t.Errorf("source %s exported", n.ID)
		}
		if n.ID == "org_1" && n.Data["degree"] != 6 {
			t.Errorf("org_1 degree = %v, want 6", n.Data["degree"])
		}
	}
	for _, cap := range []int{16, 0} {
		if _, err := export.Whole(context.Background(), st, cap); peyvand.ErrorCode(err) != peyvand.EINVALID {
			t.Errorf("cap %d: err = %v, want INVALID_ARGUMENT", cap, err)
		}
	}
}

// declared checks that every attribute a node or edge uses was declared
// for its class, and returns the declared names by ID.
type xmlKey struct {
	ID    string `xml:"id,attr"`
	For   string `xml:"for,attr"`
	Name  string `xml:"attr.name,attr"`
	Type  string `xml:"attr.type,attr"`
	Title string `xml:"title,attr"`
}

type xmlValue struct {
	Key   string `xml:"key,attr"`
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
	Text  string `xml:",chardata"`
}

type xmlItem struct {
	ID     string     `xml:"id,attr"`
	Label  string     `xml:"label,attr"`
	Source string     `xml:"source,attr"`
	Target string     `xml:"target,attr"`
	Data   []xmlValue `xml:"data"`
	Att    []xmlValue `xml:"attvalues>attvalue"`
}

func TestGraphML(t *testing.T) {
	sg := whole(t)
	var buf bytes.Buffer
	if err := export.GraphML(&buf, sg); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Keys    []xmlKey `xml:"key"`
		Graph   struct {
			EdgeDefault string    `xml:"edgedefault,attr"`
			Nodes       []xmlItem `xml:"node"`
			Edges       []xmlItem `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	if doc.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" || doc.XMLName.Local != "graphml" {
		t.Errorf("root = %v", doc.XMLName)
	}
	keys := map[string]xmlKey{}
	for _, k := range doc.Keys {
		keys[k.ID] = k
	}
	if len(doc.Graph.Nodes) != len(sg.Nodes) || len(doc.Graph.Edges) != len(sg.Edges) {
		t.Fatalf("graphml has %d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(sg.Nodes), len(sg.Edges))
	}
	values := func(it xmlItem, class string) map[string]string {
		m := map[string]string{}
		for _, d := range it.Data {
			k, ok := keys[d.Key]
			if !ok || k.For != class {
				t.Errorf("%s %s uses undeclared key %q", class, it.ID, d.Key)
			}
			if k.Type == "int" {
				if _, err := strconv.Atoi(d.Text); err != nil {
					t.Errorf("%s %s: int key %s has value %q", class, it.ID, k.Name, d.Text)
				}
			}
			m[k.Name] = d.Text
		}
		return m
	}
	found := false
	for _, n := range doc.Graph.Nodes {
		v := values(n, "node")
		if n.ID == trickyID {
			found = true
			if v["label"] != trickyLabel || v["aliases"] != trickyAlias || v["type"] != "ORGANIZATION" {
				t.Errorf("tricky node read back as %q", v)
			}
		}
	}
	if !found {
		t.Errorf("node %s missing", trickyID)
	}
	for _, e := range doc.Graph.Edges {
		v := values(e, "edge")
		if e.ID == "ten_11" && (e.Source != "per_1" || e.Target != "org_1" || v["relType"] != "HOLDS" || v["label"] != "مدیر" || v["start"] != "2020-03-01") {
			t.Errorf("ten_11 read back as %+v %q", e, v)
		}
	}
}

func TestGEXF(t *testing.T) {
	sg := whole(t)
	var buf bytes.Buffer
	if err := export.GEXF(&buf, sg); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Version string `xml:"version,attr"`
		Graph   struct {
			Attributes []struct {
				Class string   `xml:"class,attr"`
				Attrs []xmlKey `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []xmlItem `xml:"nodes>node"`
			Edges []xmlItem `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("gexf does not parse: %v", err)
	}
	if doc.XMLName.Local != "gexf" || doc.XMLName.Space != "http://www.gexf.net/1.2draft" || doc.Version != "1.2" {
		t.Errorf("root = %v version %q", doc.XMLName, doc.Version)
	}
	declared := map[string]map[string]xmlKey{}
	for _, block := range doc.Graph.Attributes {
		declared[block.Class] = map[string]xmlKey{}
		for _, a := range block.Attrs {
			declared[block.Class][a.ID] = a
		}
	}
	values := func(it xmlItem, class string) map[string]string {
		m := map[string]string{}
		for _, v := range it.Att {
			a, ok := declared[class][v.For]
			if !ok {
				t.Errorf("%s %s uses undeclared attribute %q", class, it.ID, v.For)
			}
			m[a.Title] = v.Value
		}
		return m
	}
	if len(doc.Graph.Nodes) != len(sg.Nodes) || len(doc.Graph.Edges) != len(sg.Edges) {
		t.Fatalf("gexf has %d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(sg.Nodes), len(sg.Edges))
	}
	for _, n := range doc.Graph.Nodes {
		v := values(n, "node")
		if n.ID == trickyID && (n.Label != trickyLabel || v["aliases"] != trickyAlias || v["degree"] != "1") {
			t.Errorf("tricky node read back as %q %q", n.Label, v)
		}
	}
	for _, e := range doc.Graph.Edges {
		v := values(e, "edge")
		if e.ID == "rel_pq" && (e.Source != trickyID || e.Target != "org_3" || v["relType"] != "PART_OF") {
			t.Errorf("rel_pq read back as %+v %q", e, v)
		}
	}
}

func TestCytoscapeJSON(t *testing.T) {
	sg := whole(t)
	sg.Truncated = true
	var buf bytes.Buffer
	if err := export.CytoscapeJSON(&buf, sg); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Data     map[string]any `json:"data"`
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Data["truncated"] != true || len(doc.Elements.Nodes) != len(sg.Nodes) || len(doc.Elements.Edges) != len(sg.Edges) {
		t.Fatalf("cytoscape json: %v, %d nodes, %d edges", doc.Data, len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	for _, n := range doc.Elements.Nodes {
		if n.Data["id"] == trickyID && (n.Data["label"] != trickyLabel || n.Data["degree"] != 1.0 || n.Data["type"] != "ORGANIZATION") {
			t.Errorf("tricky node read back as %v", n.Data)
		}
	}
	for _, e := range doc.Elements.Edges {
		if e.Data["id"] == "ten_11" && (e.Data["source"] != "per_1" || e.Data["target"] != "org_1" || e.Data["relType"] != "HOLDS") {
			t.Errorf("ten_11 read back as %v", e.Data)
		}
	}
}

func TestCSV(t *testing.T) {
	sg := whole(t)
	tests := []struct {
		name   string
		write  func(*bytes.Buffer) error
		header []string
		rows   int
		id     string
		want   map[string]string
	}{
		{"nodes", func(b *bytes.Buffer) error { return export.NodesCSV(b, sg) },
			[]string{"id", "type", "label"}, len(sg.Nodes), trickyID,
			map[string]string{"label": trickyLabel, "aliases": trickyAlias, "type": "ORGANIZATION", "degree": "1"}},
		{"edges", func(b *bytes.Buffer) error { return export.EdgesCSV(b, sg) },
			[]string{"id", "source", "target", "relType", "label"}, len(sg.Edges), "ten_11",
			map[string]string{"source": "per_1", "target": "org_1", "relType": "HOLDS", "label": "مدیر", "evidence": "1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != tc.rows+1 || !slices.Equal(recs[0][:len(tc.header)], tc.header) {
				t.Fatalf("%d records, header %v; want %d rows under %v", len(recs), recs[0], tc.rows, tc.header)
			}
			for _, r := range recs[1:] {
				if r[0] != tc.id {
					continue
				}
				for k, want := range tc.want {
					i := slices.Index(recs[0], k)
					if i < 0 || r[i] != want {
						t.Errorf("%s: column %s = %q, want %q", tc.id, k, r[max(i, 0)], want)
					}
				}
				return
			}
			t.Errorf("row %s missing", tc.id)
		})
	}
}

// TestWholeHoldsTheFixture: the whole graph is every node of the fixture
// but its sources, and every edge among those nodes.
func TestWholeHoldsTheFixture(t *testing.T) {
	b := fixture(t)
	kept := map[string]bool{}
	var wantNodes, wantEdges []string
	for _, n := range b.Nodes {
		if n.Type != peyvand.TypeSource {
			kept[n.ID] = true
			wantNodes = append(wantNodes, n.ID)
		}
	}
	for _, e := range b.Edges {
		if kept[e.From] && kept[e.To] {
			wantEdges = append(wantEdges, e.ID)
		}
	}
	slices.Sort(wantNodes)
	slices.Sort(wantEdges)
	sg := whole(t)
	var gotNodes, gotEdges []string
	for _, n := range sg.Nodes {
		gotNodes = append(gotNodes, n.ID)
	}
	for _, e := range sg.Edges {
		gotEdges = append(gotEdges, e.ID)
	}
	slices.Sort(gotNodes)
	if !slices.Equal(gotNodes, wantNodes) {
		t.Errorf("nodes = %v, want %v", gotNodes, wantNodes)
	}
	if !slices.Equal(gotEdges, wantEdges) {
		t.Errorf("edges = %v, want %v (sorted by ID)", gotEdges, wantEdges)
	}
}

func TestFormatNamed(t *testing.T) {
	sg := whole(t)
	for _, name := range []string{"graphml", "gexf", "cytoscape", "nodes-csv", "edges-csv"} {
		f, err := export.FormatNamed(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf, sg); err != nil || buf.Len() == 0 || f.ContentType == "" || f.File == "" {
			t.Errorf("%s: wrote %d bytes, %v", name, buf.Len(), err)
		}
	}
	for _, name := range []string{"pdf", "GEXF", "nodes.csv"} {
		if _, err := export.FormatNamed(name); err == nil || !strings.Contains(err.Error(), "use one of graphml, gexf, cytoscape, nodes-csv, edges-csv") {
			t.Errorf("%s: err = %v, want the formats there are", name, err)
		}
	}
}

// TestCSVFormatsStartWithBOM: Excel reads UTF-8 only after a byte order
// mark; the plain writers leave it out for other readers.
func TestCSVFormatsStartWithBOM(t *testing.T) {
	sg := whole(t)
	for _, name := range []string{"nodes-csv", "edges-csv"} {
		f, err := export.FormatNamed(name)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf, sg); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("\ufeffid,")) {
			t.Errorf("%s starts %q, want a byte order mark and the header", name, buf.Bytes()[:min(buf.Len(), 12)])
		}
	}
	var buf bytes.Buffer
	if err := export.NodesCSV(&buf, sg); err != nil || !bytes.HasPrefix(buf.Bytes(), []byte("id,")) {
		t.Errorf("NodesCSV starts %q (%v), want the header", buf.Bytes()[:min(buf.Len(), 12)], err)
	}
}

// TestXMLControlCharacters: text scraped from the web may hold control
// characters XML 1.0 forbids; the documents must still parse.
func TestXMLControlCharacters(t *testing.T) {
	sg := &explore.Subgraph{Nodes: []explore.SubNode{{ID: "per_1", Type: "PERSON", Label: "علی\x01رضایی\x0b", Data: map[string]any{"kind": "\x02"}}}}
	for _, f := range []func(*bytes.Buffer, *explore.Subgraph) error{
		func(b *bytes.Buffer, sg *explore.Subgraph) error { return export.GraphML(b, sg) },
		func(b *bytes.Buffer, sg *explore.Subgraph) error { return export.GEXF(b, sg) },
	} {
		var buf bytes.Buffer
		if err := f(&buf, sg); err != nil {
			t.Fatal(err)
		}
		var doc struct{ XMLName xml.Name }
		if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Errorf("%s does not parse: %v", doc.XMLName.Local, err)
		}
	}
}
