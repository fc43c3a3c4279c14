package extract

import (
	"strings"
	"testing"
)

// TestR15BFieldNotItsCouncil checks that a post in a field named short
// («معاون پشتیبانی آموزش و پرورش استان») is not read as a post of a
// council of that field named before («شورای آموزش و پرورش استان X»).
func TestR15BFieldNotItsCouncil(t *testing.T) {
	doc, err := File("t.txt", []byte("خبر\n\nشورای آموزش و پرورش استان مازندران روز سه‌شنبه تشکیل جلسه داد.\nمحمود کیانی‌فر، معاون پشتیبانی آموزش و پرورش استان، گزارش داد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, af := range doc.Affiliations {
		if af.Person == "محمود کیانی‌فر" {
			found = true
			if strings.HasPrefix(af.Organization, "شورای") {
				t.Errorf("got %s|%s|%s", af.Person, af.Role, af.Organization)
			}
		}
	}
	if !found {
		t.Errorf("no affiliation: %+v", doc.Affiliations)
	}
}
