package extract

import "testing"

// TestR10ATownClosesName checks that a town that is no county's centre
// (زرین‌شهر، ممقان) closes a body's name and keeps the next words out.
func TestR10ATownClosesName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر رئیس اداره برق زرین‌شهر از پست برق بازدید کرد.", []string{"اداره برق زرین‌شهر"}},
		{"شورای اسلامی شهر ممقان پرداخت عوارض را تصویب کرد.", []string{"شورای اسلامی شهر ممقان"}},
	})
}

// TestR10AMarkedTown checks that a town whose name is also a common word
// or a given name (بهار، مهران) closes a body's name right after «شهر»
// or «شهرستان».
func TestR10AMarkedTown(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در این نشست کامران نیک‌فر، عضو شورای اسلامی شهر بهار، خواستار تسریع در کار شد.", []string{"شورای اسلامی شهر بهار"}},
		{"فرمانداری شهرستان مهران جلسه را برگزار کرد.", []string{"فرمانداری شهرستان مهران"}},
	})
}

// TestR10AReferredBill checks that the noun of a passive «ارجاع شد» ends
// the name of the commission a bill is sent to.
func TestR10AReferredBill(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"لایحه تملک اراضی به کمیسیون عمران ارجاع شد.", []string{"کمیسیون عمران"}},
	})
}

// TestR10AStateAdjectiveEndsName checks that an adjective of a state
// before a passive («بهره‌مند می‌شوند»، «موظف شد») ends the body's name
// before it.
func TestR10AStateAdjectiveEndsName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"اعضا از تسهیلات کمیسیون صادرات اتاق بهره‌مند می‌شوند.", []string{"کمیسیون صادرات اتاق"}},
		{"به این ترتیب شهرداری منطقه موظف شد.", []string{"شهرداری منطقه"}},
	})
}

// TestR10AGenericProvinceByHome checks that a body spelled out with
// «استان» alone is the province's the report names, and only when it
// names no other.
func TestR10AGenericProvinceByHome(t *testing.T) {
	got := orgNames(t, "قم- در این آیین کامران نیک‌فر دبیر ستاد مبارزه با مواد مخدر استان قم و رئیس سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان حضور داشتند.")
	want := "سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان قم|سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("bodies %q, want %q among them", got, want)
	}
	got = orgNames(t, "قم- کامران نیک‌فر که پیش از این در استان سمنان بود، رئیس سازمان زندان‌ها و اقدامات تأمینی و تربیتی استان شد.")
	for _, g := range got {
		if g == want {
			t.Errorf("bodies %q: a report naming two provinces places no «استان» body", got)
		}
	}
}

// TestR10AOfficeToBeSetUp checks that an office still to be set up
// («راه‌اندازی دفتر X») is no body, while one at work is.
func TestR10AOfficeToBeSetUp(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"راه‌اندازی دفتر ارتباط با صنعت دانشکده تا پایان ماه در دستور کار است.", nil},
		{"رئیس دفتر ارتباط با صنعت دانشگاه سمنان گفت.", []string{"دفتر ارتباط با صنعت دانشگاه سمنان", "دانشگاه سمنان"}},
	})
}

// TestR10ACentreOfACounty checks that «مرکز شهرستانی» (the centre of a
// county, with the indefinite «ی») names no body.
func TestR10ACentreOfACounty(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرماندار گفت: این شهر مرکز شهرستانی است که جمعیت زیادی دارد.", nil},
	})
}

// TestR10AArrivalPlace checks that the terminal a visitor arrives at
// («وارد فرودگاه X شد») is a place, no body, while its manager's is one.
func TestR10AArrivalPlace(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر صبح امروز وارد فرودگاه سمنان شد.", nil},
		{"کامران نیک‌فر مدیر فرودگاه سمنان گفت.", []string{"فرودگاه سمنان"}},
	})
}

// TestR10ACentralDistrict checks that «مرکزی» after «بخش» and before the
// county names the central district, inside the body's name, not the
// province that would end it.
func TestR10ACentralDistrict(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بخشداری بخش مرکزی شهرستان شاهرود جلسه‌ای برگزار کرد.", []string{"بخشداری بخش مرکزی شهرستان شاهرود"}},
		{"استانداری مرکزی اعلام کرد.", []string{"استانداری مرکزی"}},
	})
}

// TestR10AGenericCountyByHome checks that a body spelled out with
// «شهرستان» alone is the report's own county's when the report names it.
func TestR10AGenericCountyByHome(t *testing.T) {
	got := orgNames(t, "کامران نیک‌فر فرماندار شاهرود گفت: شورای کشاورزی شهرستان امروز تشکیل جلسه داد.")
	want := "شورای کشاورزی شهرستان شاهرود|شورای کشاورزی شهرستان"
	found := false
	for _, g := range got {
		found = found || g == want
	}
	if !found {
		t.Errorf("bodies %q, want %q among them", got, want)
	}
}

// TestR10APredicateAdjective checks that a predicative adjective after a
// body's name («X نیازمند توسعه است»، «X موظف است») ends the name.
func TestR10APredicateAdjective(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"وی گفت: بیمارستان امام رضا نیازمند توسعه است.", []string{"بیمارستان امام رضا"}},
		{"وی گفت: شهرداری شاهرود موظف است این کار را انجام دهد.", []string{"شهرداری شاهرود"}},
	})
}

// TestR10AFrequencyAdverb checks that an adverb of frequency after a
// body's name («ماهانه»، «سالانه») ends the name.
func TestR10AFrequencyAdverb(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کمیته امداد امام خمینی (ره) ماهانه به ۲۰۰ خانوار کمک می‌کند.", []string{"کمیته امداد امام خمینی (ره)"}},
		{"شرکت گاز استان سمنان سالانه ۱۰ روستا را گازرسانی می‌کند.", []string{"شرکت گاز استان سمنان"}},
	})
}

// TestR10ASimplePastEndsName checks that a simple past verb right after a
// body's name («... نیروی انتظامی ایستاد») ends the name.
func TestR10ASimplePastEndsName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مردم در کنار نیروی انتظامی ایستادند.", []string{"نیروی انتظامی"}},
		{"این طرح را اداره کل راهداری استان سمنان به اجرا گذاشت.", []string{"اداره کل راهداری استان سمنان"}},
	})
}
