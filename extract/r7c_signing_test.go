package extract

import "testing"

// «مراسم امضای (این) تفاهم‌نامه ...» is a signing, typed meeting, not a ceremony.
func TestR7cSigningCeremonyIsMeeting(t *testing.T) {
	for _, text := range []string{
		"مراسم امضای تفاهم‌نامه همکاری شرکت نمونه‌سازان الف و شهرداری شهر نمونه‌آباد صبح امروز با حضور بهمن پرتوی‌نیک، مدیرعامل شرکت، در سالن جلسات شرکت برگزار شد.",
		"تفاهم‌نامه همکاری شرکت نمونه‌سازان الف و شهرداری شهر نمونه‌آباد امضا شد\n\nمراسم امضای این تفاهم‌نامه صبح امروز با حضور بهمن پرتوی‌نیک، مدیرعامل شرکت نمونه‌سازان الف، در سالن جلسات شرکت برگزار شد.",
	} {
		doc, err := File("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Events {
			if e.Type == "ceremony" {
				t.Errorf("signing typed ceremony: %q", e.Title)
			}
		}
		if len(doc.Events) == 0 || doc.Events[0].Type != "meeting" {
			t.Errorf("no meeting in %v", doc.Events)
		}
	}
}
