package extract

import (
	"strings"
	"testing"
)

// TestR24CManagingSeatOffice checks that «اداره» before a seat's office
// («اداره بخشداری ... را بر عهده دارد») is the verbal noun, not the head
// of a body: the body is the office alone.
func TestR24CManagingSeatOffice(t *testing.T) {
	text := "کیوان دلبرنژاد که پیش‌تر بخشدار مرکزی شد، از هفته گذشته اداره بخشداری مرکزی نهاوند را بر عهده دارد."
	got := orgNames(t, text)
	if !r22cHasBody(got, "بخشداری مرکزی نهاوند") || r22cHasBody(got, "اداره بخشداری مرکزی نهاوند") {
		t.Errorf("bodies %q, want «بخشداری مرکزی نهاوند» alone", got)
	}
}

// TestR24CIndefiniteAdjectiveNoBody checks that a head noun with an
// adjective that bears the indefinite «ی» («کارگروه مشترکی»، «کمیته
// ویژه‌ای») names a body of a kind, not a body of the report.
func TestR24CIndefiniteAdjectiveNoBody(t *testing.T) {
	for _, text := range []string{
		"کیوان دلبرنژاد از تشکیل کارگروه مشترکی خبر داد که هر ماه پیشرفت کار را بررسی می‌کند.",
		"کیوان دلبرنژاد از تشکیل کمیته ویژه‌ای برای پیگیری طرح‌های نیمه‌تمام خبر داد.",
	} {
		if got := orgNames(t, text); len(got) != 0 {
			t.Errorf("bodies %q, want none", got)
		}
	}
}

// TestR24CHeadlineShortFormJoinsLater checks that a headline's short form
// ending in a bare head («کمیسیون عمران شورا») joins the full name the
// report gives after it, when no body of that head is named before.
func TestR24CHeadlineShortFormJoinsLater(t *testing.T) {
	text := "رئیس تازه کمیسیون عمران شورا برگزیده شد\n\n" +
		"به گزارش ایرنا، در جلسه امروز، کیوان دلبرنژاد به عنوان رئیس کمیسیون عمران شورای اسلامی شهر بروجرد برگزیده شد."
	got := orgNames(t, text)
	for _, o := range got {
		if o == "کمیسیون عمران شورا" || strings.HasPrefix(o, "کمیسیون عمران شورا|") {
			t.Errorf("bodies %q, want «کمیسیون عمران شورا» as a form of the full name", got)
		}
	}
}

// TestR24CRoughAmountEndsBody checks that a word of an amount told
// roughly («نزدیک به»، «حدود») ends the body's name before it.
func TestR24CRoughAmountEndsBody(t *testing.T) {
	for _, text := range []string{
		"کیوان دلبرنژاد افزود: دانشگاه صنعتی نوشیروانی نزدیک به ۳۰۰ عضو هیئت علمی دارد.",
		"کیوان دلبرنژاد افزود: دانشگاه صنعتی نوشیروانی حدود ۳۰۰ عضو هیئت علمی دارد.",
	} {
		got := orgNames(t, text)
		if !r22cHasBody(got, "دانشگاه صنعتی نوشیروانی") {
			t.Errorf("bodies %q, want «دانشگاه صنعتی نوشیروانی»", got)
		}
	}
}

// TestR24CPortTownShortName checks that a body named with a port town's
// short name («گمرک ماهشهر») joins the one named with its full name
// («گمرک بندر ماهشهر») as a form of it.
func TestR24CPortTownShortName(t *testing.T) {
	text := "کیوان دلبرنژاد، سرپرست گمرک بندر ماهشهر، در این نشست گفت: گمرک ماهشهر از هفته آینده کار ترخیص را شبانه‌روزی می‌کند."
	got := orgNames(t, text)
	if len(got) != 1 || got[0] != "گمرک بندر ماهشهر|گمرک ماهشهر" {
		t.Errorf("bodies %q, want «گمرک بندر ماهشهر|گمرک ماهشهر»", got)
	}
}
