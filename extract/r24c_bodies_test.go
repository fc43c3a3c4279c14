package extract

import "testing"

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
