package neo4j

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// timeLayout writes time stamps at a fixed width in UTC, so that the
// strings sort as the times do.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// Kinds of search keys, stored in searchKinds alongside searchKeys.
const (
	keyNameStart  = 0 // the whole name
	keyAliasStart = 1 // a whole alias
	keyLaterWord  = 2 // a name or alias from its second word on
)

// nodeProps returns the properties a node is stored with (see doc.go).
// Empty values are left out, so SET n = props removes them.
func nodeProps(n *peyvand.Node) (map[string]any, error) {
	p := map[string]any{"id": n.ID, "type": string(n.Type)}
	putString(p, "name", n.Name)
	putList(p, "aliases", n.Aliases)
	putList(p, "titles", n.Titles)
	putString(p, "kind", n.Kind)
	putString(p, "kindKey", kindKey(n.Kind))
	putDate(p, "date", n.Date)
	putList(p, "figures", n.Figures)
	putString(p, "url", n.URL)
	putString(p, "text", n.Text)
	putString(p, "file", n.File)
	if err := putEvidence(p, n.Evidence); err != nil {
		return nil, fmt.Errorf("node %s: %w", n.ID, err)
	}
	putString(p, "mergedInto", n.MergedInto)
	if !n.Updated.IsZero() {
		p["updated"] = n.Updated.UTC().Format(timeLayout)
	}
	p["sortKey"] = sortKey(n.Name)
	if n.MergedInto != "" {
		// A merged node is found through its survivor, never by search.
		return p, nil
	}
	keys, kinds := searchKeys(n)
	if len(keys) > 0 {
		p["searchKeys"] = keys
		p["searchKinds"] = kinds
		p["searchText"] = " " + strings.Join(keys, " ")
	}
	var squashed []string
	for _, s := range append([]string{n.Name}, n.Aliases...) {
		if k := persian.Squash(s); k != "" {
			squashed = append(squashed, k)
		}
	}
	putString(p, "namesText", strings.Join(squashed, " "))
	return p, nil
}

// nodeFromProps reads a node back from its properties.
func nodeFromProps(p map[string]any) (*peyvand.Node, error) {
	n := &peyvand.Node{
		ID:         str(p["id"]),
		Type:       peyvand.EntityType(str(p["type"])),
		Name:       str(p["name"]),
		Aliases:    strs(p["aliases"]),
		Titles:     strs(p["titles"]),
		Kind:       str(p["kind"]),
		Date:       dateFrom(p, "date"),
		Figures:    strs(p["figures"]),
		URL:        str(p["url"]),
		Text:       str(p["text"]),
		File:       str(p["file"]),
		MergedInto: str(p["mergedInto"]),
	}
	if n.ID == "" {
		return nil, fmt.Errorf("node without an id")
	}
	var err error
	if n.Evidence, err = evidenceFrom(p["evidence"]); err != nil {
		return nil, fmt.Errorf("node %s: %w", n.ID, err)
	}
	if n.Updated, err = timeFrom(p["updated"]); err != nil {
		return nil, fmt.Errorf("node %s: %w", n.ID, err)
	}
	return n, nil
}

// edgeProps returns the properties a relationship is stored with; its type
// and end nodes are the relationship's own.
func edgeProps(e *peyvand.Edge) (map[string]any, error) {
	p := map[string]any{"id": e.ID}
	putString(p, "role", e.Role)
	putDate(p, "start", e.Start)
	putDate(p, "end", e.End)
	putString(p, "began", e.Began)
	putString(p, "predecessorId", e.PredecessorID)
	putString(p, "successorId", e.SuccessorID)
	putString(p, "organizationId", e.OrganizationID)
	if err := putEvidence(p, e.Evidence); err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.ID, err)
	}
	if !e.Updated.IsZero() {
		p["updated"] = e.Updated.UTC().Format(timeLayout)
	}
	return p, nil
}

// edgeFromProps reads an edge back from its type, end node IDs and
// properties.
func edgeFromProps(relType, from, to string, p map[string]any) (*peyvand.Edge, error) {
	e := &peyvand.Edge{
		ID:             str(p["id"]),
		Type:           peyvand.RelType(relType),
		From:           from,
		To:             to,
		Role:           str(p["role"]),
		Start:          dateFrom(p, "start"),
		End:            dateFrom(p, "end"),
		Began:          str(p["began"]),
		PredecessorID:  str(p["predecessorId"]),
		SuccessorID:    str(p["successorId"]),
		OrganizationID: str(p["organizationId"]),
	}
	if e.ID == "" {
		return nil, fmt.Errorf("%s relationship from %s to %s without an id", relType, from, to)
	}
	var err error
	if e.Evidence, err = evidenceFrom(p["evidence"]); err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.ID, err)
	}
	if e.Updated, err = timeFrom(p["updated"]); err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.ID, err)
	}
	return e, nil
}

func putString(p map[string]any, key, v string) {
	if v != "" {
		p[key] = v
	}
}

func putList(p map[string]any, key string, v []string) {
	if len(v) > 0 {
		p[key] = slices.Clone(v)
	}
}

// putDate stores a date as four properties with prefix: prefixIso (the
// ISO Gregorian day, what ranges and sorting use), prefixSolarHijri,
// prefixOriginal and prefixPrecision.
func putDate(p map[string]any, prefix string, d *peyvand.Date) {
	if d == nil {
		return
	}
	putString(p, prefix+"Iso", d.ISO)
	putString(p, prefix+"SolarHijri", d.SolarHijri)
	putString(p, prefix+"Original", d.Original)
	putString(p, prefix+"Precision", string(d.Precision))
}

func dateFrom(p map[string]any, prefix string) *peyvand.Date {
	d := &peyvand.Date{
		ISO:        str(p[prefix+"Iso"]),
		SolarHijri: str(p[prefix+"SolarHijri"]),
		Original:   str(p[prefix+"Original"]),
		Precision:  peyvand.Precision(str(p[prefix+"Precision"])),
	}
	if *d == (peyvand.Date{}) {
		return nil
	}
	return d
}

// putEvidence stores evidence as a list of JSON strings, one per item, so
// each stays readable in Neo4j Browser and a list of strings is a type
// Neo4j can store.
func putEvidence(p map[string]any, evs []peyvand.Evidence) error {
	if len(evs) == 0 {
		return nil
	}
	out := make([]string, len(evs))
	for i, ev := range evs {
		b, err := json.Marshal(ev)
		if err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
		out[i] = string(b)
	}
	p["evidence"] = out
	return nil
}

func evidenceFrom(v any) ([]peyvand.Evidence, error) {
	items := strs(v)
	if len(items) == 0 {
		return nil, nil
	}
	out := make([]peyvand.Evidence, len(items))
	for i, s := range items {
		if err := json.Unmarshal([]byte(s), &out[i]); err != nil {
			return nil, fmt.Errorf("evidence %d: %w", i, err)
		}
	}
	return out, nil
}

func timeFrom(v any) (time.Time, error) {
	switch t := v.(type) {
	case nil:
		return time.Time{}, nil
	case time.Time:
		return t.UTC(), nil
	case string:
		tt, err := time.Parse(time.RFC3339Nano, t)
		if err != nil {
			return time.Time{}, fmt.Errorf("time stamp %q: %w", t, err)
		}
		return tt.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("time stamp of type %T", v)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// strs reads a list property: the driver returns []any, tests may pass
// []string.
func strs(v any) []string {
	switch l := v.(type) {
	case []string:
		if len(l) == 0 {
			return nil
		}
		return slices.Clone(l)
	case []any:
		if len(l) == 0 {
			return nil
		}
		out := make([]string, 0, len(l))
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// kindKey is the form kinds are compared in: normalized, lower case.
func kindKey(kind string) string {
	return strings.ToLower(persian.Normalize(kind))
}

// searchKeys returns the search keys of a node and their kinds. Every name
// and alias gives its key from each word boundary on (دکتر کاوه رستمی‌فر
// gives کاوهرستمیفر, رستمیفر and فر), as the embedded store indexes
// them; a key is listed once, with the best kind any of its occurrences
// gives it (a whole name, then a whole alias, then a later word), so that
// «رستمی», an alias of «بهرام رستمی» and also his name's later word, scores
// as the whole alias it is.
func searchKeys(n *peyvand.Node) (keys []string, kinds []int64) {
	at := map[string]int{}
	add := func(name string, first int64) {
		for i, k := range persian.BoundaryKeys(name) {
			kind := first
			if i > 0 {
				kind = keyLaterWord
			}
			if j, seen := at[k]; seen {
				kinds[j] = min(kinds[j], kind)
				continue
			}
			at[k] = len(keys)
			keys = append(keys, k)
			kinds = append(kinds, kind)
		}
	}
	add(n.Name, keyNameStart)
	for _, a := range n.Aliases {
		add(a, keyAliasStart)
	}
	return keys, kinds
}

// searchText is a search query prepared as the statements need it.
type searchText struct {
	q     string   // the query's key: its words squashed and joined
	words []string // each word squashed
	// allWords scores a node each of whose keys' prefixes covers every
	// word, for queries of two or more words; nil otherwise.
	allWords any
}

// prepareSearch reads a search text: titles dropped, words squashed.
func prepareSearch(text string) searchText {
	bare, _ := persian.SplitTitles(text)
	var st searchText
	for _, w := range persian.Words(bare) {
		if persian.IsTitle(w) {
			continue
		}
		if k := persian.Squash(w); k != "" {
			st.words = append(st.words, k)
		}
	}
	st.q = strings.Join(st.words, "")
	if n := len(st.words); n >= 2 {
		st.allWords = 0.3 + 0.1*float64(n)/float64(n+1)
	}
	return st
}

var (
	collatorMu sync.Mutex
	collator   = collate.New(language.Persian)
)

// sortKey returns the hex of name's Persian collation key, so that Cypher's
// string order sorts names as a Persian reader expects (پ after ب, not
// after ی as code points would have it) and as the embedded store does.
func sortKey(name string) string {
	norm := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == persian.ZWNJ {
			return ' '
		}
		return r
	}, persian.Normalize(name))
	collatorMu.Lock()
	defer collatorMu.Unlock()
	return hex.EncodeToString(collator.KeyFromString(&collate.Buffer{}, norm))
}
