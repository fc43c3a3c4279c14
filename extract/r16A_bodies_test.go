package extract

import "testing"

// A listed town whose name starts as a continuous verb does (می…) closes
// a body's name as any town does; a verb so shaped still ends it.
func TestR16ATownShapedAsVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"هیئت همراه از شرکت تعاونی سپیدار میاندوآب بازدید کرد.", "شرکت تعاونی سپیدار میاندوآب"},
		{"مدیرعامل شرکت تعاونی روستایی البرز میانه گفت: وام پرداخت شد.", "شرکت تعاونی روستایی البرز میانه"},
		{"اداره آموزش و پرورش شهرستان مینودشت امروز مدرسه را تحویل گرفت.", "اداره آموزش و پرورش شهرستان مینودشت"},
	} {
		if got := orgNames(t, c.text); !r14aHas(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
	got := orgNames(t, "شرکت تعاونی سپیدار میخواهد وام بگیرد.")
	if !r14aHas(got, "شرکت تعاونی سپیدار") {
		t.Errorf("a verb after the name: got %q", got)
	}
}
