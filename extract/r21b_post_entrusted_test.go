package extract

import (
	"strings"
	"testing"
)

// TestR21BPostEntrusted checks «سمت R (BODY) به X سپرده شد»: the post
// entrusted is an appointment, with «نیز/همچنان» and an apposition
// between commas after X; a post naming no body takes the body of the
// appointment the sentence before tells.
func TestR21BPostEntrusted(t *testing.T) {
	_, apps, _ := r20bDoc(t, "در حکمی از سوی استاندار، سمت مدیرکل دفتر امور شهری استانداری یزد نیز به مهندس کیوان بهارلویی سپرده شد.\n")
	if !has(apps, "کیوان بهارلویی | مدیرکل | دفتر امور شهری استانداری یزد") {
		t.Errorf("appointments %q, want the director general of the office", apps)
	}
	text := "اعضای شورای اسلامی شهر بیرجند در جلسه امروز هیئت رئیسه جدید را برگزیدند.\n\n" +
		"در این انتخابات نسترن افشین‌مهر با پنج رأی نایب رئیس شورا شد و بهرام کاویانی‌فر نیز در سمت منشی هیئت رئیسه قرار گرفت. " +
		"سمت خزانه‌دار همچنان به سارا نیک‌اندیش، عضو دیگر شورا، سپرده شد.\n"
	_, apps, _ = r20bDoc(t, text)
	if !has(apps, "سارا نیک‌اندیش | خزانه‌دار | شورای اسلامی شهر بیرجند") {
		t.Errorf("appointments %q, want the treasurer of the council", apps)
	}
}

// TestR21BChargeOfCentre checks «مسئولیت مرکز X به Y سپرده شد»: the
// charge of a centre is the post of its رئیس.
func TestR21BChargeOfCentre(t *testing.T) {
	_, apps, _ := r20bDoc(t, "در حکمی دیگر، مسئولیت مرکز بهداشت شهرستان فسا به دکتر مهتاب روشن‌ضمیر سپرده شد.\n")
	if !has(apps, "مهتاب روشن‌ضمیر | رئیس | مرکز بهداشت شهرستان فسا") {
		t.Errorf("appointments %q, want the head of the centre", apps)
	}
}

// TestR21BPostWordNoName checks «، سمت R BODY با حکم ISSUER به X سپرده
// شد» after a comma: an appointment, the decree between the body and
// «به»; «سمت» is no person's name holding R.
func TestR21BPostWordNoName(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "در ادامه این آیین، سمت معاون فنی اداره کل راه و شهرسازی استان یزد با حکم مدیرکل به مهندس کیوان بهارلویی سپرده شد.\n")
	if !has(apps, "کیوان بهارلویی | معاون فنی | اداره کل راه و شهرسازی استان یزد") {
		t.Errorf("appointments %q, want the deputy entrusted with the post by a decree", apps)
	}
	for _, af := range affs {
		if strings.HasPrefix(af, "سمت ") {
			t.Errorf("affiliation %q, want no person «سمت»", af)
		}
	}
}
