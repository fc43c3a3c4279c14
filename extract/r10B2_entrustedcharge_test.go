package extract

import (
	"slices"
	"testing"
)

// TestR10B2EntrustedChargeNamed checks «مسئولیت دبیرخانه X به الف سپرده
// شد. الف، دبیر جدید این دبیرخانه، ...»: the charge entrusted is the post
// the next sentence names new, not a second post «مسئول».
func TestR10B2EntrustedChargeNamed(t *testing.T) {
	text := "مسئولیت دبیرخانه شورای ترافیک استان یزد به مهندس کاوه نیکو سپرده شد. نیکو، دبیر جدید این دبیرخانه، پیش از این کارشناس همین دبیرخانه بود."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, af := range doc.Affiliations {
		got = append(got, af.Person+"|"+af.Role)
	}
	if !slices.Contains(got, "کاوه نیکو|دبیر") || slices.Contains(got, "کاوه نیکو|مسئول") {
		t.Errorf("affiliations %q, want «دبیر» only", got)
	}
}
