package extract

import "testing"

// TestR9BSuccessorSpacedVerb checks «X جانشین Y می شود» with «می شود»
// typed with a space: Y is the predecessor of X's appointment.
func TestR9BSuccessorSpacedVerb(t *testing.T) {
	for _, text := range []string{
		"جلسه شورای اسلامی شهر بروجن دیروز برگزار شد. مهندس کاوه رستمی‌پور با ۵ رای بعنوان رئیس شورا انتخاب شد. رستمی‌پور جانشین حاج بهمن راد می شود.",
		"جلسه شورای اسلامی شهر بروجن دیروز برگزار شد. مهندس کاوه رستمی‌پور با ۵ رای بعنوان رئیس شورا انتخاب شد. رستمی‌پور جانشین حاج بهمن راد می‌شود.",
	} {
		doc, err := File("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Appointments) != 1 || doc.Appointments[0].Predecessor != "بهمن راد" {
			t.Errorf("%s: appointments %+v", text, doc.Appointments)
		}
	}
}
