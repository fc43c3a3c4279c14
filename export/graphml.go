package export

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/peyvand/peyvand/explore"
)

type graphmlDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Keys           []graphmlKey `xml:"key"`
	Graph          graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// GraphML writes sg as a GraphML document (UTF-8). Keys are declared for
// nodes — label, type and each Data attribute — and for edges — label,
// relType and each Data attribute — with their types; the graph is
// directed, as the relationships are.
func GraphML(w io.Writer, sg *explore.Subgraph) error {
	doc := graphmlDoc{
		XMLNS:          "http://graphml.graphdrawing.org/xmlns",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          graphmlGraph{ID: "peyvand", EdgeDefault: "directed"},
	}
	declare := func(prefix, target string, fixed []string, attrs []attr) map[string]string {
		ids := map[string]string{}
		for _, name := range fixed {
			attrs = append([]attr{{name: name, kind: "string"}}, attrs...)
		}
		for i, a := range attrs {
			id := fmt.Sprintf("%s%d", prefix, i)
			ids[a.name] = id
			doc.Keys = append(doc.Keys, graphmlKey{ID: id, For: target, Name: a.name, Type: a.kind})
		}
		return ids
	}
	nodeAttrs, edgeAttrs := attrsOf(nodeData(sg)), attrsOf(edgeData(sg))
	nk := declare("n", "node", []string{"type", "label"}, nodeAttrs)
	ek := declare("e", "edge", []string{"relType", "label"}, edgeAttrs)
	for _, n := range sg.Nodes {
		gn := graphmlNode{ID: n.ID, Data: []graphmlData{{nk["label"], n.Label}, {nk["type"], n.Type}}}
		for _, a := range nodeAttrs {
			if v, ok := n.Data[a.name]; ok {
				gn.Data = append(gn.Data, graphmlData{nk[a.name], text(v)})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range sg.Edges {
		ge := graphmlEdge{ID: e.ID, Source: e.Source, Target: e.Target,
			Data: []graphmlData{{ek["label"], e.Label}, {ek["relType"], e.Type}}}
		for _, a := range edgeAttrs {
			if v, ok := e.Data[a.name]; ok {
				ge.Data = append(ge.Data, graphmlData{ek[a.name], text(v)})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc)
}

// writeXML writes v as an indented UTF-8 XML document.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
