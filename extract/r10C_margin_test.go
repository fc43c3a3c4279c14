package extract

import (
	"strings"
	"testing"
)

// A title's signing «در حاشیه نمایشگاه», told in the body «در حاشیه این
// آیین» after the exhibition opened «دیروز»: the signing is of the
// exhibition's day, and its signatories were at the exhibition too.
func TestR10cTitleInMarginOfBodyEvent(t *testing.T) {
	text := "سه‌شنبه ۱۴ بهمن ۱۴۰۴ | شماره ۲۱۰۶\n\n" +
		"امضای تفاهم‌نامه اتاق یزد و پارک فناوری در حاشیه نمایشگاه\n\n" +
		"نمایشگاه محصولات صادراتی استان یزد دیروز با حضور دکتر مانی رهپوی‌نژاد معاون اقتصادی استاندار یزد در محل دائمی نمایشگاه‌های استان گشایش یافت.\n\n" +
		"رهپوی‌نژاد در آیین گشایش گفت: صادرات استان رو به افزایش است.\n\n" +
		"در حاشیه این آیین، تفاهم‌نامه همکاری اتاق یزد و پارک علم و فناوری یزد به امضای مهندس پرویز شن‌زاری‌فر رئیس اتاق یزد و دکتر سیاوش کویرنشین‌پور رئیس پارک رسید.\n"
	doc, err := File("margin.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if x := strings.Join(got["exhibition"], "|"); !strings.Contains(x, "سیاوش کویرنشین‌پور") {
		t.Errorf("exhibition %q lacks a signatory of the signing held beside it (events %q)", x, got)
	}
	if m := strings.Join(got["meeting"], "|"); !strings.Contains(m, "سیاوش کویرنشین‌پور") {
		t.Errorf("signing %q lacks its signatory", m)
	}
	if d := eventDates(doc)["meeting"]; d != "2026-02-02" {
		t.Errorf("signing dated %s, want the exhibition's day 2026-02-02", d)
	}
}

// A title's meeting the lead tells as still to come, on a day it names,
// «به ریاست X»: X takes part.
func TestR10cLeadOfScheduledTitleEvent(t *testing.T) {
	text := "سه‌شنبه ۱۴ بهمن ۱۴۰۴ | شماره ۲۱۰۶\n\n" +
		"نشست کمیسیون کشاورزی اتاق با حضور مدیرکل جهاد کشاورزی استان\n\n" +
		"نشست کمیسیون کشاورزی اتاق یزد با موضوع کم‌آبی باغ‌ها، شنبه ۱۸ بهمن به ریاست مهندس رامتین نخلستانی‌پور رئیس این کمیسیون برگزار می‌شود.\n"
	doc, err := File("scheduled.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if m := strings.Join(got["meeting"], "|"); !strings.Contains(m, "رامتین نخلستانی‌پور") {
		t.Errorf("meeting %q lacks its chair named in the lead (events %q)", m, got)
	}
	if d := eventDates(doc)["meeting"]; d != "2026-02-07" {
		t.Errorf("meeting dated %s, want 2026-02-07", d)
	}
}
