package extract

import "testing"

// TestAcronymInsideName checks that a body written with its acronym in
// brackets before its place takes the long form without the brackets as
// its name, the bracketed form an alias, and that the acronym's short
// form with a bare «استان» joins it; an acronym ending a name still ends
// it.
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
			[]string{"سازمان صنعت، معدن و تجارت (صمت)"}},
	})
}
