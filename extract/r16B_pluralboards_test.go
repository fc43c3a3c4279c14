package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestR16BPluralBoards checks «الف و ب، رؤسای هیئت‌های فوتبال و والیبال
// استان X»: the plural of a board lists the fields, one board each, in the
// place the list ends with; a bare «استان» is the report's province.
func TestR16BPluralBoards(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"province named", "خبر\n\nدر ادامه کامران نیک‌فر و بهمن رستمی‌پور، رؤسای هیئت‌های فوتبال و والیبال استان سمنان، گزارشی ارائه کردند.",
			[]string{"کامران نیک‌فر|رئیس|هیئت فوتبال استان سمنان", "بهمن رستمی‌پور|رئیس|هیئت والیبال استان سمنان"}},
		{"names after", "خبر\n\nرؤسای هیئت‌های کشتی و شنا شهرستان شاهرود، کامران نیک‌فر و بهمن رستمی‌پور، در این جلسه حضور داشتند.",
			[]string{"کامران نیک‌فر|رئیس|هیئت کشتی شهرستان شاهرود", "بهمن رستمی‌پور|رئیس|هیئت شنا شهرستان شاهرود"}},
		{"lists differ", "خبر\n\nکامران نیک‌فر، بهمن رستمی‌پور و سعید کاظمی‌راد، رؤسای هیئت‌های کشتی و شنا استان سمنان، گزارشی ارائه کردند.", nil},
	})
}

// r16bDocAffiliations returns the affiliations the whole extraction gives
// text, as person|role|body, sorted.
func r16bDocAffiliations(t *testing.T, text string) []string {
	t.Helper()
	d, err := File("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, af := range d.Affiliations {
		out = append(out, af.Person+"|"+af.Role+"|"+af.Organization)
	}
	sort.Strings(out)
	return out
}

// TestR16BPluralBoardsBareProvince checks «رؤسای هیئت‌های کشتی و شنا
// استان،»: the boards are those of the province the report names.
func TestR16BPluralBoardsBareProvince(t *testing.T) {
	got := r16bDocAffiliations(t, "جلسه ورزش برگزار شد.\n\nهیئت کشتی استان یزد و هیئت شنا استان یزد جلسه داشتند. کامران نیک‌فر و بهمن رستمی‌پور، رؤسای هیئت‌های کشتی و شنا استان، گزارشی ارائه کردند.\n")
	want := []string{"بهمن رستمی‌پور|رئیس|هیئت شنا استان یزد", "کامران نیک‌فر|رئیس|هیئت کشتی استان یزد"}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("got %q, want %q", got, want)
	}
}
