package explore_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

func tenureIDs(ts []*peyvand.Tenure) []string {
	ids := make([]string, len(ts))
	for i, t := range ts {
		ids[i] = t.ID
	}
	return ids
}

func TestAppointmentHistory(t *testing.T) {
	st := load(t, "succession.json")
	tests := []struct {
		name   string
		role   string
		want   []string
		issues []explore.Issue
	}{
		{
			name: "dated chain with handover link, gap, overlap and undated successor",
			role: "مدیر کل",
			want: []string{"ten_9", "ten_8", "ten_7", "ten_6", "ten_5"},
			issues: []explore.Issue{
				{Kind: explore.IssueGap, Role: "مدیرکل", TenureIDs: []string{"ten_8", "ten_7"}, From: "2016-01-02", To: "2016-05-31", Days: 151},
				{Kind: explore.IssueOverlap, Role: "مدیر کل", TenureIDs: []string{"ten_7", "ten_6"}, From: "2017-12-01", To: "2018-02-28", Days: 90},
				{Kind: explore.IssueUndated, Role: "مدیر کل", TenureIDs: []string{"ten_5"}},
			},
		},
		{
			name: "role written with Arabic letters and no space",
			role: "مدير كل",
			want: []string{"ten_9", "ten_8", "ten_7", "ten_6", "ten_5"},
		},
		{
			name: "undated tenures ordered by predecessor link alone",
			role: "معاون",
			want: []string{"ten_2", "ten_1"},
			issues: []explore.Issue{
				{Kind: explore.IssueUndated, Role: "معاون", TenureIDs: []string{"ten_2"}},
				{Kind: explore.IssueUndated, Role: "معاون", TenureIDs: []string{"ten_1"}},
			},
		},
		{
			name: "year precision end covers the year: no false gap",
			role: "مسئول",
			want: []string{"ten_4", "ten_3"},
		},
		{
			name: "unknown role",
			role: "رئیس",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, issues, err := explore.AppointmentHistory(context.Background(), st, "org_fars", tc.role)
			if err != nil {
				t.Fatal(err)
			}
			if ids := tenureIDs(got); !slices.Equal(ids, tc.want) {
				t.Errorf("chain = %v, want %v", ids, tc.want)
			}
			if tc.issues != nil || tc.role == "مسئول" {
				if len(issues) != len(tc.issues) {
					t.Fatalf("issues = %+v, want %+v", issues, tc.issues)
				}
				for i := range issues {
					if !slices.Equal(issues[i].TenureIDs, tc.issues[i].TenureIDs) || issues[i].Kind != tc.issues[i].Kind ||
						issues[i].From != tc.issues[i].From || issues[i].To != tc.issues[i].To || issues[i].Days != tc.issues[i].Days ||
						issues[i].Role != tc.issues[i].Role {
						t.Errorf("issue %d = %+v, want %+v", i, issues[i], tc.issues[i])
					}
				}
			}
		})
	}
}

func TestAppointmentHistoryAllRoles(t *testing.T) {
	st := load(t, "succession.json")
	got, issues, err := explore.AppointmentHistory(context.Background(), st, "org_fars", "")
	if err != nil {
		t.Fatal(err)
	}
	// Time order across posts; undated tenures last, the linked pair in order.
	want := []string{"ten_9", "ten_8", "ten_4", "ten_7", "ten_6", "ten_5", "ten_3", "ten_2", "ten_1"}
	if ids := tenureIDs(got); !slices.Equal(ids, want) {
		t.Errorf("chain = %v, want %v", ids, want)
	}
	kinds := map[string]int{}
	for _, is := range issues {
		kinds[is.Kind]++
	}
	if kinds[explore.IssueGap] != 1 || kinds[explore.IssueOverlap] != 1 || kinds[explore.IssueUndated] != 3 {
		t.Errorf("issues by kind = %v, want 1 gap, 1 overlap, 3 undated (issues are found within each post)", kinds)
	}
}

func TestHolders(t *testing.T) {
	st := load(t, "succession.json")
	tests := []struct {
		role string
		at   string
		want []string
	}{
		{"مدیر کل", "2014-01-01", []string{"ten_8"}},
		{"مدیر کل", "2013-05-01", []string{"ten_9", "ten_8"}},
		{"مدیر کل", "2016-03-01", nil},
		{"مدیر کل", "2018-01-15", []string{"ten_7", "ten_6"}},
		{"مدیر کل", "2024-01-01", []string{"ten_6"}},
		{"مدیر کل", "2009-12-31", nil},
		{"مسئول", "2019-03-01", []string{"ten_4"}},
		{"مسئول", "2020-03-01", []string{"ten_3"}},
		{"", "2019-08-01", []string{"ten_6", "ten_3"}},
	}
	for _, tc := range tests {
		t.Run(tc.role+"@"+tc.at, func(t *testing.T) {
			at, _ := time.Parse(time.DateOnly, tc.at)
			got, err := explore.Holders(context.Background(), st, "org_fars", tc.role, at)
			if err != nil {
				t.Fatal(err)
			}
			if ids := tenureIDs(got); !slices.Equal(ids, tc.want) {
				t.Errorf("holders = %v, want %v", ids, tc.want)
			}
		})
	}
}

func TestCareer(t *testing.T) {
	st := load(t, "succession.json")
	got, err := explore.Career(context.Background(), st, "per_a")
	if err != nil {
		t.Fatal(err)
	}
	if ids := tenureIDs(got); !slices.Equal(ids, []string{"ten_9", "ten_3"}) {
		t.Errorf("career = %v, want [ten_9 ten_3]", ids)
	}
}

func TestSuccessionErrors(t *testing.T) {
	st := load(t, "succession.json")
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
		code string
	}{
		{"unknown body", func() error { _, _, err := explore.AppointmentHistory(ctx, st, "org_none", ""); return err }, peyvand.ENOTFOUND},
		{"person as body", func() error { _, _, err := explore.AppointmentHistory(ctx, st, "per_a", ""); return err }, peyvand.EINVALID},
		{"empty body ID", func() error { _, err := explore.Holders(ctx, st, "", "", time.Now()); return err }, peyvand.EINVALID},
		{"body as person", func() error { _, err := explore.Career(ctx, st, "org_fars"); return err }, peyvand.EINVALID},
		{"unknown person", func() error { _, err := explore.Career(ctx, st, "per_none"); return err }, peyvand.ENOTFOUND},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code := peyvand.ErrorCode(tc.call()); code != tc.code {
				t.Errorf("code = %q, want %q", code, tc.code)
			}
		})
	}
}
