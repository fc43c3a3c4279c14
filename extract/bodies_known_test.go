package extract

import "testing"

// TestNationalBodiesByName checks that national bodies named without a
// head noun, or by a head that is their whole name, are bodies, also
// right after a post (مدیرعامل راه‌آهن ...), and news sites known by their
// own name in a title line.
func TestNationalBodiesByName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"با حکم رئیس قوه قضاییه، کامران نیک‌فر دادستان شد.", []string{"قوه قضاییه"}},
		{"کامران نیک‌فر، مدیرعامل راه‌آهن جمهوری اسلامی ایران، از ایستگاه بازدید کرد.", []string{"راه‌آهن جمهوری اسلامی ایران"}},
		{"این شهر در فهرست یونسکو ثبت شد.", []string{"یونسکو"}},
		{"دفاع‌پرس › استان‌ها", []string{"دفاع‌پرس"}},
	})
}

// TestBodyNameEdgeCases checks that a ministry keeps a common word in the
// comma list of its name, that a superlative right after a head ends it
// with no name, and that «هیئت نمایندگان» of a chamber is a body.
func TestBodyNameEdgeCases(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، معاون وزارت تعاون، کار و رفاه اجتماعی در این آیین گفت: کار ادامه دارد.", []string{"وزارت تعاون، کار و رفاه اجتماعی"}},
		{"تکمیل نیروگاه شرکت مهم‌ترین برنامه سال است.", nil},
		{"در جلسه هیئت نمایندگان اتاق بازرگانی سمنان تصمیم گرفته شد.", []string{"هیئت نمایندگان اتاق بازرگانی سمنان", "اتاق بازرگانی سمنان"}},
	})
}

// TestMilitaryStaffAndOffices checks that «ستاد» after a rank is a word
// of the rank, not a body's head, and that the political-ideological
// office of a division is a body.
func TestMilitaryStaffAndOffices(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"امیر سرتیپ دوم ستاد کامران نیک‌فر در این مراسم سخنرانی کرد.", nil},
		{"رئیس عقیدتی سیاسی لشکر ۷۷ پیاده نیز حضور داشت.", []string{"عقیدتی سیاسی لشکر ۷۷ پیاده", "لشکر ۷۷ پیاده"}},
		{"سرهنگ کامران نیک‌فر رئیس ستاد بحران استان سمنان شد.", []string{"ستاد بحران استان سمنان"}},
	})
}

// TestDirectorGeneralHeadsOffice checks that a director general of a body
// named by its short name with a place (مدیرکل بهزیستی استان X) heads the
// «اداره کل» of it, which the short name is a form of.
func TestDirectorGeneralHeadsOffice(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مدیرکل بهزیستی استان سمنان در این آیین گفت: کار آغاز شد.", []string{"اداره کل بهزیستی استان سمنان|بهزیستی استان سمنان"}},
		{"مدیر کل آموزش و پرورش استان سمنان گفت: مدارس آماده‌اند.", []string{"اداره کل آموزش و پرورش استان سمنان|آموزش و پرورش استان سمنان"}},
		{"بهزیستی استان سمنان طرح جدید را آغاز کرد.", []string{"بهزیستی استان سمنان"}},
	})
}

// TestCountryClosesNationalName checks that «جمهوری اسلامی ایران» closes a
// national body's name like a place, after a body's own name and after a
// province's name used as an adjective (بانک مرکزی).
func TestCountryClosesNationalName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بانک مرکزی جمهوری اسلامی ایران گزارش داد.", []string{"بانک مرکزی جمهوری اسلامی ایران"}},
		{"جمعیت هلال احمر جمهوری اسلامی ایران امدادرسانی کرد.", []string{"جمعیت هلال احمر جمهوری اسلامی ایران"}},
		{"شرکت آب منطقه‌ای مرکزی گزارش داد.", []string{"شرکت آب منطقه‌ای مرکزی"}},
	})
}

// TestMoreHeadsAndObjectNouns checks the assemblies of representatives and
// industrial groups as heads, and that a product or resolution after a
// name is the clause's object.
func TestMoreHeadsAndObjectNouns(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مجمع نمایندگان استان سمنان با وزیر دیدار کرد.", []string{"مجمع نمایندگان استان سمنان"}},
		{"گروه صنعتی نوبران قرارداد بست.", []string{"گروه صنعتی نوبران"}},
		{"شرکت دانش‌بنیان نوآوران سبز محصول جدید تولید کرد.", []string{"شرکت دانش‌بنیان نوآوران سبز"}},
		{"شورای عالی فضای مجازی مصوبه جدید داشت.", []string{"شورای عالی فضای مجازی"}},
	})
}

// TestAcronymShortFormWithPlaceWord checks that an acronym's short form with a bare
// «استان» or with a town joins the body its long form names in the file,
// with or without «شهرستان» before the town.
func TestAcronymShortFormWithPlaceWord(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس سازمان صنعت، معدن و تجارت استان سمنان گفت: صمت استان آماده است.", []string{"سازمان صنعت، معدن و تجارت استان سمنان|صمت استان"}},
		{"مدیرعامل شرکت آب و فاضلاب شهرستان شاهرود گفت: آبفای شاهرود آماده است.", []string{"شرکت آب و فاضلاب شهرستان شاهرود|آبفای شاهرود"}},
	})
}
