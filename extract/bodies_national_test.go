package extract

import "testing"

// TestDecreeIssuerIsNationalBody checks that a body named with no place
// whose head issues a decree (با حکم رئیس X) is the national body, apart
// from the provincial branch it appoints to, while the same short name
// elsewhere is still a short form of the branch.
func TestDecreeIssuerIsNationalBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"با حکم رئیس بنیاد مسکن انقلاب اسلامی، کامران نیک‌فر سرپرست بنیاد مسکن انقلاب اسلامی استان سمنان شد.",
			[]string{"بنیاد مسکن انقلاب اسلامی", "بنیاد مسکن انقلاب اسلامی استان سمنان"}},
		{"کامران نیک‌فر سرپرست بنیاد مسکن انقلاب اسلامی استان سمنان شد. بنیاد مسکن انقلاب اسلامی اطلاعیه داد.",
			[]string{"بنیاد مسکن انقلاب اسلامی استان سمنان|بنیاد مسکن انقلاب اسلامی"}},
	})
}

// TestProvinceFormJoinsHomeBranch checks that «X استان» with no province
// named is the branch of the article's own province when the file names
// branches of several provinces.
func TestProvinceFormJoinsHomeBranch(t *testing.T) {
	got := orgNames(t, "سمنان - کامران نیک‌فر سرپرست جمعیت هلال‌احمر استان سمنان شد. وی پیش از این مدیر جمعیت هلال‌احمر استان البرز بود. سرپرست جمعیت هلال‌احمر استان گفت: آماده‌ایم.")
	for _, g := range got {
		if g == "جمعیت هلال‌احمر استان" {
			t.Errorf("bodies %q: the province's form is a body of its own", got)
		}
	}
}
