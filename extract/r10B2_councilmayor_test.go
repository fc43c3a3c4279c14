package extract

import (
	"slices"
	"testing"
)

// TestR10B2CouncilElectsMayor checks «اعضای شورای اسلامی شهر X ... الف را
// به عنوان شهردار برگزیدند» in a report that names another city's
// municipality later: the bare «شهردار» the council elects is X's; a
// municipality inferred as «شهرداری شهر Y» is written «شهرداری Y».
func TestR10B2CouncilElectsMayor(t *testing.T) {
	text := "اعضای شورای اسلامی شهر میبد در جلسه امروز با شش رأی، مهندس امیر صدری را به عنوان شهردار برگزیدند.\n\nدر جلسه شورای شهر اردکان نیز رحیم نوروزی با کسب هفت رأی شهردار اردکان شد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range doc.Appointments {
		got = append(got, ap.Person+"|"+ap.Organization)
	}
	for _, want := range []string{"امیر صدری|شهرداری میبد", "رحیم نوروزی|شهرداری اردکان"} {
		if !slices.Contains(got, want) {
			t.Errorf("appointments %q, want %q", got, want)
		}
	}
}

// TestR10B2MunicipalityWithoutCity checks that «شهرداری شهر X» inferred
// from «شهردار این شهر» takes the form «شهرداری X» the file gives.
func TestR10B2MunicipalityWithoutCity(t *testing.T) {
	e := &orgEnt{name: "شهرداری شهر اردکان", key: persianKey("شهرداری شهر اردکان"), forms: []string{"شهرداری اردکان"}}
	if f := writtenCountyForm(e, map[string]bool{}); f != "شهرداری اردکان" {
		t.Errorf("form %q", f)
	}
}
