package extract

import "testing"

// TestR10B2MovedFormerHolder checks «Y، مدیر پیشین شعب بانک X استان الف
// که به سمت مدیر شعب بانک X استان ب منصوب شده»: one moved to another
// body's post is still the predecessor of the post he left.
func TestR10B2MovedFormerHolder(t *testing.T) {
	text := "با حکم مدیرعامل بانک سپه، کاوه نیکو به سمت مدیر شعب بانک سپه استان یزد منصوب شد. در این آیین آرش سپهرفر، مدیر پیشین شعب بانک سپه استان یزد که به سمت مدیر شعب بانک سپه استان کرمان منصوب شده، گزارشی ارائه کرد. سپهرفر از این پس مدیریت شعب بانک سپه استان کرمان را بر عهده دارد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ap := range doc.Appointments {
		if ap.Person == "کاوه نیکو" {
			found = true
			if ap.Predecessor != "آرش سپهرفر" {
				t.Errorf("predecessor %q, want آرش سپهرفر", ap.Predecessor)
			}
		}
		if ap.Person == "آرش سپهرفر" && ap.Predecessor != "" {
			t.Errorf("the moved holder's own post: predecessor %q", ap.Predecessor)
		}
	}
	if !found {
		t.Errorf("appointments %+v", doc.Appointments)
	}
}
