package extract

import (
	"strings"
	"testing"
)

// r15aHas reports a body named name (its first form) among got.
func r15aHas(got []string, name string) bool {
	for _, g := range got {
		if strings.Split(g, "|")[0] == name {
			return true
		}
	}
	return false
}

// The perfect of داشتن is a light verb: its noun («مشارکت داشته‌اند»)
// ends a body's name.
func TestR15APerfectOfHave(t *testing.T) {
	got := orgNames(t, "بهرام نیک‌گهر‌پور گفت: خیرین در ساخت و تجهیز بیمارستان مشارکت داشته‌اند.")
	for _, g := range got {
		if strings.Contains(g, "مشارکت") {
			t.Errorf("the verb's noun in a name: %q", got)
		}
	}
}

// A working group or a secretariat named with «استان» alone keeps the name
// as written; a provincial office is named by the report's province.
func TestR15AProvinceWorkingBoard(t *testing.T) {
	text := "به گزارش خبرنگار ما از سمنان، جلسه شورای برنامه‌ریزی و توسعه استان سمنان برگزار شد. " +
		"مهندس بابک رضوانی‌فرد که ریاست کارگروه زیربنایی استان را بر عهده دارد گزارشی ارائه کرد. " +
		"رئیس سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان نیز سخن گفت."
	got := orgNames(t, text)
	if !r15aHas(got, "کارگروه زیربنایی استان") || r15aHas(got, "کارگروه زیربنایی استان سمنان") {
		t.Errorf("working group: got %q", got)
	}
	if !r15aHas(got, "سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان سمنان") {
		t.Errorf("provincial office: got %q", got)
	}
}

// r15aAffils returns the file's affiliations as «person|role|body».
func r15aAffils(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range doc.Affiliations {
		out = append(out, f.Person+"|"+f.Role+"|"+f.Organization)
	}
	return out
}

// The director general of a province's customs heads «گمرک استان X», the
// body customs is named by, not an «اداره کل».
func TestR15ACustomsOfProvince(t *testing.T) {
	got := r15aAffils(t, "تفاهم‌نامه‌ای به امضای سیدبهمن نوری‌پناه مدیرکل گمرک استان سمنان رسید.")
	want := "بهمن نوری‌پناه|مدیرکل|گمرک استان سمنان"
	ok := false
	for _, g := range got {
		if g == want {
			ok = true
		}
	}
	if !ok {
		t.Errorf("got %q, want %q", got, want)
	}
}
