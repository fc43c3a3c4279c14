package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/data"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
)

// Upgraded says what Upgrade rewrote.
type Upgraded struct {
	Sources int `json:"sources"`
	Nodes   int `json:"nodes"`
	Edges   int `json:"edges"`
}

// staleSource is a stored source whose text is the folded form of the
// bundled article it was read from.
type staleSource struct {
	text []rune
	// at maps a rune offset of the stored (folded) text to the verbatim one;
	// len(at) is the stored text's length + 1.
	at []int
}

// Upgrade rewrites a store written before shown strings kept the source's
// characters: the sources of the bundled corpus whose stored text is the
// folded form of the article get the article's own text, and every stored
// name, alias, title, kind, role, date as written and evidence quote is
// spelled as the articles spell it, evidence offsets moved to the verbatim
// text. Nodes and edges keep their IDs, their other evidence and their
// links; it is written in one batch, or not at all. A store with nothing to
// upgrade is left as it is. Sources of other files cannot be re-derived (the
// store keeps no raw file) and keep their text; ingesting the file again
// brings its own characters.
func (in *Ingester) Upgrade(ctx context.Context) (*Upgraded, error) {
	files, err := data.Files()
	if err != nil {
		return nil, fmt.Errorf("upgrade: %w", err)
	}
	var docs []*extract.Document
	var ids, texts []string
	for _, f := range files {
		doc, err := extractFile(f.Name, f.Data)
		if err != nil {
			return nil, fmt.Errorf("upgrade: extract %s: %w", f.Name, err)
		}
		if doc.File == "" {
			doc.File = f.Name
		}
		docs = append(docs, doc)
		for i, a := range doc.Articles {
			ids = append(ids, sourceID(doc, i))
			texts = append(texts, a.Text)
		}
	}
	stored, err := in.store.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("upgrade: read sources: %w", err)
	}
	stale := map[string]*staleSource{}
	for i, n := range stored {
		if n == nil || n.Type != peyvand.TypeSource || n.Text == texts[i] {
			continue
		}
		if folded, at := foldText(texts[i]); folded == n.Text {
			stale[n.ID] = &staleSource{text: []rune(texts[i]), at: at}
		}
	}
	up := &Upgraded{Sources: len(stale)}
	if len(stale) == 0 {
		return up, nil
	}
	r := &rewriter{spell: spellings(docs), stale: stale, titles: map[string]string{}}
	for id := range stale {
		r.titles[id] = sourceTitle(docs, id)
	}
	batch := &peyvand.Batch{Replace: true}
	var nodeIDs []string
	for off := 0; ; off += 100 {
		page, err := in.store.Find(ctx, peyvand.Query{Offset: off, Limit: 100})
		if err != nil {
			return nil, fmt.Errorf("upgrade: list nodes: %w", err)
		}
		for _, h := range page.Hits {
			nodeIDs = append(nodeIDs, h.Node.ID)
			if n, changed := r.node(h.Node); changed {
				batch.Nodes = append(batch.Nodes, n)
			}
		}
		if len(page.Hits) < 100 {
			break
		}
	}
	edges, err := in.store.EdgesOf(ctx, nodeIDs, peyvand.Out)
	if err != nil {
		return nil, fmt.Errorf("upgrade: read edges: %w", err)
	}
	for _, id := range nodeIDs {
		for _, e := range edges[id] {
			if e2, changed := r.edge(e); changed {
				batch.Edges = append(batch.Edges, e2)
			}
		}
	}
	if _, err := in.store.Apply(ctx, batch); err != nil {
		return nil, fmt.Errorf("upgrade: write: %w", err)
	}
	in.mu.Lock()
	in.ix = newIndex() // names changed spelling; read them again on next use
	in.mu.Unlock()
	up.Nodes, up.Edges = len(batch.Nodes), len(batch.Edges)
	in.log.Info("store upgraded: shown strings now keep the sources' characters", "sources", up.Sources, "nodes", up.Nodes, "edges", up.Edges)
	return up, nil
}

// sourceID is the ID of the source node of article i of doc.
func sourceID(doc *extract.Document, i int) string {
	key := doc.Articles[i].URL
	if key == "" {
		key = fmt.Sprintf("file:%s#%d", doc.File, i)
	}
	return peyvand.NewID(peyvand.TypeSource, key)
}

// sourceTitle is the name the source node id gets.
func sourceTitle(docs []*extract.Document, id string) string {
	for _, d := range docs {
		for i, a := range d.Articles {
			if sourceID(d, i) == id {
				if a.Title == "" {
					return fmt.Sprintf("%s #%d", d.File, i+1)
				}
				return a.Title
			}
		}
	}
	return ""
}

// foldText is what the text was stored as before: each rune folded as
// persian.Normalize folds it, marks dropped, lines kept. at maps an offset
// of the folded text to the verbatim one.
func foldText(text string) (string, []int) {
	var b strings.Builder
	var at []int
	i := 0
	for _, r := range text {
		f := string(r)
		if !unicode.IsSpace(r) {
			f = persian.Normalize(f)
		}
		for range []rune(f) {
			at = append(at, i)
		}
		b.WriteString(f)
		i++
	}
	return b.String(), append(at, i)
}

// spellings maps the folded form of every shown string of docs to the
// string as the document spells it.
func spellings(docs []*extract.Document) map[string]string {
	m := map[string]string{}
	add := func(ss ...string) {
		for _, s := range ss {
			s = tidy(s)
			if k := persian.Normalize(s); s != "" && m[k] == "" {
				m[k] = s
			}
			if bare, _ := persian.SplitTitles(s); bare != s && bare != "" {
				if k := persian.Normalize(bare); m[k] == "" {
					m[k] = tidy(bare)
				}
			}
		}
	}
	for _, d := range docs {
		for _, a := range d.Articles {
			add(a.Title)
		}
		for _, p := range d.Persons {
			add(p.Name)
			add(p.Aliases...)
			add(p.Titles...)
		}
		for _, o := range d.Organizations {
			add(o.Name, o.Kind, o.Place, o.Parent)
			add(o.Aliases...)
		}
		for _, a := range d.Affiliations {
			add(a.Role)
		}
		for _, a := range d.Appointments {
			add(a.Role, a.DateText)
		}
		for _, e := range d.Events {
			add(e.Title, e.DateText, e.Place)
		}
		for _, p := range d.Projects {
			add(p.Name, p.Kind, p.Place)
			add(p.Figures...)
		}
	}
	return m
}

// rewriter spells stored strings as the documents do.
type rewriter struct {
	spell  map[string]string
	stale  map[string]*staleSource
	titles map[string]string
}

// str is s as the documents spell it, or s.
func (r *rewriter) str(s string) string {
	if v, ok := r.spell[s]; ok && persian.Normalize(v) == persian.Normalize(s) {
		return v
	}
	return s
}

func (r *rewriter) list(ss []string, except string) []string {
	var out []string
	for _, s := range ss {
		if v := r.str(s); v != except && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func (r *rewriter) date(d *peyvand.Date) *peyvand.Date {
	if d == nil {
		return nil
	}
	c := *d
	c.Original = r.str(d.Original)
	return &c
}

func (r *rewriter) evidence(ev []peyvand.Evidence) []peyvand.Evidence {
	var out []peyvand.Evidence
	for _, e := range ev {
		if s := r.stale[e.SourceID]; s != nil && e.Start >= 0 && e.End < len(s.at) && e.Start <= e.End {
			e.Start, e.End = s.at[e.Start], s.at[e.End]
			if e.Quote != "" {
				e.Quote = string(s.text[e.Start:e.End])
			}
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// node returns n rewritten, and whether anything changed.
func (r *rewriter) node(n *peyvand.Node) (*peyvand.Node, bool) {
	c := *n
	if s := r.stale[n.ID]; s != nil {
		c.Text = string(s.text)
		if t := r.titles[n.ID]; t != "" {
			c.Name = t
		}
	} else {
		c.Name = r.str(n.Name)
	}
	c.Aliases = r.list(n.Aliases, c.Name)
	c.Titles = r.list(n.Titles, "")
	c.Figures = r.list(n.Figures, "")
	c.Kind = r.str(n.Kind)
	c.Date = r.date(n.Date)
	c.Evidence = r.evidence(n.Evidence)
	changed := c.Name != n.Name || c.Text != n.Text || c.Kind != n.Kind || !slices.Equal(c.Aliases, n.Aliases) ||
		!slices.Equal(c.Titles, n.Titles) || !slices.Equal(c.Figures, n.Figures) ||
		!slices.Equal(c.Evidence, n.Evidence) || c.Date != nil && c.Date.Original != n.Date.Original
	return &c, changed
}

// edge returns e rewritten, and whether anything changed.
func (r *rewriter) edge(e *peyvand.Edge) (*peyvand.Edge, bool) {
	c := *e
	c.Role = r.str(e.Role)
	c.Start, c.End = r.date(e.Start), r.date(e.End)
	c.Evidence = r.evidence(e.Evidence)
	changed := c.Role != e.Role || !slices.Equal(c.Evidence, e.Evidence) ||
		c.Start != nil && c.Start.Original != e.Start.Original || c.End != nil && c.End.Original != e.End.Original
	return &c, changed
}
