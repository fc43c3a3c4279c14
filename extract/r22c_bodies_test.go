package extract

import (
	"slices"
	"strings"
	"testing"
)

// r22cHasBody reports a body (its name, then its aliases) named want.
func r22cHasBody(got []string, want string) bool {
	return slices.ContainsFunc(got, func(s string) bool { return s == want || strings.HasPrefix(s, want+"|") })
}

// TestR22CBrandAfterPlace checks that a company's name whose brand holds a
// town («شرکت فولاد نطنز ستیغ») goes on past the town when every mention
// writes the same word after it, and that a clause's words after a
// company's place (different each time) stay out of the name.
func TestR22CBrandAfterPlace(t *testing.T) {
	text := "رسول بهارلونیا به عنوان مدیرعامل شرکت فولاد نطنز ستیغ منصوب شد. " +
		"وی گفت: شرکت فولاد نطنز ستیغ امسال ۲۰ هزار تن ورق تولید می‌کند و فولاد نطنز ستیغ بازار تازه‌ای یافته است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "شرکت فولاد نطنز ستیغ") || r22cHasBody(got, "شرکت فولاد نطنز") {
		t.Errorf("bodies %q, want «شرکت فولاد نطنز ستیغ»", got)
	}
	text = "رسول بهارلونیا به عنوان مدیرعامل شرکت فولاد نطنز منصوب شد. " +
		"وی گفت: شرکت فولاد نطنز امسال ۲۰ هزار تن ورق تولید می‌کند و شرکت فولاد نطنز بازار تازه‌ای یافته است."
	got = orgNames(t, text)
	if !r22cHasBody(got, "شرکت فولاد نطنز") {
		t.Errorf("bodies %q, want «شرکت فولاد نطنز» alone", got)
	}
}

// TestR22CPredecessorOfSecondTelling checks that an appointment told twice
// (a headline's short form and a lead's long name of one company, merged
// into one body) keeps the predecessor the second telling names when the
// first named none.
func TestR22CPredecessorOfSecondTelling(t *testing.T) {
	apps := []Appointment{{Person: "رسول بهارلونیا", Role: "عضو هیئت‌مدیره", Organization: "شرکت فولاد نطنز ستیغ"}}
	ap := appMention{predecessor: &personMention{name: "ماهان ترکمان‌پور"}}
	r22cFillPredecessor(&apps[0], ap, func(s string) string { return s })
	if apps[0].Predecessor != "ماهان ترکمان‌پور" {
		t.Errorf("appointment %+v, want predecessor ماهان ترکمان‌پور", apps[0])
	}
}

// TestR22CBasijOfCorps checks that a Basij branch named by its own name
// goes on through the provincial corps written after it, and that the
// corps stays a body of its own.
func TestR22CBasijOfCorps(t *testing.T) {
	text := "ماهان ترکمان‌پور فرمانده سپاه قمر بنی‌هاشم (ع) استان زنجان گفت: مسئول بسیج جامعه زنان سپاه قمر بنی‌هاشم (ع) استان زنجان رسول بهارلونیا است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "بسیج جامعه زنان سپاه قمر بنی‌هاشم (ع) استان زنجان") || !r22cHasBody(got, "سپاه قمر بنی‌هاشم (ع) استان زنجان") {
		t.Errorf("bodies %q, want the branch whole and the corps apart", got)
	}
}

// TestR22CAdaptationWith checks that «سازگاری با» (adaptation to) does not
// cut a working group's name at «با».
func TestR22CAdaptationWith(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا گفت: جلسه کارگروه سازگاری با کم‌آبی شهرستان ساوه فردا برگزار می‌شود.")
	if !r22cHasBody(got, "کارگروه سازگاری با کم‌آبی شهرستان ساوه") {
		t.Errorf("bodies %q, want «کارگروه سازگاری با کم‌آبی شهرستان ساوه»", got)
	}
}

// TestR22CAcronymOfCountyUnit checks that a company's acronym with a
// county («آبفای X») is the county unit the file names in full («امور آب
// و فاضلاب شهرستان X»).
func TestR22CAcronymOfCountyUnit(t *testing.T) {
	text := "رسول بهارلونیا به عنوان مدیر امور آب و فاضلاب شهرستان ساوه معرفی شد. بهارلونیا گفت: آبفای ساوه برای تابستان آماده است."
	got := orgNames(t, text)
	if r22cHasBody(got, "آبفای ساوه") || !slices.Contains(got, "امور آب و فاضلاب شهرستان ساوه|آبفای ساوه") {
		t.Errorf("bodies %q, want «آبفای ساوه» a form of «امور آب و فاضلاب شهرستان ساوه»", got)
	}
}

// TestR22CDistrictLikeVerb checks that a district whose name starts with
// «می» («میمند») is no verb in the continuous ending a body's name.
func TestR22CDistrictLikeVerb(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا گفت: بخشداری میمند برای بازسازی ۴۰ واحد مسکونی از بنیاد مسکن کمک گرفت.")
	if !r22cHasBody(got, "بخشداری میمند") {
		t.Errorf("bodies %q, want «بخشداری میمند»", got)
	}
}

// TestR22CLocalOfficeBeforeObject checks that a county's office named by a
// town no place list holds («فرمانداری سامان») ends before its clause's
// object when the article writes the town after the office holder's post.
func TestR22CLocalOfficeBeforeObject(t *testing.T) {
	text := "رسول بهارلونیا فرماندار سامان گفت: فرمانداری سامان فهرست طرح‌های نیمه‌تمام را به استانداری فرستاده است."
	got := orgNames(t, text)
	if !r22cHasBody(got, "فرمانداری سامان") {
		t.Errorf("bodies %q, want «فرمانداری سامان»", got)
	}
}
