package extract

import "testing"

// TestR21BPlacedInPost checks «در سمت R قرار گرفت» after an election
// in a council: an appointment to the board's post in the council; and
// «در سمت R مورد تقدیر قرار گرفت» is none.
func TestR21BPlacedInPost(t *testing.T) {
	text := "اعضای شورای اسلامی شهر بیرجند در جلسه امروز هیئت رئیسه جدید را برگزیدند.\n\n" +
		"در این انتخابات نسترن افشین‌مهر با پنج رأی نایب رئیس شورا شد و بهرام کاویانی‌فر نیز در سمت منشی هیئت رئیسه قرار گرفت.\n"
	_, apps, _ := r20bDoc(t, text)
	if !has(apps, "بهرام کاویانی‌فر | منشی هیئت رئیسه | شورای اسلامی شهر بیرجند") {
		t.Errorf("appointments %q, want the secretary of the council's board", apps)
	}
	_, apps, _ = r20bDoc(t, "بهرام کاویانی‌فر در سمت منشی هیئت رئیسه شورای اسلامی شهر بیرجند مورد تقدیر قرار گرفت.\n")
	if len(apps) != 0 {
		t.Errorf("appointments %q, want none for one honoured", apps)
	}
}
