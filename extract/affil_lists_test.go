package extract

import (
	"reflect"
	"testing"
)

// TestVoteListSharesLastBody checks that posts of one vote told with «به
// عنوان» share the body the last one names, even when the report has an
// appointment of its own in another body.
func TestVoteListSharesLastBody(t *testing.T) {
	text := "با رای اعضای شورا، کامران نیک‌فر به عنوان شهردار جدید سمنان انتخاب شد.\n" +
		"در همین جلسه مینا راد به عنوان رئیس، بهمن کیانی به عنوان نایب‌رئیس و سارا تابان به عنوان منشی شورای اسلامی شهر سمنان برگزیده شدند."
	want := []string{
		"کامران نیک‌فر|شهردار|شهرداری سمنان|",
		"مینا راد|رئیس|شورای اسلامی شهر سمنان|",
		"بهمن کیانی|نایب‌رئیس|شورای اسلامی شهر سمنان|",
		"سارا تابان|منشی|شورای اسلامی شهر سمنان|",
	}
	if got := appointmentsOf(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBodyEndsBeforeFutureCompoundVerb checks that the noun of a compound
// verb in the future (خدمت خواهد کرد) ends the body's name before it.
func TestBodyEndsBeforeFutureCompoundVerb(t *testing.T) {
	text := "کامران نیک‌فر از این پس به عنوان دبیر شورای عالی ایمنی صنعت برق فعالیت خواهد کرد."
	a := analyze(text)
	var got []string
	for _, o := range a.orgs {
		got = append(got, o.name)
	}
	want := []string{"شورای عالی ایمنی صنعت برق"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bodies %q, want %q", got, want)
	}
}

// TestReplacedAfterList checks that «الف جایگزین ب شد» after a list of
// appointments names the predecessor of الف's listed post, not a new post
// in the report's other body.
func TestReplacedAfterList(t *testing.T) {
	text := "با حکم شهردار سمنان، مدیران مناطق ۱ و ۲ شهرداری سمنان منصوب شدند: کامران نیک‌فر به عنوان شهردار منطقه ۱ و بهمن کیانی به عنوان شهردار منطقه ۲.\n" +
		"نیک‌فر در منطقه ۱ جایگزین سارا تابان شد.\n" +
		"همچنین مینا راد سرپرست جدید سازمان آتش‌نشانی و خدمات ایمنی شهرداری سمنان شد."
	for _, g := range appointmentsOf(text) {
		if g == "کامران نیک‌فر|شهردار|شهرداری منطقه 1 سمنان|سارا تابان" {
			return
		}
	}
	t.Errorf("appointments %q: want کامران نیک‌فر's district post after سارا تابان", appointmentsOf(text))
}

// TestMunicipalPairInBody checks that a pair of a municipal
// organization's name keeps the body whole past its «و».
func TestMunicipalPairInBody(t *testing.T) {
	got := affiliationsOf("مینا راد، سرپرست سازمان آتش‌نشانی و خدمات ایمنی شهرداری سمنان گفت: کار آغاز شد.")
	want := []string{"مینا راد|سرپرست|سازمان آتش‌نشانی و خدمات ایمنی شهرداری سمنان"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestVoteListEndsWithHeadAlone checks «... و ج به عنوان مدیرعامل شرکت
// انتخاب شدند»: «شرکت» alone before the verb's noun is the company named
// before, and «انتخاب» is no word of a body's name.
func TestVoteListEndsWithHeadAlone(t *testing.T) {
	text := "مجمع عمومی شرکت سیمان سپید سمنان برگزار شد.\n" +
		"در نخستین جلسه هیئت‌مدیره، کامران نیک‌فر به عنوان رئیس هیئت‌مدیره و بهمن راد به عنوان مدیرعامل شرکت انتخاب شدند."
	want := []string{
		"کامران نیک‌فر|رئیس هیئت‌مدیره|شرکت سیمان سپید سمنان|",
		"بهمن راد|مدیرعامل|شرکت سیمان سپید سمنان|",
	}
	if got := appointmentsOf(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// affCase is a made-up text and the affiliations it tells, as
// person|role|body in the order found.
type affCase struct {
	name, text string
	want       []string
}

// checkAffiliationCases checks the affiliations of each case.
func checkAffiliationCases(t *testing.T, cases []affCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
