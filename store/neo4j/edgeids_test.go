package neo4j

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
)

func TestEdgeIDBatches(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		size int
		want []map[string]any
	}{
		{"none", nil, 10, nil},
		{"no edge IDs", []string{"per_a", "", "pos_x"}, 10, nil},
		{"tenures only", []string{"ten_a", "ten_b"}, 10, []map[string]any{
			{"holds": []string{"ten_a", "ten_b"}, "others": []string{}},
		}},
		{"others only", []string{"rel_a"}, 10, []map[string]any{
			{"holds": []string{}, "others": []string{"rel_a"}},
		}},
		{"mixed, in order asked", []string{"rel_b", "ten_a", "rel_a", "ten_c"}, 10, []map[string]any{
			{"holds": []string{"ten_a", "ten_c"}, "others": []string{"rel_b", "rel_a"}},
		}},
		{"repeats once, non-edges dropped", []string{"ten_a", "per_x", "ten_a", "rel_a", "rel_a"}, 10, []map[string]any{
			{"holds": []string{"ten_a"}, "others": []string{"rel_a"}},
		}},
		{"bounded batches", []string{"ten_a", "rel_a", "ten_b", "rel_b", "ten_c"}, 2, []map[string]any{
			{"holds": []string{"ten_a"}, "others": []string{"rel_a"}},
			{"holds": []string{"ten_b"}, "others": []string{"rel_b"}},
			{"holds": []string{"ten_c"}, "others": []string{}},
		}},
		{"a prefix alone is no tenure of another type", []string{"tenure_1", "ten_"}, 10, []map[string]any{
			{"holds": []string{"ten_"}, "others": []string{}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeIDBatches(tt.ids, tt.size)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("edgeIDBatches(%q, %d) = %v, want %v", tt.ids, tt.size, got, tt.want)
			}
		})
	}
}

func TestEdgeReadRow(t *testing.T) {
	e := &peyvand.Edge{ID: "rel_1", Type: peyvand.RelInvolved, From: "org_a", To: "prj_b"}
	want := map[string]any{"id": "rel_1", "type": "INVOLVED_IN", "from": "org_a"}
	if got := edgeReadRow(e); !reflect.DeepEqual(got, want) {
		t.Errorf("edgeReadRow = %v, want %v", got, want)
	}
}

// TestByIDStatementsMatchEachType checks the statements that find edges by
// ID: one branch for every relationship type, which matches that type by
// name (so its index serves it), reports that type, and takes the IDs of
// its prefix; and a migrate statement creating that type's index.
func TestByIDStatementsMatchEachType(t *testing.T) {
	untyped := regexp.MustCompile(`-\[r\]-`)
	typed := regexp.MustCompile(`-\[r:(\w+)\]-`)
	for _, name := range []string{"edges_by_id", "apply_delete_edges", "apply_read_edges"} {
		branches := strings.Split(cypher(name), "UNION ALL")
		if len(branches) != len(peyvand.RelTypes) {
			t.Errorf("%s: %d branches, want one for each of %d types", name, len(branches), len(peyvand.RelTypes))
			continue
		}
		for i, rt := range peyvand.RelTypes {
			b := branches[i]
			if untyped.MatchString(b) {
				t.Errorf("%s: branch %d matches a relationship without its type", name, i)
			}
			m := typed.FindAllStringSubmatch(b, -1)
			if len(m) != 1 || m[0][1] != string(rt) {
				t.Errorf("%s: branch %d matches %v, want one [r:%s]", name, i, m, rt)
			}
			if name != "apply_delete_edges" && !strings.Contains(b, "'"+string(rt)+"' AS type") {
				t.Errorf("%s: branch %d does not report type %s", name, i, rt)
			}
			switch {
			case name == "apply_read_edges":
				if !strings.Contains(b, "row.type = '"+string(rt)+"'") {
					t.Errorf("%s: branch %d does not keep the rows of type %s", name, i, rt)
				}
			case rt == peyvand.RelHolds:
				if !strings.Contains(b, "r.id IN $holds") {
					t.Errorf("%s: the HOLDS branch does not take $holds", name)
				}
			default:
				if !strings.Contains(b, "r.id IN $others") {
					t.Errorf("%s: the %s branch does not take $others", name, rt)
				}
			}
		}
	}
	for _, rt := range peyvand.RelTypes {
		lower := strings.ToLower(string(rt))
		name := "migrate_rel_" + lower + "_id_index"
		text, ok := statements[name]
		if !ok {
			t.Errorf("no statement %s", name)
			continue
		}
		for _, want := range []string{
			"CREATE INDEX rel_" + lower + "_id IF NOT EXISTS",
			"FOR ()-[r:" + string(rt) + "]-() ON (r.id)",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s does not say %q", name, want)
			}
		}
	}
}
