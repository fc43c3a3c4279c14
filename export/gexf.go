package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/peyvand/peyvand/explore"
)

type gexfDoc struct {
	XMLName xml.Name  `xml:"gexf"`
	XMLNS   string    `xml:"xmlns,attr"`
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class string          `xml:"class,attr"`
	Mode  string          `xml:"mode,attr"`
	Attrs []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// gexfTypes maps attribute kinds to GEXF attribute types.
var gexfTypes = map[string]string{"string": "string", "int": "integer", "boolean": "boolean"}

// GEXF writes sg as a GEXF 1.2 (1.2draft namespace) document (UTF-8), the format Gephi reads
// natively. Node attributes are type and each Data attribute; edge
// attributes are relType (GEXF reserves an edge's type for
// directed/undirected) and each Data attribute.
func GEXF(w io.Writer, sg *explore.Subgraph) error {
	doc := gexfDoc{
		XMLNS:   "http://www.gexf.net/1.2draft",
		Version: "1.2",
		Meta:    gexfMeta{Creator: "Peyvand", Description: "a subgraph of the Peyvand knowledge graph"},
		Graph:   gexfGraph{DefaultEdgeType: "directed", Mode: "static"},
	}
	declare := func(class, fixed string, attrs []attr) (map[string]string, []attr) {
		attrs = append([]attr{{name: fixed, kind: "string"}}, attrs...)
		ids := map[string]string{}
		block := gexfAttributes{Class: class, Mode: "static"}
		for i, a := range attrs {
			id := strconv.Itoa(i)
			ids[a.name] = id
			block.Attrs = append(block.Attrs, gexfAttribute{ID: id, Title: a.name, Type: gexfTypes[a.kind]})
		}
		doc.Graph.Attributes = append(doc.Graph.Attributes, block)
		return ids, attrs[1:]
	}
	nk, nodeAttrs := declare("node", "type", attrsOf(nodeData(sg)))
	ek, edgeAttrs := declare("edge", "relType", attrsOf(edgeData(sg)))
	for _, n := range sg.Nodes {
		gn := gexfNode{ID: n.ID, Label: n.Label, AttValues: []gexfAttValue{{nk["type"], n.Type}}}
		for _, a := range nodeAttrs {
			if v, ok := n.Data[a.name]; ok {
				gn.AttValues = append(gn.AttValues, gexfAttValue{nk[a.name], text(v)})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range sg.Edges {
		ge := gexfEdge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Label, AttValues: []gexfAttValue{{ek["relType"], e.Type}}}
		for _, a := range edgeAttrs {
			if v, ok := e.Data[a.name]; ok {
				ge.AttValues = append(ge.AttValues, gexfAttValue{ek[a.name], text(v)})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc)
}
