package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR23CPerfectLightVerb checks that a body's name ends before the noun
// of a compound verb in the perfect's plural («... را به آموزش و پرورش
// تحویل داده‌اند»).
func TestR23CPerfectLightVerb(t *testing.T) {
	text := "به گفته رسول بهارلونیا، خیران نطنز امسال هفت مدرسه را به آموزش و پرورش تحویل داده‌اند."
	got := orgNames(t, text)
	if r22cHasBody(got, "آموزش و پرورش تحویل") {
		t.Errorf("bodies %q, want none ending in «تحویل»", got)
	}
}

// TestR23CShareEndsBody checks that «سهم», the object of a clause whose
// subject is a body, ends the body's name («شرکت X سهم بیشتری از ...
// را ...»).
func TestR23CShareEndsBody(t *testing.T) {
	text := "رسول بهارلونیا گفت: انتظار داریم شرکت پخش فراورده‌های نفتی سهم بیشتری از این درآمد را به روستاها اختصاص دهد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "شرکت پخش فراورده‌های نفتی") {
		t.Errorf("bodies %q, want «شرکت پخش فراورده‌های نفتی»", got)
	}
}

// TestR23CPortLevel checks that a port's office («گمرک بندر الف») stays a
// body of its own beside the province's of the same town («گمرک استان
// الف»), which instead joins its long form («اداره کل گمرک استان الف»).
func TestR23CPortLevel(t *testing.T) {
	text := "رسول بهارلونیا، مدیرکل گمرک استان هرمزگان گفت: اداره کل گمرک استان هرمزگان امسال رکورد تازه‌ای ثبت کرد. " +
		"ماهان ترکمان‌پور، رئیس گمرک بندر هرمزگان نیز در این نشست سخن گفت."
	got := orgNames(t, text)
	if !r22cHasBody(got, "گمرک بندر هرمزگان") || !r22cHasBody(got, "اداره کل گمرک استان هرمزگان") || r22cHasBody(got, "گمرک استان هرمزگان") {
		t.Errorf("bodies %q, want «اداره کل گمرک استان هرمزگان» and «گمرک بندر هرمزگان»", got)
	}
}

// TestR23COwnObjectEndsBody checks that the object of the clause after a
// post's body («... وزیر کشور کار خود را آغاز کرد») is no word of the
// body's name.
func TestR23COwnObjectEndsBody(t *testing.T) {
	text := "رسول بهارلونیا با حکم وزیر کشور کار خود را در فرمانداری نطنز آغاز کرد."
	got := orgNames(t, text)
	if r22cHasBody(got, "وزارت کشور کار") {
		t.Errorf("bodies %q, want none ending in «کار»", got)
	}
}

// TestR23CCrumbStepNoBody checks that a section in a page's breadcrumb
// («خانه / اخبار / معاونت بهداشت») is no body of the report.
func TestR23CCrumbStepNoBody(t *testing.T) {
	text := "پایگاه خبری دانشگاه علوم پزشکی سمنان\nخانه / اخبار / معاونت بهداشت\n\n" +
		"رسول بهارلونیا، رئیس دانشگاه علوم پزشکی سمنان از افتتاح دو خانه بهداشت در نطنز خبر داد."
	got := orgNames(t, text)
	if r22cHasBody(got, "معاونت بهداشت") || !r22cHasBody(got, "دانشگاه علوم پزشکی سمنان") {
		t.Errorf("bodies %q, want «دانشگاه علوم پزشکی سمنان» and no «معاونت بهداشت»", got)
	}
}

// TestR23CPlaceWordBeforeDeterminer checks that a body's name ending with
// «استان» keeps its words when a determiner and the clause's object follow
// («... تجهیز مدارس استان این کلاس‌ها را ...»).
func TestR23CPlaceWordBeforeDeterminer(t *testing.T) {
	text := "رسول بهارلونیا گفت: این اداره با همکاری اداره کل نوسازی، توسعه و تجهیز مدارس استان این کلاس‌ها را بازسازی می‌کند."
	got := orgNames(t, text)
	if r22cHasBody(got, "اداره کل نوسازی، توسعه و") {
		t.Errorf("bodies %q, want the name whole to «استان»", got)
	}
}

// TestR23CDistrictOfBody checks that a district named alone («مدارس ناحیه
// دو کاشان») joins the body whose name ends with it («اداره آموزش و پرورش
// ناحیه دو کاشان») rather than standing as a body of its own.
func TestR23CDistrictOfBody(t *testing.T) {
	text := "بازدید از مدارس ناحیه دو کاشان\n\n" +
		"رسول بهارلونیا، رئیس اداره آموزش و پرورش ناحیه دو کاشان، روز گذشته از سه مدرسه بازدید کرد."
	got := orgNames(t, text)
	if r22cHasBody(got, "ناحیه دو کاشان") || !r22cHasBody(got, "اداره آموزش و پرورش ناحیه دو کاشان") {
		t.Errorf("bodies %q, want «اداره آموزش و پرورش ناحیه دو کاشان» alone", got)
	}
}

// TestR23CBareHeadOfPlace checks that a head and a place's kind alone
// («کارگروه شهرستان») is no body of its own when it joins none named in
// full, and stays a form of one that it joins.
func TestR23CBareHeadOfPlace(t *testing.T) {
	text := "رسول بهارلونیا گفت: این طرح هفته آینده در کارگروه شهرستان بررسی می‌شود."
	got := orgNames(t, text)
	if r22cHasBody(got, "کارگروه شهرستان") {
		t.Errorf("bodies %q, want no «کارگروه شهرستان»", got)
	}
	text = "رسول بهارلونیا، رئیس سپاه ناحیه نطنز گفت: سپاه استان از این طرح حمایت می‌کند و سپاه استان اصفهان نیز همراه است."
	got = orgNames(t, text)
	if !r22cHasBody(got, "سپاه استان اصفهان") {
		t.Errorf("bodies %q, want «سپاه استان اصفهان»", got)
	}
}

// TestR23CPassiveNounEndsBody checks that a verbal noun before a passive
// («... متخلف در ناحیه شناسایی شده است») is no word of a body's name.
func TestR23CPassiveNounEndsBody(t *testing.T) {
	text := "به گفته رسول بهارلونیا، سی واحد صنفی متخلف در ناحیه شناسایی شده است و پرونده آنها به اتاق اصناف کاشان رفته است."
	got := orgNames(t, text)
	if r22cHasBody(got, "ناحیه شناسایی") {
		t.Errorf("bodies %q, want no «ناحیه شناسایی»", got)
	}
}

// TestR23CPredicateAdjectiveEndsBody checks that a predicate's adjective
// after a body («... برای شرکت پالایش نفت حیاتی است») and the verb of
// waiting («... در اداره ثبت اسناد منتظر بمانند») end its name.
func TestR23CPredicateAdjectiveEndsBody(t *testing.T) {
	text := "رسول بهارلونیا گفت: تأمین این خوراک برای پالایشگاه نفت آبادان حیاتی است و متقاضیان نباید در دفتر اسناد رسمی منتظر بمانند."
	got := orgNames(t, text)
	for _, g := range got {
		if strings.Contains(g, "حیاتی") || strings.Contains(g, "منتظر") {
			t.Errorf("bodies %q, want none with «حیاتی» or «منتظر»", got)
		}
	}
}

// TestR23CPairInCommaList checks that a fixed pair with its own «و» («حمل
// و نقل») is one word of an item of a body's comma list, the list going
// on to its last item after it.
func TestR23CPairInCommaList(t *testing.T) {
	text := "رسول بهارلونیا، رئیس کمیسیون عمران، حمل و نقل و شهرسازی شورای اسلامی شهر کاشان گفت: این طرح آغاز شد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "کمیسیون عمران، حمل و نقل و شهرسازی شورای اسلامی شهر کاشان") {
		t.Errorf("bodies %q, want the commission's whole name", got)
	}
	text = "ماهان ترکمان‌پور، مدیر گروه مهندسی نفت دانشکده مهندسی شیمی، نفت و گاز، در این نشست سخن گفت."
	got = orgNames(t, text)
	if !r22cHasBody(got, "گروه مهندسی نفت دانشکده مهندسی شیمی، نفت و گاز") {
		t.Errorf("bodies %q, want the group's whole name", got)
	}
}

// TestR23CGenericCloseAfterAnd checks that a body's name whose words
// after «و» close with the word of its place's kind («کارگروه تسهیل و رفع
// موانع تولید استان») keeps them.
func TestR23CGenericCloseAfterAnd(t *testing.T) {
	text := "رسول بهارلونیا گفت: طرح این شرکت‌ها در کارگروه توسعه و رونق صنایع کوچک استان تصویب شد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "کارگروه توسعه و رونق صنایع کوچک استان") {
		t.Errorf("bodies %q, want the working group's whole name", got)
	}
}

// TestR23CMastheadOutlet checks that a printed outlet on the masthead
// («روزنامه صبح الف | استان ب») is a body when the report names it again
// («خبرنگار صبح الف»), and that a paper's description with a place
// («روزنامه صبح استان ب») is none.
func TestR23CMastheadOutlet(t *testing.T) {
	text := "روزنامه صبح کویر | سمنان\n\nسمنان - رسول بهارلونیا، مدیرکل ورزش و جوانان استان سمنان در گفت‌وگو با خبرنگار صبح کویر از افتتاح دو سالن خبر داد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "روزنامه صبح کویر") {
		t.Errorf("bodies %q, want «روزنامه صبح کویر»", got)
	}
	text = "ندای کویر\nروزنامه صبح استان سمنان | شماره ۴۱۰\n\nسمنان - رسول بهارلونیا، مدیرکل ورزش و جوانان استان سمنان از افتتاح دو سالن خبر داد."
	got = orgNames(t, text)
	if r22cHasBody(got, "روزنامه صبح استان سمنان") {
		t.Errorf("bodies %q, want no «روزنامه صبح استان سمنان»", got)
	}
}

// TestR23CCommandOfPlaceOnly checks that a port's commander («فرمانده بندر
// الف») infers no «فرماندهی بندر الف», while a force's commander still
// names the force's command.
func TestR23CCommandOfPlaceOnly(t *testing.T) {
	text := "رسول بهارلونیا که پیش از این فرمانده بندر چابهار بود، به عنوان معاون دریایی اداره کل بنادر و دریانوردی چابهار معرفی شد."
	got := orgNames(t, text)
	if r22cHasBody(got, "فرماندهی بندر چابهار") {
		t.Errorf("bodies %q, want no «فرماندهی بندر چابهار»", got)
	}
	text = "ماهان ترکمان‌پور، فرمانده انتظامی شهرستان چابهار گفت: گشت‌های شبانه دو برابر شده است."
	got = orgNames(t, text)
	if !r22cHasBody(got, "فرماندهی انتظامی شهرستان چابهار") {
		t.Errorf("bodies %q, want «فرماندهی انتظامی شهرستان چابهار»", got)
	}
}

// TestR23CBareZoneOf checks that a body named with its bare zone word
// («ستاد بازآفرینی منطقه») is a short form of the numbered body of the
// report («ستاد بازآفرینی منطقه ۷»), not a body of its own.
func TestR23CBareZoneOf(t *testing.T) {
	text := "رسول بهارلونیا، مدیر ستاد بازآفرینی منطقه ۷ گفت: ستاد بازآفرینی منطقه امسال ۳۰ خانه فرسوده را نوسازی کرد."
	got := orgNames(t, text)
	if !slices.Contains(got, "ستاد بازآفرینی منطقه ۷|ستاد بازآفرینی منطقه") {
		t.Errorf("bodies %q, want «ستاد بازآفرینی منطقه» as a form of «ستاد بازآفرینی منطقه ۷»", got)
	}
}
