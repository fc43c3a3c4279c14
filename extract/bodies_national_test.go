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

// TestFormerPostNamesItsBody checks that a post held before («پیش از این
// مدیرکل X استان Y بوده است») names its body like a present one: «این»
// of «پیش از این» points to no post.
func TestFormerPostNamesItsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر پیش از این مدیرکل راه و شهرسازی استان سمنان بوده است.", []string{"اداره کل راه و شهرسازی استان سمنان"}},
		{"سرهنگ نیک‌فر که پیش از این فرمانده انتظامی شهرستان دامغان بود، سخنرانی کرد.", []string{"فرماندهی انتظامی شهرستان دامغان"}},
		{"این فرمانده انتظامی شهرستان دامغان سخنرانی کرد.", nil},
	})
}

// TestCountyFormJoinsHomeBranch checks that «X شهرستان» with no county
// named joins the article's own county's body when the file names the
// bodies of several counties.
func TestCountyFormJoinsHomeBranch(t *testing.T) {
	got := orgNames(t, "دامغان - سرهنگ کامران نیک‌فر فرمانده انتظامی شهرستان دامغان شد. وی پیش از این فرمانده انتظامی شهرستان شاهرود بود. امنیت اولویت فرماندهی انتظامی شهرستان است.")
	for _, g := range got {
		if g == "فرماندهی انتظامی شهرستان" {
			t.Errorf("bodies %q: the county's form is a body of its own", got)
		}
	}
}

// TestCountyFormIsNoProvinceBody checks that «X شهرستان» joins the
// county's body, not the province's body of a place that is also a
// county's name (استان سمنان، شهرستان سمنان).
func TestCountyFormIsNoProvinceBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس دادگستری استان سمنان و رئیس دادگستری شهرستان دامغان گفتند: کار آغاز شد. رئیس دادگستری شهرستان بازدید کرد.",
			[]string{"دادگستری استان سمنان", "دادگستری شهرستان دامغان|دادگستری شهرستان"}},
	})
}

// TestBareOfficeJoinsHomeOfficeOfTwoForms checks that a bare local office
// joins the office of the article's own town when that office is written
// in two forms (فرمانداری X، فرمانداری شهرستان X) beside another town's.
func TestBareOfficeJoinsHomeOfficeOfTwoForms(t *testing.T) {
	got := orgNames(t, "کامران نیک‌فر فرماندار شهرستان دامغان شد. آیین معارفه فرماندار دامغان در دامغان برگزار شد. وی پیش از این معاون فرمانداری سمنان بود. این آیین در سالن فرمانداری برگزار شد.")
	for _, g := range got {
		if g == "فرمانداری" {
			t.Errorf("bodies %q: the bare office is a body of its own", got)
		}
	}
}
