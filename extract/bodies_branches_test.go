package extract

import "testing"

// TestBankBranchesAreOneBody checks that a bank's branches in a province
// («شعب بانک X استان Y»، «امور شعب بانک X ...») are one body, the office
// that runs them, and not the bank with a place; a plural of banks still
// lists one body per bank.
func TestBankBranchesAreOneBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر مدیر شعب بانک کشاورزی استان سمنان شد.", []string{"مدیریت شعب بانک کشاورزی استان سمنان"}},
		{"کامران نیک‌فر مدیر امور شعب بانک صادرات استان سمنان شد.", []string{"اداره امور شعب بانک صادرات استان سمنان|امور شعب بانک صادرات استان سمنان"}},
		{"مدیران شعب بانک‌های ملت و تجارت استان سمنان حضور داشتند.", []string{"بانک ملت استان سمنان", "بانک تجارت استان سمنان"}},
	})
}

// TestGluedNumberJoinsSpacedName checks that a head with its number glued
// on (تیپ۴۸) names the same body as the head and number written apart.
func TestGluedNumberJoinsSpacedName(t *testing.T) {
	got := orgNames(t, "فرمانده تیپ ۵۷ نصر نیروی زمینی سپاه گفت: تیپ۵۷ نصر آماده است.")
	for _, g := range got {
		if g == "تیپ۵۷ نصر" || g == "تیپ ۵۷ نصر" {
			t.Errorf("bodies %q: the glued form is a body of its own", got)
		}
	}
	if u := unglueNumber("لشکر۳ صاحب‌الزمان"); u != "لشکر ۳ صاحب‌الزمان" {
		t.Errorf("unglueNumber = %q", u)
	}
	if u := unglueNumber("شهرداری منطقه ۳"); u != "شهرداری منطقه ۳" {
		t.Errorf("unglueNumber = %q, want it unchanged", u)
	}
}

// TestNumberedUnitIsNoFullerForm checks that a body of a numbered unit
// (شهرداری منطقه ۳ X) is not taken for the fuller name of the body it
// belongs to (شهرداری X), while the unit's own short forms still join it.
func TestNumberedUnitIsNoFullerForm(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"معاون شهرداری سمنان، کامران نیک‌فر را به عنوان شهردار منطقه ۳ سمنان معرفی کرد.", []string{"شهرداری سمنان", "شهرداری منطقه ۳ سمنان"}},
		{"کامران نیک‌فر شهردار منطقه ۳ سمنان شد. شهرداری منطقه ۳ اعلام کرد.", []string{"شهرداری منطقه ۳ سمنان|شهرداری منطقه ۳"}},
	})
}

// TestPluralHeadOverPlaces checks that a plural head before a list of
// places names the body of each place (شهرداری‌های X و Y), and that a
// plural head before a bare «استان» still names none.
func TestPluralHeadOverPlaces(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"دانشگاه‌های سمنان و شاهرود همکاری کردند.", []string{"دانشگاه سمنان", "دانشگاه شاهرود"}},
		{"شهرداری‌های سمنان، دامغان و شاهرود طرح را اجرا کردند.", []string{"شهرداری سمنان", "شهرداری دامغان", "شهرداری شاهرود"}},
		{"رؤسای دانشگاه‌های استان حضور داشتند.", nil},
	})
}

// TestUnitNumberAndGluedCopula checks that a unit's number before a head
// (شعبه ۱۲ دادگاه X) counts no bodies (the numbered branch is one), and that a copula written on a word
// (آماده‌اند) ends a name.
func TestUnitNumberAndGluedCopula(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شعبه ۱۲ دادگاه تجدیدنظر استان سمنان رأی داد.", []string{"شعبه ۱۲ دادگاه تجدیدنظر استان سمنان"}},
		{"سه دادگاه تجدیدنظر استان سمنان رأی دادند.", nil},
		{"لشکر ۱۶ قدس و تیپ ۲۲ بشارت آماده‌اند.", []string{"لشکر ۱۶ قدس", "تیپ ۲۲ بشارت"}},
		{"شرکت آب منطقه‌ای سمنان گزارش داد.", []string{"شرکت آب منطقه‌ای سمنان"}},
	})
}

// TestArmyUnitByNumber checks that a numbered army unit named with its
// base's place is the unit named in full elsewhere, and that two units of
// another number stay apart. The service branch named only as what the
// units belong to (نیروی زمینی ارتش) is no body of its own.
func TestArmyUnitByNumber(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرمانده جدید لشکر ۷۷ پیاده سمنان منصوب شد. فرمانده لشکر ۷۷ پیاده نیروی زمینی ارتش گفت: آماده‌ایم.",
			[]string{"لشکر ۷۷ پیاده نیروی زمینی ارتش|لشکر ۷۷ پیاده سمنان"}},
		{"فرمانده لشکر ۷۷ پیاده سمنان و فرمانده لشکر ۷۸ پیاده نیروی زمینی ارتش گفتند: آماده‌ایم.",
			[]string{"لشکر ۷۷ پیاده سمنان", "لشکر ۷۸ پیاده نیروی زمینی ارتش"}},
	})
}
