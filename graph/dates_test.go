package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

// answer is a whole GraphQL response.
type answer struct {
	Data       json.RawMessage `json:"data"`
	Errors     []gqlError      `json:"errors"`
	Extensions struct {
		Dates []struct {
			Field, Argument, Input, Calendar, ISO, SolarHijri string
		} `json:"dates"`
	} `json:"extensions"`
}

// ask posts query with vars to h, on behalf of caller when not nil, and
// returns the whole response.
func ask(t *testing.T, h http.Handler, query string, vars map[string]any, caller *auth.Caller) answer {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if caller != nil {
		req = req.WithContext(auth.WithCaller(req.Context(), *caller))
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var a answer
	if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
		t.Fatalf("post %q: decode %s: %v", query, w.Body, err)
	}
	return a
}

// decode reads the data of an answer into v, failing on any error.
func (a answer) decode(t *testing.T, v any) {
	t.Helper()
	if len(a.Errors) > 0 {
		t.Fatalf("errors: %+v", a.Errors)
	}
	if err := json.Unmarshal(a.Data, v); err != nil {
		t.Fatalf("decode %s: %v", a.Data, err)
	}
}

// TestDateArgumentsTakeSolarHijri checks that every date argument reads
// Solar Hijri days as well as Gregorian ones, and that the response says
// which calendar it read each in.
func TestDateArgumentsTakeSolarHijri(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	eventIDs := func(a answer) []string {
		var d struct {
			Events struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.decode(t, &d)
		var ids []string
		for _, e := range d.Events.Edges {
			ids = append(ids, e.Node.ID)
		}
		slices.Sort(ids)
		return ids
	}
	const events = `query($f: EventFilter) { events(filter: $f) { edges { node { id } } } }`
	for _, tc := range []struct {
		filter   map[string]any
		want     []string
		calendar string
		iso      string
	}{
		// The meeting is on 2024-05-01 = 1403-02-12, the visit on 2023-01-10.
		{map[string]any{"from": "1403-02-01"}, []string{"evt_meeting"}, "SOLAR_HIJRI", "2024-04-20"},
		{map[string]any{"from": "1403/2/12"}, []string{"evt_meeting"}, "SOLAR_HIJRI", "2024-05-01"},
		{map[string]any{"from": "1403/2/13"}, nil, "SOLAR_HIJRI", "2024-05-02"},
		{map[string]any{"to": "۱۴۰۱/۱۰/۲۰"}, []string{"evt_visit"}, "SOLAR_HIJRI", "2023-01-10"},
		{map[string]any{"to": "2023-01-09"}, nil, "GREGORIAN", "2023-01-09"},
	} {
		a := ask(t, h, events, map[string]any{"f": tc.filter}, nil)
		if got := eventIDs(a); !slices.Equal(got, tc.want) {
			t.Errorf("events(filter: %v) = %v, want %v", tc.filter, got, tc.want)
		}
		if len(a.Extensions.Dates) != 1 || a.Extensions.Dates[0].Calendar != tc.calendar || a.Extensions.Dates[0].ISO != tc.iso ||
			a.Extensions.Dates[0].Field != "events" || !strings.HasPrefix(a.Extensions.Dates[0].Argument, "filter.") {
			t.Errorf("events(filter: %v): extensions.dates = %+v, want one %s note of %s", tc.filter, a.Extensions.Dates, tc.calendar, tc.iso)
		}
	}

	// 1402-06-01 = 2023-08-23: Ahmadi (2020-01-05 .. 2024-03-01); 1403-01-01
	// = 2024-03-20: Rezaei (from 2024-03-01).
	holders := `query($at: String!) { holders(organization: "org_bank", role: "مدیرعامل", at: $at) { id } }`
	for at, want := range map[string]string{"1402-06-01": "ten_ahmadi", "۱۴۰۳/۰۱/۰۱": "ten_rezaei", "2023-08-23": "ten_ahmadi"} {
		var d struct{ Holders []struct{ ID string } }
		a := ask(t, h, holders, map[string]any{"at": at}, nil)
		a.decode(t, &d)
		if len(d.Holders) != 1 || d.Holders[0].ID != want {
			t.Errorf("holders(at: %q) = %+v, want %s", at, d.Holders, want)
		}
		if len(a.Extensions.Dates) != 1 || a.Extensions.Dates[0].Argument != "at" || a.Extensions.Dates[0].Input != at {
			t.Errorf("holders(at: %q): extensions.dates = %+v", at, a.Extensions.Dates)
		}
	}

	var tl struct {
		Timeline []struct{ Date struct{ ISO string } }
	}
	a := ask(t, h, `{ timeline(ids: ["per_rezaei"], from: "1403-01-01", to: "1403/12/30") { date { iso } } }`, nil, nil)
	a.decode(t, &tl)
	if len(tl.Timeline) == 0 {
		t.Errorf("timeline from 1403-01-01 to 1403-12-30 is empty")
	}
	for _, e := range tl.Timeline {
		if e.Date.ISO < "2024-03-20" || e.Date.ISO > "2025-03-20" {
			t.Errorf("timeline entry of %s lies outside 1403", e.Date.ISO)
		}
	}
	if len(a.Extensions.Dates) != 2 || a.Extensions.Dates[1].ISO != "2025-03-20" {
		t.Errorf("timeline: extensions.dates = %+v", a.Extensions.Dates)
	}

	var rec struct {
		RecordTenure struct {
			Start struct{ ISO, SolarHijri, Original, Precision string }
			End   struct{ ISO, SolarHijri string }
		}
	}
	a = ask(t, h, `mutation { recordTenure(input: {person: "per_karimi", organization: "org_bank", role: "معاون", start: "۱۴۰۳/۰۱/۱۵", end: "2025-03-21"}) {
		start { iso solarHijri original precision } end { iso solarHijri } } }`, nil, callerOf("curator"))
	a.decode(t, &rec)
	if s := rec.RecordTenure.Start; s.ISO != "2024-04-03" || s.SolarHijri != "1403-01-15" || s.Original != "۱۴۰۳/۰۱/۱۵" || s.Precision != "DAY" {
		t.Errorf("recordTenure start = %+v", s)
	}
	if e := rec.RecordTenure.End; e.ISO != "2025-03-21" || e.SolarHijri != "1404-01-01" {
		t.Errorf("recordTenure end = %+v", e)
	}
}

// TestImpossibleDatesAreInvalid checks that a day that does not exist is
// INVALID_ARGUMENT naming the argument, in every date argument.
func TestImpossibleDatesAreInvalid(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	for _, tc := range []struct {
		query, want string
		caller      *auth.Caller
	}{
		{`{ events(filter: {from: "1404-13-01"}) { totalCount } }`, "filter.from: \"1404-13-01\" is not a day: month 13", nil},
		{`{ events(filter: {to: "1404-12-30"}) { totalCount } }`, "1404 is not a leap year", nil},
		{`{ events(filter: {from: "1404-02-01", to: "1404-01-01"}) { totalCount } }`, "from 2025-04-21 is after to 2025-03-21", nil},
		{`{ holders(organization: "org_bank", at: "2025-02-30") { id } }`, "at: \"2025-02-30\" is not a day: February 2025 has 28 days", nil},
		{`{ holders(organization: "org_bank", at: "next week") { id } }`, "give year-month-day", nil},
		{`{ timeline(ids: ["per_rezaei"], from: "1404-12-31") { kind } }`, "from: \"1404-12-31\" is not a day", nil},
		{`{ timeline(ids: ["per_rezaei"], to: "1403/7/31") { kind } }`, "has 30 days", nil},
		{`mutation { recordTenure(input: {person: "per_karimi", organization: "org_bank", role: "معاون", start: "1404-12-31"}) { id } }`, "input.start: \"1404-12-31\"", callerOf("curator")},
		{`mutation { recordTenure(input: {person: "per_karimi", organization: "org_bank", role: "معاون", end: "۱۴۰۴/۱۳/۰۱"}) { id } }`, "input.end:", callerOf("curator")},
	} {
		a := ask(t, h, tc.query, nil, tc.caller)
		if len(a.Errors) != 1 || a.Errors[0].Extensions["code"] != peyvand.EINVALID || !strings.Contains(a.Errors[0].Message, tc.want) {
			t.Errorf("%s: errors = %+v, want one INVALID_ARGUMENT containing %q", tc.query, a.Errors, tc.want)
		}
	}
}
