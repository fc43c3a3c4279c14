package neo4j

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
)

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// asDriver returns props as the driver hands them back: lists as []any,
// integers as int64.
func asDriver(p map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range p {
		switch l := v.(type) {
		case []string:
			a := make([]any, len(l))
			for i, s := range l {
				a[i] = s
			}
			out[k] = a
		case []int64:
			a := make([]any, len(l))
			for i, s := range l {
				a[i] = s
			}
			out[k] = a
		default:
			out[k] = v
		}
	}
	return out
}

func TestNodeRoundTrip(t *testing.T) {
	updated := time.Date(2025, 2, 3, 4, 5, 6, 789, time.UTC)
	cases := map[string]*peyvand.Node{
		"person": {
			ID: peyvand.NewID(peyvand.TypePerson, "x"), Type: peyvand.TypePerson, Name: "Maziar Sepehri",
			Aliases: []string{"M. Sepehri"}, Titles: []string{"Dr"},
			Evidence: []peyvand.Evidence{{SourceID: "src_1", Quote: "q", Start: 3, End: 9}, {SourceID: "src_2", Quote: "r", Start: 0, End: 1}},
			Updated:  updated,
		},
		"event with a date": {
			ID: peyvand.NewID(peyvand.TypeEvent, "e"), Type: peyvand.TypeEvent, Name: "Meeting", Kind: peyvand.EventMeeting,
			Date:    &peyvand.Date{ISO: "2025-02-03", SolarHijri: "1403-11-15", Original: "15 Bahman", Precision: peyvand.PrecisionDay},
			Updated: updated,
		},
		"source": {
			ID: peyvand.NewID(peyvand.TypeSource, "s"), Type: peyvand.TypeSource, Name: "Report",
			URL: "https://example.org/a", Text: "full text", File: "a.html", Figures: []string{"12"},
		},
		"merged": {
			ID: peyvand.NewID(peyvand.TypePerson, "m"), Type: peyvand.TypePerson, Name: "Old", MergedInto: "per_1",
		},
	}
	for name, n := range cases {
		t.Run(name, func(t *testing.T) {
			p, err := nodeProps(n)
			if err != nil {
				t.Fatal(err)
			}
			got, err := nodeFromProps(asDriver(p))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, n) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, n)
			}
			_, searchable := p["searchKeys"]
			if searchable == (n.MergedInto != "") {
				t.Errorf("searchKeys present = %v for mergedInto %q", searchable, n.MergedInto)
			}
		})
	}
}

func TestNodePropsLeaveOutEmptyValues(t *testing.T) {
	p, err := nodeProps(&peyvand.Node{ID: "per_1", Type: peyvand.TypePerson, Name: "A"})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"aliases", "titles", "kind", "dateIso", "evidence", "url", "mergedInto", "updated"} {
		if _, ok := p[k]; ok {
			t.Errorf("property %s written for an empty value", k)
		}
	}
}

func TestEdgeRoundTrip(t *testing.T) {
	e := &peyvand.Edge{
		ID: "ten_1", Type: peyvand.RelHolds, From: "per_1", To: "org_1", Role: "manager",
		Start: &peyvand.Date{ISO: "2024-01-01", Precision: peyvand.PrecisionYear},
		End:   &peyvand.Date{ISO: "2025-03-01", SolarHijri: "1403-12-11", Precision: peyvand.PrecisionDay},
		Began: peyvand.BeganDecree, PredecessorID: "per_0", SuccessorID: "per_2",
		Evidence: []peyvand.Evidence{{SourceID: "src_1", Quote: "q", Start: 1, End: 2}},
		Updated:  time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	p, err := edgeProps(e)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := p["type"]; ok {
		t.Errorf("the relationship type is stored as a property too")
	}
	got, err := edgeFromProps(string(e.Type), e.From, e.To, asDriver(p))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, e)
	}
}

func TestBadProps(t *testing.T) {
	cases := map[string]map[string]any{
		"no id":        {"name": "x"},
		"bad evidence": {"id": "per_1", "evidence": []any{"{not json"}},
		"bad time":     {"id": "per_1", "updated": "yesterday"},
	}
	for name, p := range cases {
		if _, err := nodeFromProps(p); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := edgeFromProps("HOLDS", "a", "b", map[string]any{"role": "x"}); err == nil {
		t.Errorf("edge without id: no error")
	}
}

func TestTimeStampsSortAsStrings(t *testing.T) {
	a := time.Date(2025, 1, 1, 9, 0, 0, 5, time.UTC).Format(timeLayout)
	b := time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC).Format(timeLayout)
	if len(a) != len(b) || !(a < b) {
		t.Errorf("%q and %q do not sort as their times", a, b)
	}
}

func TestSearchKeys(t *testing.T) {
	var cases []struct {
		Name    string
		Aliases []string
		Keys    []string
		Kinds   []int64
	}
	readJSON(t, "testdata/search_keys.json", &cases)
	for _, c := range cases {
		keys, kinds := searchKeys(&peyvand.Node{Name: c.Name, Aliases: c.Aliases})
		if !slices.Equal(keys, c.Keys) || !slices.Equal(kinds, c.Kinds) {
			t.Errorf("searchKeys(%s, %v) = %v %v, want %v %v", c.Name, c.Aliases, keys, kinds, c.Keys, c.Kinds)
		}
		p, err := nodeProps(&peyvand.Node{ID: "per_1", Type: peyvand.TypePerson, Name: c.Name, Aliases: c.Aliases})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range c.Keys {
			// searchText must contain " "+prefix for each key's prefixes.
			if text := p["searchText"].(string); !containsWord(text, k) {
				t.Errorf("searchText %q lacks key %q", text, k)
			}
		}
	}
}

func containsWord(text, w string) bool {
	return slices.Contains(strings.Fields(text), w)
}

func TestPrepareSearch(t *testing.T) {
	var cases []struct {
		Text  string
		Q     string
		Words []string
	}
	readJSON(t, "testdata/search_queries.json", &cases)
	for _, c := range cases {
		st := prepareSearch(c.Text)
		if st.q != c.Q || !slices.Equal(st.words, c.Words) {
			t.Errorf("prepareSearch(%q) = %q %v, want %q %v", c.Text, st.q, st.words, c.Q, c.Words)
		}
		if (st.allWords != nil) != (len(c.Words) >= 2) {
			t.Errorf("prepareSearch(%q): allWords = %v for %d words", c.Text, st.allWords, len(c.Words))
		}
	}
}

func TestSortKeyFollowsPersianAlphabet(t *testing.T) {
	var names []string
	readJSON(t, "testdata/sort_order.json", &names)
	for i := 1; i < len(names); i++ {
		if a, b := sortKey(names[i-1]), sortKey(names[i]); a >= b {
			t.Errorf("sortKey(%s) = %s is not before sortKey(%s) = %s", names[i-1], a, names[i], b)
		}
	}
}

func TestKindKey(t *testing.T) {
	if kindKey("Meeting") != kindKey("meeting") || kindKey("ك") != kindKey("ک") {
		t.Errorf("kindKey does not fold case and Arabic letters")
	}
}

func TestChunks(t *testing.T) {
	rows := []int{1, 2, 3, 4, 5, 6, 7}
	cases := []struct {
		size int
		want [][]int
	}{
		{3, [][]int{{1, 2, 3}, {4, 5, 6}, {7}}},
		{7, [][]int{{1, 2, 3, 4, 5, 6, 7}}},
		{10, [][]int{{1, 2, 3, 4, 5, 6, 7}}},
		{1, [][]int{{1}, {2}, {3}, {4}, {5}, {6}, {7}}},
	}
	for _, c := range cases {
		if got := chunks(rows, c.size); !reflect.DeepEqual(got, c.want) {
			t.Errorf("chunks(size %d) = %v, want %v", c.size, got, c.want)
		}
	}
	if got := chunks([]int{}, 3); len(got) != 0 {
		t.Errorf("chunks of nothing = %v", got)
	}
	// A chunk is capped, so appending to it cannot overwrite the next.
	parts := chunks(rows, 3)
	_ = append(parts[0], 99)
	if parts[1][0] != 4 {
		t.Errorf("appending to a chunk overwrote the next one")
	}
}
