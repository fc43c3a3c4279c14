package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR10A2BracketedShortNameIsAlias checks that an agency named with its
// short name in brackets takes the long form as its name and the short
// name, told alone elsewhere, as another form.
func TestR10A2BracketedShortNameIsAlias(t *testing.T) {
	got := orgNames(t, "به گزارش ایسنا، خبرگزاری دانشجویان ایران (ایسنا) برنامه تازه‌ای دارد.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "خبرگزاری دانشجویان ایران|") || !strings.Contains(got[0], "|ایسنا") {
		t.Errorf("bodies %q, want the long form with the short name as alias", got)
	}
}

// TestR10A2BareHeadPublicRelations checks that the PR office of a body
// named only by its bare head in a dateline is no body of its own.
func TestR10A2BareHeadPublicRelations(t *testing.T) {
	got := orgNames(t, "استهبان- روابط عمومی فرمانداری: فرماندار شهرستان استهبان از طرح تازه‌ای خبر داد.")
	for _, g := range got {
		if strings.HasPrefix(g, "روابط عمومی فرمانداری") {
			t.Errorf("bodies %q, want no «روابط عمومی فرمانداری»", got)
		}
	}
}

// TestR10A2NumberedUnitAlone checks that a numbered unit told alone
// («ناحیه دو») is a short form, no body, and that «ستاد اداره کل» (the
// headquarters of a bare head) is none either.
func TestR10A2NumberedUnitAlone(t *testing.T) {
	got := orgNames(t, "مهدی فرخی‌نسب رئیس جدید اداره آموزش و پرورش ناحیه دو استهبان شد. رئیس پیشین ناحیه دو به ستاد اداره کل منتقل شد.")
	for _, g := range got {
		name := strings.Split(g, "|")[0]
		if slices.Contains([]string{"ناحیه دو", "ستاد اداره کل"}, name) {
			t.Errorf("bodies %q, want no %q", got, name)
		}
	}
	if len(got) == 0 || !strings.HasPrefix(got[0], "اداره آموزش و پرورش ناحیه دو استهبان") {
		t.Errorf("bodies %q, want the office of the district", got)
	}
}

// TestR10A2FieldInsideOffice checks that a field of government inside a
// longer name («مرکز خدمات جهاد کشاورزی X») is no body of its own.
func TestR10A2FieldInsideOffice(t *testing.T) {
	got := orgNames(t, "رئیس مرکز خدمات جهاد کشاورزی بخش دشت‌آباد در این جلسه گزارشی ارائه کرد.")
	for _, g := range got {
		if strings.HasPrefix(g, "جهاد کشاورزی") {
			t.Errorf("bodies %q, want no «جهاد کشاورزی ...» of its own", got)
		}
	}
	if len(got) == 0 {
		t.Errorf("no bodies, want the service centre")
	}
}

// TestR10A2DepartmentOfHeadsPost checks that «مدیر گروه X» names the
// academic department X, with the faculty named after it, and that a
// bare faculty after the field stays out of the name.
func TestR10A2DepartmentOfHeadsPost(t *testing.T) {
	got := orgNames(t, "بهرام کیانی‌مقدم پیش از این مدیر گروه مهندسی مواد بوده است.")
	if !slices.Contains(got, "گروه مهندسی مواد") {
		t.Errorf("bodies %q, want «گروه مهندسی مواد»", got)
	}
	got = orgNames(t, "بهرام کیانی‌مقدم پیش از این مدیر گروه زیست‌شناسی دانشکده علوم پایه بوده است.")
	if !slices.ContainsFunc(got, func(g string) bool {
		return strings.HasPrefix(g, "گروه زیست‌شناسی دانشکده علوم پایه")
	}) {
		t.Errorf("bodies %q, want «گروه زیست‌شناسی دانشکده علوم پایه»", got)
	}
	got = orgNames(t, "بهرام کیانی‌مقدم که پیش از این مدیر گروه علوم دامی دانشکده بوده، گفت: آماده‌ایم.")
	if !slices.Contains(got, "گروه علوم دامی") {
		t.Errorf("bodies %q, want «گروه علوم دامی»", got)
	}
	got = orgNames(t, "بهرام کیانی‌مقدم پیش از این مدیر گروه پیشگیری و مبارزه با بیماری‌ها بود.")
	if slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "گروه") }) {
		t.Errorf("bodies %q, want no department cut inside its phrase", got)
	}
}

// TestR10A2GenericCityOfTown checks that «شورای اسلامی شهر» alone is the
// council of the town the report names in full, though the town is no
// county's centre (towns.txt).
func TestR10A2GenericCityOfTown(t *testing.T) {
	got := orgNames(t, "رئیس شورای اسلامی شهر بیارجمند در این جلسه حضور داشت. وی گفت: با همکاری شورای اسلامی شهر، شهرداری بیارجمند و دهیاران، گزارش کاملی تهیه می‌کنیم.")
	if slices.Contains(got, "شورای اسلامی شهر") || !slices.Contains(got, "شورای اسلامی شهر بیارجمند|شورای اسلامی شهر") {
		t.Errorf("bodies %q, want the town's council with its bare form as alias", got)
	}
}
