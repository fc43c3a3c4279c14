package extract

import (
	"slices"
	"strings"
	"testing"
)

// hasBody reports a body named name (its first form) among got.
func r13aHas(got []string, name string) bool {
	for _, g := range got {
		if strings.Split(g, "|")[0] == name {
			return true
		}
	}
	return false
}

// An agency's acronym in the dateline and its full name on the masthead
// are one agency, named in full.
func TestR13AAgencyAcronymAndFullName(t *testing.T) {
	got := orgNames(t, "خبرگزاری جمهوری اسلامی | استان‌ها | یزد\n\nیزد- ایرنا- جلسه شورای اداری شهرستان میبد امروز برگزار شد.")
	if !r13aHas(got, "خبرگزاری جمهوری اسلامی") || r13aHas(got, "ایرنا") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "یزد- ایرنا- جلسه شورای اداری شهرستان میبد امروز برگزار شد.")
	if !r13aHas(got, "ایرنا") {
		t.Errorf("acronym alone: got %q", got)
	}
}

// A site's short name after «به گزارش» is the site its masthead names in
// full; a body's own site keeps the body apart.
func TestR13ASiteShortName(t *testing.T) {
	got := orgNames(t, "پایگاه خبری تحلیلی نسیم‌کویر\n\nبه گزارش نسیم‌کویر، جلسه شورای اداری شهرستان میبد امروز برگزار شد.")
	if !r13aHas(got, "پایگاه خبری تحلیلی نسیم‌کویر") || r13aHas(got, "نسیم‌کویر") {
		t.Errorf("got %q", got)
	}
}

// A day of the calendar names a hospital; a date after a committee is
// the committee's meeting day.
func TestR13ADateNamedBodies(t *testing.T) {
	got := orgNames(t, "دکتر کاوه نیک‌روان، رئیس بیمارستان ۱۵ خرداد ساوه، گفت: بخش جدید تا ۲۰ دی تکمیل می‌شود.")
	if !r13aHas(got, "بیمارستان ۱۵ خرداد ساوه") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "جلسه بعدی کمیته ۱۷ آذر در محل شهرک برگزار می‌شود.")
	for _, g := range got {
		if strings.Contains(g, "آذر") {
			t.Errorf("a date taken into a name: %q", got)
		}
	}
}

// A school opened is a project; a school as the venue is a body.
func TestR13ASchools(t *testing.T) {
	got := orgNames(t, "دیروز نیز دبستان شهید کامرانی روستای بیدک به بهره‌برداری رسید.")
	if r13aHas(got, "دبستان شهید کامرانی روستای بیدک") {
		t.Errorf("opened school listed: %q", got)
	}
	got = orgNames(t, "آیین گرامیداشت در سالن اجتماعات دبیرستان فرهیختگان ساوه برگزار شد.")
	if !r13aHas(got, "دبیرستان فرهیختگان ساوه") {
		t.Errorf("venue school missed: %q", got)
	}
	got = orgNames(t, "خانم سارا نیک‌پی، مدیر دبیرستان فرهیختگان ساوه نیز حضور داشت.")
	if !r13aHas(got, "دبیرستان فرهیختگان ساوه") || r13aHas(got, "مدیریت دبیرستان فرهیختگان ساوه") {
		t.Errorf("school's head: %q", got)
	}
}

// A museum is a body.
func TestR13AMuseum(t *testing.T) {
	got := orgNames(t, "نمایشگاه سفال دیروز در موزه مردم‌شناسی نهاوند گشایش یافت.")
	if !r13aHas(got, "موزه مردم‌شناسی نهاوند") {
		t.Errorf("got %q", got)
	}
}

// «منطقه ۲ شهرداری X» is named as written when the report never writes
// the municipality first.
func TestR13ADistrictAsWritten(t *testing.T) {
	got := orgNames(t, "زمین دو مدرسه جدید در منطقه ۴ شهرداری ساوه تأمین می‌شود.")
	if !r13aHas(got, "منطقه ۴ شهرداری ساوه") || r13aHas(got, "شهرداری منطقه ۴ ساوه") {
		t.Errorf("got %q", got)
	}
}

// «کشت و صنعت» is one term of a company's name; «پیگیر» is the
// predicate after a body.
func TestR13ANameTerms(t *testing.T) {
	got := orgNames(t, "کامران نیک‌پی، مدیرعامل شرکت کشت و صنعت دشت نیلو، گفت: کار ادامه دارد.")
	if !r13aHas(got, "شرکت کشت و صنعت دشت نیلو") {
		t.Errorf("got %q", got)
	}
	got = orgNames(t, "وی گفت: دفتر امور روستایی استانداری پیگیر جذب این اعتبار است.")
	if !slices.ContainsFunc(got, func(g string) bool {
		return strings.HasPrefix(g, "دفتر امور روستایی استانداری") && !strings.Contains(g, "پیگیر")
	}) {
		t.Errorf("got %q", got)
	}
}

// A fire station opened and a board's election assembly are no bodies.
func TestR13ANoBodies(t *testing.T) {
	got := orgNames(t, "ایستگاه آتش‌نشانی شماره ۳ نطنز امروز افتتاح شد.")
	if len(got) != 0 {
		t.Errorf("station: got %q", got)
	}
	got = orgNames(t, "مجمع انتخابات هیئت شنای استان سمنان صبح امروز برگزار شد.")
	if r13aHas(got, "مجمع انتخابات هیئت شنای استان سمنان") || !r13aHas(got, "هیئت شنای استان سمنان") {
		t.Errorf("assembly: got %q", got)
	}
}

// An agency whose listed name is a common word too, before a mark, and
// a needy persons' adjective inside a fund's name before its province.
func TestR13AAgencyBeforeMarkAndPersonsAdjective(t *testing.T) {
	got := orgNames(t, "خبرگزاری میزان - سمنان؛ نشست شورای حفاظت استان سمنان امروز برگزار شد.")
	if !r13aHas(got, "خبرگزاری میزان") {
		t.Errorf("agency: got %q", got)
	}
	got = orgNames(t, "وی گفت: ستاد کمک به زندانیان نیازمند استان سمنان امسال ۴۰ نفر را آزاد کرد.")
	if !r13aHas(got, "ستاد کمک به زندانیان نیازمند استان سمنان") {
		t.Errorf("fund: got %q", got)
	}
}

// The kind of the many bodies a union is of, inside its name, is no body
// of its own; a body after a plural further inside a name is.
func TestR13AUnionOfPluralBodies(t *testing.T) {
	got := orgNames(t, "کامران نیک‌پی، مدیرعامل اتحادیه شرکت‌های تعاونی روستایی شهرستان نطنز، گفت: خرید ادامه دارد.")
	if !r13aHas(got, "اتحادیه شرکت‌های تعاونی روستایی شهرستان نطنز") || r13aHas(got, "تعاونی روستایی شهرستان نطنز") {
		t.Errorf("got %q", got)
	}
}
