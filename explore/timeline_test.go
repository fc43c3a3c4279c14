package explore_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

func TestTimeline(t *testing.T) {
	st := load(t, "network.json")
	type row struct{ iso, solarHijri, kind, id string }
	tests := []struct {
		name     string
		ids      []string
		from, to string
		want     []row
	}{
		{"a person and a colleague", []string{"per_1", "per_2"}, "", "", []row{
			{"2019-01-01", "1397-10-11", explore.EntryTenureStart, "ten_21"},
			{"2020-03-01", "1398-12-11", explore.EntryTenureStart, "ten_11"},
			{"2021-01-10", "1399-10-21", explore.EntryEvent, "evt_1"},
			{"2021-05-05", "1400-02-15", explore.EntryEvent, "evt_2"},
			{"2021-06-30", "1400-04-09", explore.EntryTenureEnd, "ten_21"},
		}},
		{"bounded by dates", []string{"per_1", "per_2"}, "2020-03-01", "2021-05-05", []row{
			{"2020-03-01", "1398-12-11", explore.EntryTenureStart, "ten_11"},
			{"2021-01-10", "1399-10-21", explore.EntryEvent, "evt_1"},
			{"2021-05-05", "1400-02-15", explore.EntryEvent, "evt_2"},
		}},
		{"a body and an event", []string{"org_3", "evt_1"}, "", "", []row{
			{"2021-01-10", "1399-10-21", explore.EntryEvent, "evt_1"},
			{"2021-05-05", "1400-02-15", explore.EntryEvent, "evt_2"},
		}},
		{"undated events are left out", []string{"per_6"}, "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := explore.Timeline(context.Background(), st, tc.ids, tc.from, tc.to)
			if err != nil {
				t.Fatal(err)
			}
			var rows []row
			for _, e := range got {
				id := ""
				if e.Event != nil {
					id = e.Event.ID
				} else {
					id = e.Tenure.ID
				}
				rows = append(rows, row{e.Date.ISO, e.Date.SolarHijri, e.Kind, id})
				if e.Label == "" || len(e.Subjects) == 0 {
					t.Errorf("entry %s has no label or subjects", id)
				}
			}
			if !slices.Equal(rows, tc.want) {
				t.Errorf("timeline =\n%v\nwant\n%v", rows, tc.want)
			}
		})
	}
	got, err := explore.Timeline(context.Background(), st, []string{"per_1", "per_4"}, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range got {
		if e.Kind == explore.EntryEvent && e.Event.ID == "evt_1" && !slices.Equal(e.Subjects, []string{"per_1", "per_4"}) {
			t.Errorf("evt_1 subjects = %v, want both", e.Subjects)
		}
		if e.Kind == explore.EntryTenureStart && (!strings.Contains(e.Label, "علی رضایی") || !strings.Contains(e.Label, "مدیر") || !strings.Contains(e.Label, "فارس")) {
			t.Errorf("tenure label = %q, want holder, post and body", e.Label)
		}
	}
}

func TestTimelineErrors(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		name     string
		ids      []string
		from, to string
		code     string
	}{
		{"bad from", []string{"per_1"}, "2020/01/01", "", peyvand.EINVALID},
		{"from after to", []string{"per_1"}, "2021-01-01", "2020-01-01", peyvand.EINVALID},
		{"a place", []string{"plc_fars"}, "", "", peyvand.EINVALID},
		{"unknown", []string{"per_none"}, "", "", peyvand.ENOTFOUND},
		{"nothing", nil, "", "", peyvand.EINVALID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := explore.Timeline(context.Background(), st, tc.ids, tc.from, tc.to)
			if code := peyvand.ErrorCode(err); code != tc.code {
				t.Errorf("code = %q (%v), want %q", code, err, tc.code)
			}
		})
	}
}
