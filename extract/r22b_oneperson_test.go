package extract

import (
	"strings"
	"testing"
)

// TestR22BPostAfterDatelineColon checks «شهر - نام نشریه: R BODY، الف»:
// the agency's name before the colon, read as a name, does not hold the
// post the report starts with; the name after it does.
func TestR22BPostAfterDatelineColon(t *testing.T) {
	text := "بازدید از مدارس\n\n" +
		"شیراز - آرش دماوند: مدیرکل آموزش و پرورش استان فارس، دکتر بهرام کاظمی‌نیا، روز گذشته از سه مدرسه ابتدایی بازدید کرد.\n"
	affs, _, _ := r20bDoc(t, text)
	if !has(affs, "بهرام کاظمی‌نیا | مدیرکل | اداره کل آموزش و پرورش استان فارس") {
		t.Errorf("affiliations %q, want the director general after the dateline", affs)
	}
}

// TestR22BAppositionBeforeObject checks «R BODY، الف، ب را به عنوان R2
// معرفی کرد»: الف holds the post, ب is the one introduced; «R، الف و ب
// را منصوب کرد» still gives the post to neither.
func TestR22BAppositionBeforeObject(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "معرفی معاون جدید\n\n"+
		"در این جلسه، شهردار مرند، دکتر بهرام کاظمی‌نیا، مهندس سارا نیک‌اندیش را به عنوان معاون شهرداری مرند معرفی کرد.\n")
	if !has(affs, "بهرام کاظمی‌نیا | شهردار | شهرداری مرند") {
		t.Errorf("affiliations %q, want the mayor in apposition", affs)
	}
	if !has(apps, "سارا نیک‌اندیش | معاون | شهرداری مرند") {
		t.Errorf("appointments %q, want the deputy introduced", apps)
	}
	affs, _, _ = r20bDoc(t, "شهردار مرند، بهرام کاظمی‌نیا و سارا نیک‌اندیش را به عنوان معاونان خود منصوب کرد.\n")
	for _, f := range affs {
		if f == "بهرام کاظمی‌نیا | شهردار | شهرداری مرند" {
			t.Errorf("affiliations %q, want no mayor among the appointed", affs)
		}
	}
}

// TestR22BDecreeOfTwoPosts checks «الف با حکم R1 و R2 BODY، R BODY2 شد»:
// the issuer's two joined posts are read past, and الف takes the post
// after them.
func TestR22BDecreeOfTwoPosts(t *testing.T) {
	_, apps, _ := r20bDoc(t, "گزارش\n\n"+
		"دکتر بهرام کاظمی‌نیا با حکم معاون وزیر و رئیس سازمان منابع طبیعی، سرپرست اداره کل منابع طبیعی استان فارس شد.\n")
	if !has(apps, "بهرام کاظمی‌نیا | سرپرست | اداره کل منابع طبیعی استان فارس") {
		t.Errorf("appointments %q, want the acting director general", apps)
	}
}

// TestR22BReportSource checks «به گزارش الف، R جدید این مرکز ... معرفی
// شد»: the name after «به گزارش» is the report's source and holds no
// post; «به گزارش الف، خبرنگار ما، ...» keeps the source's own post.
func TestR22BReportSource(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "سرپرست جدید مرکز معرفی شد\n\n"+
		"با حکم مدیرکل آموزش فنی و حرفه‌ای استان فارس، بهرام کاظمی‌نیا سرپرست مرکز آموزش فنی و حرفه‌ای شهرستان مرودشت شد.\n\n"+
		"به گزارش آرش دماوند، سرپرست جدید این مرکز روز گذشته در جلسه شورای مهارت شهرستان مرودشت معرفی شد.\n")
	for _, f := range append(affs, apps...) {
		if strings.HasPrefix(f, "آرش دماوند |") {
			t.Errorf("affiliations %q, appointments %q: want none for the report's source", affs, apps)
		}
	}
	if !has(apps, "بهرام کاظمی‌نیا | سرپرست | مرکز آموزش فنی و حرفه‌ای شهرستان مرودشت") {
		t.Errorf("appointments %q, want the acting head", apps)
	}
}

// TestR22BPostNounOfBareHead checks «سمت دبیری هیئت نیز به الف سپرده
// شد»: the post's noun before a bare head is the post of the body under
// that head the report named in full.
func TestR22BPostNounOfBareHead(t *testing.T) {
	_, apps, _ := r20bDoc(t, "مجمع هیئت شنای استان فارس\n\n"+
		"مجمع عمومی هیئت شنای استان فارس امروز در شیراز برگزار شد.\n\n"+
		"در نخستین جلسه هیئت‌رئیسه جدید، اعضا درباره برنامه سال آینده گفت‌وگو کردند. سمت دبیری هیئت نیز به بهرام کاظمی‌نیا سپرده شد.\n")
	if !has(apps, "بهرام کاظمی‌نیا | دبیر | هیئت شنای استان فارس") {
		t.Errorf("appointments %q, want the board's secretary", apps)
	}
}

// TestR22BDeputyOfOtherField checks «الف در سمت معاون پژوهش و سرپرست
// معاونت آموزشی دانشگاه X قرار گرفت»: the deputy of research is the
// university's, not one inside the office of education.
func TestR22BDeputyOfOtherField(t *testing.T) {
	_, apps, _ := r20bDoc(t, "گزارش\n\n"+
		"در نشست شورای دانشگاه مرند اعلام شد دکتر سارا نیک‌اندیش با حکم رئیس دانشگاه در سمت معاون پژوهش و سرپرست معاونت آموزشی دانشگاه مرند قرار گرفت.\n")
	if !has(apps, "سارا نیک‌اندیش | معاون پژوهش | دانشگاه مرند") {
		t.Errorf("appointments %q, want the deputy of research in the university", apps)
	}
}
