package extract

import (
	"strings"
	"testing"
)

// TestR25CNestedCountyForm checks that a governorate whose name with
// «شهرستان» is written only inside its site's name («پایگاه اطلاع‌رسانی
// فرمانداری شهرستان الف») is named as the report writes it on its own
// («فرمانداری الف»), and that its head's post names that body.
func TestR25CNestedCountyForm(t *testing.T) {
	text := "پایگاه اطلاع‌رسانی فرمانداری شهرستان تویسرکان\n\n" +
		"به گزارش پایگاه اطلاع‌رسانی فرمانداری تویسرکان، بهرام نیک‌گهر، فرماندار تویسرکان، در جلسه شورای اداری گفت: " +
		"فرمانداری تویسرکان پیگیر تکمیل طرح‌های نیمه‌تمام است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "فرمانداری تویسرکان") || r22cHasBody(got, "فرمانداری شهرستان تویسرکان") {
		t.Errorf("bodies %q, want «فرمانداری تویسرکان» named so", got)
	}
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, af := range doc.Affiliations {
		found = found || af.Organization == "فرمانداری تویسرکان" && strings.HasPrefix(af.Role, "فرماندار")
	}
	if !found {
		t.Errorf("affiliations %+v, want the governor's at «فرمانداری تویسرکان»", doc.Affiliations)
	}
}

// TestR25CGluedCopula checks that a copula glued with no non-joiner on a
// body's last word at the clause's end («تحت حمایت کمیته امدادند») is no
// word of the name, and that a place that only ends so («نهاوند») stays
// whole.
func TestR25CGluedCopula(t *testing.T) {
	text := "بهرام نیک‌گهر، رئیس کمیته امداد امام خمینی (ره) شهرستان تویسرکان، گفت: بیش از ۹۰۰ خانوار شهرستان اکنون تحت حمایت کمیته امدادند."
	for _, o := range orgNames(t, text) {
		if strings.Contains(o, "امدادند") {
			t.Errorf("body %q, want no glued copula in a name", o)
		}
	}
	text = "بهرام نیک‌گهر از امروز سرپرست شهرداری نهاوند است. ژاله آبروشن گفت: این طرح با همکاری شهرداری نهاوند."
	if got := orgNames(t, text); !r22cHasBody(got, "شهرداری نهاوند") {
		t.Errorf("bodies %q, want «شهرداری نهاوند» whole", got)
	}
}

// TestR25CSubjunctiveStandEndsBody checks that the subjunctive of
// ایستادن («بایستند») ends the body named before it.
func TestR25CSubjunctiveStandEndsBody(t *testing.T) {
	text := "بهرام نیک‌گهر گفت: کشاورزان می‌توانند در فروش محصول کنار شرکت تعاونی روستایی بایستند."
	for _, o := range orgNames(t, text) {
		if strings.Contains(o, "بایستند") {
			t.Errorf("body %q, want the verb out of the name", o)
		}
	}
}

// TestR25CSpacedCompoundInName checks that a compound noun of two verb
// stems typed with spaces for the non-joiner («گفت و گوی») is read as
// one noun of a body's name, as «گفت‌وگوی» is.
func TestR25CSpacedCompoundInName(t *testing.T) {
	text := "ژاله آبروشن دبیر شورای گفت و گوی دولت و بخش خصوصی استان سمنان گفت: این نشست هر ماه برگزار می شود."
	if got := orgNames(t, text); !r22cHasBody(got, "شورای گفت و گوی دولت و بخش خصوصی استان سمنان") {
		t.Errorf("bodies %q, want «شورای گفت و گوی دولت و بخش خصوصی استان سمنان»", got)
	}
}

// TestR25CFundsEndBody checks that «اعتبار» (the funds a body gives) ends
// the body's name before it, as «مبلغ» does.
func TestR25CFundsEndBody(t *testing.T) {
	text := "ژاله آبروشن افزود: برای لایروبی اسکله، سازمان بنادر و دریانوردی اعتبار ۹۰ میلیارد تومانی در نظر گرفته است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "سازمان بنادر و دریانوردی") {
		t.Errorf("bodies %q, want «سازمان بنادر و دریانوردی»", got)
	}
}

// TestR25CZoneAffairsUnit checks that the manager of a company's unit of
// a numbered zone («مدیر امور برق منطقه سه الف») heads that unit as
// named, not a «مدیریت» of it.
func TestR25CZoneAffairsUnit(t *testing.T) {
	text := "مدیر امور برق منطقه سه اصفهان گفت: ۲۰ کیلومتر از شبکه نوسازی شد. بهرام نیک‌گهر افزود: امور برق منطقه سه اصفهان طرح تازه‌ای دارد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "امور برق منطقه سه اصفهان") || r22cHasBody(got, "مدیریت امور برق منطقه سه اصفهان") {
		t.Errorf("bodies %q, want «امور برق منطقه سه اصفهان»", got)
	}
}

// TestR25COutletDatelineSeat checks that the city after a dash that
// follows an outlet whose name is a province's («خبرگزاری فارس - شیراز؛»)
// is the dateline's seat, no part of the outlet's name.
func TestR25COutletDatelineSeat(t *testing.T) {
	text := "نوسازی شبکه گاز شیراز ادامه دارد\n\nخبرگزاری فارس - شیراز؛ بهرام نیک‌گهر، مدیرعامل شرکت گاز استان فارس، امروز گفت: کار ادامه دارد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "خبرگزاری فارس") {
		t.Errorf("bodies %q, want «خبرگزاری فارس»", got)
	}
}

// TestR25CGivenNameCounty checks that a county whose name is a given name
// too («فیروزه») closes a body's name after «شهرستان».
func TestR25CGivenNameCounty(t *testing.T) {
	text := "کاوه دلاورپور پیش از این رئیس اداره تعاون، کار و رفاه اجتماعی شهرستان فیروزه بوده است."
	if got := orgNames(t, text); !r22cHasBody(got, "اداره تعاون، کار و رفاه اجتماعی شهرستان فیروزه") {
		t.Errorf("bodies %q, want «اداره تعاون، کار و رفاه اجتماعی شهرستان فیروزه»", got)
	}
}

// TestR25CPlacedTeachingCentre checks that a hospital's common name with
// no city («بیمارستان الف») is a form of the teaching centre named with
// its city («مرکز آموزشی درمانی الف ب»).
func TestR25CPlacedTeachingCentre(t *testing.T) {
	text := "گفت و گو با رئیس بیمارستان شهید رجایی\n\nکرمان - دکتر کاوه دلاورپور، رئیس مرکز آموزشی درمانی شهید رجایی کرمان، گفت: بخش تازه این مرکز آماده شد."
	got := orgNames(t, text)
	if r22cHasBody(got, "بیمارستان شهید رجایی") || !r22cHasBody(got, "مرکز آموزشی درمانی شهید رجایی کرمان") {
		t.Errorf("bodies %q, want «بیمارستان شهید رجایی» a form of the centre", got)
	}
}

// TestR25CSpacedSuperlativeNoBody checks that a head after a superlative
// typed apart («بزرگ ترین ناحیه آموزشی استان») names a kind of body,
// no body.
func TestR25CSpacedSuperlativeNoBody(t *testing.T) {
	text := "به گفته ژاله آبروشن، این ناحیه اکنون بزرگ ترین ناحیه آموزشی استان شده است."
	for _, o := range orgNames(t, text) {
		if strings.HasPrefix(o, "ناحیه آموزشی") {
			t.Errorf("bodies %q, want no «ناحیه آموزشی استان»", orgNames(t, text))
		}
	}
}

// TestR25CTownThenProvince checks that a company named by its town takes
// the town's province written right after it.
func TestR25CTownThenProvince(t *testing.T) {
	text := "بهرام نیک‌گهر سال‌ها مدیرعامل شرکت سیمان بزمان سیستان و بلوچستان بوده است."
	if got := orgNames(t, text); !r22cHasBody(got, "شرکت سیمان بزمان سیستان و بلوچستان") {
		t.Errorf("bodies %q, want «شرکت سیمان بزمان سیستان و بلوچستان»", got)
	}
}

// TestR25CCorpsOfBasijOrganization checks that a provincial corps named
// at the end of a Basij organization's name under «سازمان» («سازمان بسیج
// سازندگی سپاه الف استان ب») stays a body of its own, and that its
// commander's post names the corps.
func TestR25CCorpsOfBasijOrganization(t *testing.T) {
	text := "سردار کاوه دلاورپور، فرمانده سپاه قمر بنی‌هاشم (ع) استان چهارمحال و بختیاری، گفت: سرهنگ بهرام نیک‌گهر اکنون مسئول سازمان بسیج سازندگی سپاه قمر بنی‌هاشم (ع) استان چهارمحال و بختیاری است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "سپاه قمر بنی‌هاشم (ع) استان چهارمحال و بختیاری") || !r22cHasBody(got, "سازمان بسیج سازندگی سپاه قمر بنی‌هاشم (ع) استان چهارمحال و بختیاری") {
		t.Errorf("bodies %q, want the corps and the organization apart", got)
	}
}
