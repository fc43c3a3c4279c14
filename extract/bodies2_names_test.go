package extract

import "testing"

// TestPrepositionsOfFixedNames checks that the prepositions of the nouns
// of action in fixed body names («امر به»، «نهی از»، «جلوگیری از»،
// «نظارت بر») do not end the name, while «به» after a plain body's name
// still does.
func TestPrepositionsOfFixedNames(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"ستاد امر به معروف و نهی از منکر استان سمنان جلسه داشت.", []string{"ستاد امر به معروف و نهی از منکر استان سمنان"}},
		{"کمیته جلوگیری از حوادث شهرستان شاهرود تشکیل شد.", []string{"کمیته جلوگیری از حوادث شهرستان شاهرود"}},
		{"گزارش به شورای نظارت بر اموال عمومی استان سمنان رسید.", []string{"شورای نظارت بر اموال عمومی استان سمنان"}},
		{"شرکت فولاد نوبران به توسعه صادرات کمک کرد.", []string{"شرکت فولاد نوبران"}},
	})
}

// TestPastStemBeforeNumberIsNoun checks that a light verb's past stem
// followed by a number («ساخت ۵۰۰ واحد») is the noun of the clause, so
// the body's word before it stays in the name; before a full stop the
// same stem is a verb and ends the name.
func TestPastStemBeforeNumberIsNoun(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بنیاد برکت ستاد اجرایی فرمان امام ساخت ۵۰۰ واحد را تأمین می‌کند.", []string{"بنیاد برکت ستاد اجرایی فرمان امام", "ستاد اجرایی فرمان امام"}},
		{"انجمن خیریه نور ساخت ۲۰ مدرسه را به پایان برد.", []string{"انجمن خیریه نور"}},
	})
}

// TestNationalAcronymClosesName checks that the acronym of a national
// force whose long form ends with the country's name (فراجا، آجا) closes
// a body's name as «جمهوری اسلامی ایران» would, unless the province or
// city of the branch follows, and takes no plain words after it as a head
// of its own.
func TestNationalAcronymClosesName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مرزبانی فراجا امنیت نوار مرزی را تأمین می‌کند.", []string{"مرزبانی فراجا"}},
		{"پلیس راهور فراجا طرح تازه‌ای اجرا کرد.", []string{"پلیس راهور فراجا"}},
		{"پلیس راهور فراجا استان سمنان طرح تازه‌ای اجرا کرد.", []string{"پلیس راهور فراجا استان سمنان|فراجا استان سمنان"}},
	})
}

// TestProvinceCapitalIsNoBody checks that «مرکز استان X» names the
// province's capital, not a body, also inside a prosecutor's office's
// name, while «مرکز» with a name of its own is a body.
func TestProvinceCapitalIsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"جلسه در مرکز استان سمنان برگزار شد.", nil},
		{"مرکز بهداشت استان سمنان اعلام کرد.", []string{"مرکز بهداشت استان سمنان"}},
	})
	got := orgNames(t, "دادسرای عمومی و انقلاب مرکز استان سمنان اعلام کرد.")
	if len(got) != 1 {
		t.Errorf("bodies %q, want the prosecutor's office alone", got)
	}
}

// TestServiceBranchInUnitName checks that a force's service branch named
// only as what a unit belongs to («نیروی زمینی سپاه» in «قرارگاه قدس
// نیروی زمینی سپاه») is not a body of its own, and that it is one when
// the article also names it alone.
func TestServiceBranchInUnitName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"تیپ ۲۲ صاعقه نیروی زمینی سپاه در رزمایش شرکت کرد.", []string{"تیپ ۲۲ صاعقه نیروی زمینی سپاه"}},
		{"تیپ ۲۲ صاعقه نیروی زمینی سپاه در رزمایش شرکت کرد. نیروی زمینی سپاه بیانیه داد.", []string{"تیپ ۲۲ صاعقه نیروی زمینی سپاه", "نیروی زمینی سپاه"}},
	})
}

// TestCommaListEndsBeforeHead checks that a ministry's name with a comma
// list ends with the list's last item when another body's head noun
// follows, both for a ministry named alone and for the one a minister's
// post names, while a list that runs to a place keeps it and another
// body's list runs on to the body it belongs to.
func TestCommaListEndsBeforeHead(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"وزارت بهداشت، درمان و آموزش پزشکی بیمارستان امید شاهرود را افتتاح کرد.", []string{"وزارت بهداشت، درمان و آموزش پزشکی", "بیمارستان امید شاهرود"}},
		{"معاون وزیر تعاون، کار و رفاه اجتماعی دانشکده فنی شاهرود را افتتاح کرد.", []string{"دانشکده فنی شاهرود", "وزارت تعاون، کار و رفاه اجتماعی"}},
		{"اداره کل تعاون، کار و رفاه اجتماعی استان سمنان اعلام کرد.", []string{"اداره کل تعاون، کار و رفاه اجتماعی استان سمنان"}},
		{"سازمان سیما، منظر و فضای سبز شهری شهرداری شاهرود اعلام کرد.", []string{"سازمان سیما، منظر و فضای سبز شهری شهرداری شاهرود", "شهرداری شاهرود"}},
	})
}

// TestOfficeShortNameJoinsFullForm checks that an office's short name
// with an office head and no place («اداره امور شعب») is a form of the
// one body whose name starts with its other words, or of several, of the
// one in the article's own province; a name no body starts with stays.
func TestOfficeShortNameJoinsFullForm(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر مدیر امور شعب بانک ملت استان سمنان شد. آیین در سالن اداره امور شعب برگزار شد.",
			[]string{"اداره امور شعب بانک ملت استان سمنان|اداره امور شعب|امور شعب بانک ملت استان سمنان"}},
		{"سمنان - ایرنا - کامران نیک‌فر مدیر امور شعب بانک ملت استان سمنان شد و رضا نیکو به امور شعب بانک ملت استان گلستان رفت. آیین در سالن اداره امور شعب برگزار شد.",
			[]string{"ایرنا", "اداره امور شعب بانک ملت استان سمنان|اداره امور شعب|امور شعب بانک ملت استان سمنان", "اداره امور شعب بانک ملت استان گلستان|امور شعب بانک ملت استان گلستان"}},
		{"آیین در سالن اداره امور مالی برگزار شد.", []string{"اداره امور مالی"}},
	})
}

// TestRailwayBodyAndLine checks that «راه‌آهن» heads a railway's body
// (راه‌آهن ناحیه X، راه‌آهن جمهوری اسلامی ایران), that alone it names none,
// and that a line from one place to another, or one being built, is no
// body.
func TestRailwayBodyAndLine(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرکل راه‌آهن ناحیه شمال شرق گفت: راه‌آهن آماده است.", []string{"راه‌آهن ناحیه شمال شرق"}},
		{"راه آهن جمهوری اسلامی ایران قطار تازه‌ای خرید.", []string{"راه آهن جمهوری اسلامی ایران"}},
		{"پروژه راه‌آهن شاهرود - گرگان پیشرفت داشت.", nil},
		{"تکمیل راه‌آهن شاهرود اولویت دارد.", nil},
	})
}

// TestBoardHoldingSessionIsBody checks that a body's board named as the
// holder of a session or decision is a body of its own, written as one
// word or two, while a post of the board names only the body it is of.
func TestBoardHoldingSessionIsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"جلسه هیئت‌مدیره شرکت فولاد شاهرود برگزار شد.", []string{"شرکت فولاد شاهرود", "هیئت‌مدیره شرکت فولاد شاهرود"}},
		{"مصوبه هیئت امنای دانشگاه سمنان ابلاغ شد.", []string{"دانشگاه سمنان", "هیئت امنای دانشگاه سمنان"}},
		{"کامران نیک‌فر رئیس هیئت‌مدیره شرکت فولاد شاهرود شد.", []string{"شرکت فولاد شاهرود"}},
	})
}

// TestNamesakeInBodyName checks that a historical figure naming a unit or
// a university after its head («تیپ ۱۱۰ سلمان فارسی») stays in the name
// and is no person, while a holder's name after a body's name still ends
// it.
func TestNamesakeInBodyName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"فرمانده تیپ ۱۱۰ مستقل سلمان فارسی صبح امروز آماده‌باش داد.", []string{"تیپ ۱۱۰ مستقل سلمان فارسی"}},
		{"رئیس دانشگاه خواجه نصیرالدین طوسی دیروز گفت: آماده‌ایم.", []string{"دانشگاه خواجه نصیرالدین طوسی"}},
		{"رئیس دانشگاه صنعتی شاهرود کامران نیک‌فر گفت: آماده‌ایم.", []string{"دانشگاه صنعتی شاهرود"}},
	})
	doc, err := File("t.txt", []byte("فرمانده تیپ ۱۱۰ مستقل سلمان فارسی صبح امروز آماده‌باش داد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Persons) != 0 {
		t.Errorf("persons %v, want none", doc.Persons)
	}
}

// TestBankBranchIsBody checks that a bank's branch office («شعبه مرکزی
// بانک X»، «شعبه ۲۴ بانک X») is a body, with «مرکزی» its adjective, not
// the province, and so is a court's numbered branch; the bank or court
// named only as what the branch is of is no body apart (r6a).
func TestBankBranchIsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس شعبه مرکزی بانک ملت شاهرود گفت: وام پرداخت شد.", []string{"شعبه مرکزی بانک ملت شاهرود"}},
		{"کامران نیک‌فر رئیس شعبه ۲۴ بانک سپه شاهرود شد.", []string{"شعبه ۲۴ بانک سپه شاهرود"}},
		{"شعبه ۱۲ دادگاه تجدیدنظر استان سمنان رأی داد.", []string{"شعبه ۱۲ دادگاه تجدیدنظر استان سمنان"}},
	})
}

// TestCapitalFormJoinsCapitalsBody checks that a body named as the
// province capital's («دادسرای عمومی و انقلاب مرکز استان گلستان») is the
// same body as the one named with the capital's name, and stays apart
// from another county's.
func TestCapitalFormJoinsCapitalsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"دادسرای عمومی و انقلاب گنبد کاووس و دادسرای عمومی و انقلاب گرگان گزارش دادند. دادسرای عمومی و انقلاب مرکز استان گلستان آماده است.",
			[]string{"دادسرای عمومی و انقلاب گنبد کاووس", "دادسرای عمومی و انقلاب گرگان|دادسرای عمومی و انقلاب مرکز استان گلستان"}},
	})
}

// TestOfficeShortNameOfHomeBranch checks that an office's short name
// joins, of several provinces' branches, the one of the article's own
// province, when that branch is also named in a short form.
func TestOfficeShortNameOfHomeBranch(t *testing.T) {
	got := orgNames(t, "سمنان - ایرنا - کامران نیک‌فر مدیر امور شعب بانک ملت استان سمنان شد. امور شعب بانک ملت سمنان آماده است و رضا نیکو به امور شعب بانک ملت استان گلستان رفت. آیین در سالن اداره امور شعب برگزار شد.")
	for _, o := range got {
		if o == "اداره امور شعب" {
			t.Errorf("bodies %q: the short name stands alone", got)
		}
	}
}

// TestBodyNameInHeadIsShortForm checks that a national body's own name
// used alone («هلال‌احمر») is a short form of a body whose head holds it
// («جمعیت هلال‌احمر ...»), not a body of its own, when several
// provinces' branches are named.
func TestBodyNameInHeadIsShortForm(t *testing.T) {
	got := orgNames(t, "با حکم دبیرکل جمعیت هلال‌احمر، کامران نیک‌فر مدیرعامل جمعیت هلال‌احمر استان سمنان شد و رضا نیکو به جمعیت هلال‌احمر استان گلستان رفت. استانداری سمنان با هلال‌احمر همکاری می‌کند.")
	for _, o := range got {
		if o == "هلال‌احمر" {
			t.Errorf("bodies %q: «هلال‌احمر» stands alone", got)
		}
	}
}

// TestCriminalCourtClass checks that the class of a criminal court
// written as a word («دادگاه کیفری یک»، «دادگاه کیفری دو») stays in its
// name, where a number word would end it.
func TestCriminalCourtClass(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"دادگاه کیفری یک استان سمنان رأی داد.", []string{"دادگاه کیفری یک استان سمنان"}},
		{"دادگاه کیفری دو شهرستان شاهرود رأی داد.", []string{"دادگاه کیفری دو شهرستان شاهرود"}},
	})
}

// TestPrintedOutletNames checks that a printed outlet's name goes on past
// its town by one word («روزنامه کرمان امروز»، «روزنامه اصفهان زیبا»),
// that a weekly or monthly is an outlet's head too, and that the report's
// verb after the name («روزنامه خراسان نوشت»، «روزنامه یزد گزارش داد»)
// stays out.
func TestPrintedOutletNames(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"روزنامه کرمان امروز نوشت که کار خوب است.", []string{"روزنامه کرمان امروز"}},
		{"روزنامه اصفهان زیبا پیش از این خبر داده بود.", []string{"روزنامه اصفهان زیبا"}},
		{"روزنامه یزد گزارش داد.", []string{"روزنامه یزد"}},
		{"روزنامه خراسان نوشت: کار خوب است.", []string{"روزنامه خراسان"}},
		{"روزنامه دنیای اقتصاد و هفته‌نامه شاهرود نوشتند.", []string{"روزنامه دنیای اقتصاد", "هفته‌نامه شاهرود"}},
	})
}

// TestUnitNumberAsWord checks that a unit's number written as a word
// after its noun («منطقه دو»، «ناحیه سه») stays in the body's name.
func TestUnitNumberAsWord(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شهرداری منطقه دو شاهرود گزارش داد.", []string{"شهرداری منطقه دو شاهرود"}},
		{"آموزش و پرورش ناحیه سه شاهرود گزارش داد.", []string{"آموزش و پرورش ناحیه سه شاهرود"}},
	})
}

// TestInsurersAreBodies checks that the insurers, named by «بیمه» and a
// proper name, are bodies that take only a place after them, while
// «بیمه» before a common noun (insurance of workers) names none.
func TestInsurersAreBodies(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیر بیمه آسیا استان سمنان گفت: خسارت پرداخت شد.", []string{"بیمه آسیا استان سمنان"}},
		{"بیمه مرکزی جمهوری اسلامی ایران نرخ را اعلام کرد.", []string{"بیمه مرکزی جمهوری اسلامی ایران"}},
		{"بیمه کارگران فصلی باید پرداخت شود.", nil},
	})
}

// TestGuildHousesAreBodies checks that the guild and press houses («خانه
// مطبوعات»، «خانه کارگر») are bodies with their place, while «خانه»
// before another word is a house.
func TestGuildHousesAreBodies(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"خانه مطبوعات استان سمنان بیانیه داد.", []string{"خانه مطبوعات استان سمنان"}},
		{"خانه کارگر شاهرود بیانیه داد.", []string{"خانه کارگر شاهرود"}},
		{"خانه کشاورزان روستا آباد شد.", nil},
	})
}

// TestHeadNameShortForm checks that a body named by its head noun and a
// place («تعزیرات حکومتی استان سمنان») is the directorate general named
// with the same words after «اداره کل», while another province's stays
// apart.
func TestHeadNameShortForm(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرکل تعزیرات حکومتی استان سمنان گفت: اداره کل تعزیرات حکومتی استان سمنان آماده است.",
			[]string{"اداره کل تعزیرات حکومتی استان سمنان|تعزیرات حکومتی استان سمنان"}},
		{"تعزیرات حکومتی استان گلستان و اداره کل تعزیرات حکومتی استان سمنان گزارش دادند.",
			[]string{"تعزیرات حکومتی استان گلستان", "اداره کل تعزیرات حکومتی استان سمنان|تعزیرات حکومتی استان سمنان"}},
	})
}
