package extract

import (
	"strings"
	"testing"
)

// TestAcronymInsideName checks that a body written with its acronym in
// brackets before its place takes the long form without the brackets as
// its name, the bracketed form an alias, and that the acronym's short
// form with a bare «استان» joins it; an acronym ending a name still ends
// it, the long form the name and the acronym another form.
func TestAcronymInsideName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مهندس پرویز کلانتری‌فرد، سرپرست سازمان صنعت، معدن و تجارت (صمت) استان یزد گفت: رئیس سازمان صمت استان نیز حاضر بود.",
			[]string{"سازمان صنعت، معدن و تجارت استان یزد|سازمان صنعت، معدن و تجارت (صمت) استان یزد|سازمان صمت استان|صمت استان"}},
		{"مدیرعامل شرکت آب و فاضلاب (آبفا) استان گیلان گفت: آماده‌ایم.",
			[]string{"شرکت آب و فاضلاب استان گیلان|شرکت آب و فاضلاب (آبفا) استان گیلان"}},
		{"رئیس سازمان صنعت، معدن و تجارت (صمت) گفت: آماده‌ایم.",
			[]string{"سازمان صنعت، معدن و تجارت|صمت"}},
	})
}

// TestNationalPostJoinsRepublicBody checks that a body named with no
// place where its post reads as national is the body named with the
// country's name elsewhere, «جمهوری اسلامی ایران» being the country.
func TestNationalPostJoinsRepublicBody(t *testing.T) {
	text := "اردبیل - روابط عمومی: با موافقت رئیس فدراسیون تکواندو، کاوه نیک‌گهر به عنوان سرپرست هیئت تکواندو استان اردبیل منصوب شد.\n\n" +
		"مراسم معارفه سرپرست هیئت تکواندو استان عصر امروز با حضور بیژن مهرآیین، نایب‌رئیس فدراسیون تکواندو جمهوری اسلامی ایران برگزار شد.\n\n" +
		"نایب‌رئیس فدراسیون تکواندو نیز گفت: فدراسیون از میزبانی اردبیل حمایت می‌کند.\n\n" +
		"نیک‌گهر که پیش از این رئیس هیئت تکواندو شهرستان خلخال بود، برگزاری لیگ استانی را از برنامه‌های هیئت عنوان کرد."
	got := orgNames(t, text)
	n := 0
	for _, g := range got {
		if strings.HasPrefix(g, "فدراسیون") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("bodies %q, want one federation", got)
	}
}

// TestProvincialOfficeIsNeverNational checks that a directorate general
// named with no place, in a post beside its province's form held by
// another, is that province's directorate, not a national body.
func TestProvincialOfficeIsNeverNational(t *testing.T) {
	got := orgNames(t, "زنجان - ایرنا - مدیرکل بهزیستی زنجان، کامیار دلاورپور‌فر، گفت: آماده‌ایم. در این کارگاه که به همت اداره کل بهزیستی استان زنجان برپا شد، نسترن وفاجو، معاون توانبخشی اداره کل بهزیستی نیز سخنرانی کرد.")
	if len(got) != 2 || !strings.HasPrefix(got[1], "اداره کل بهزیستی استان زنجان|") || !strings.Contains(got[1]+"|", "|اداره کل بهزیستی|") {
		t.Errorf("bodies %q, want the agency and one directorate with its placeless form", got)
	}
}

// TestGenericPlaceJoinsUnjoinedForms checks that a body named with a bare
// «استان» joins its province's body when the file names that body in two
// forms not yet joined (with and without «استان» before the place).
func TestGenericPlaceJoinsUnjoinedForms(t *testing.T) {
	got := orgNames(t, "قزوین - ایرنا - با حکم کامیار دلاورپور‌فر، مدیرکل بهزیستی استان قزوین، نسترن وفاجو به عنوان سرپرست اداره بهزیستی شهرستان تاکستان منصوب شد.\n\n"+
		"در این مراسم از خدمات بیژن مهرآیین تقدیر شد. مهرآیین از این پس به عنوان معاون توانبخشی اداره کل بهزیستی استان خدمت خواهد کرد.\n\n"+
		"مدیرکل بهزیستی قزوین در این مراسم گفت: آماده‌ایم.")
	n := 0
	for _, g := range got {
		if strings.HasPrefix(g, "اداره کل") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("bodies %q, want one directorate general", got)
	}
}

// TestParentNamedAtEndStaysApart checks that a body named whole at the end
// of a longer name after more than a head noun is the body the longer one
// belongs to, not its short form, while the name without its head alone
// still is one.
func TestParentNamedAtEndStaysApart(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس کانون بازنشستگان آموزش و پرورش شهرستان سبزوار گفت: آماده‌ایم.",
			[]string{"کانون بازنشستگان آموزش و پرورش شهرستان سبزوار", "آموزش و پرورش شهرستان سبزوار"}},
		{"مدیرکل بهزیستی استان قم گفت: اداره کل بهزیستی استان قم آماده است.",
			[]string{"اداره کل بهزیستی استان قم|بهزیستی استان قم"}},
	})
}
