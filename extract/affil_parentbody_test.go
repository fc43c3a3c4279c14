package extract

import "testing"

// TestLocalOfficeNotFormOfItsPart checks that a local office («شهرداری
// X») stays a body of its own when the file also names a part of it
// whose name ends with it, and the mayor's post stays in the office.
func TestLocalOfficeNotFormOfItsPart(t *testing.T) {
	doc, err := File("p.txt", []byte("کامران نیک‌فر، شهردار سمنان گفت: کار آغاز شد.\n\nهمچنین مینا راد سرپرست جدید سازمان آتش‌نشانی و خدمات ایمنی شهرداری سمنان شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, af := range doc.Affiliations {
		if af.Person == "کامران نیک‌فر" {
			found = true
			if af.Organization != "شهرداری سمنان" {
				t.Errorf("the mayor's body is %q, want «شهرداری سمنان»", af.Organization)
			}
		}
	}
	if !found {
		t.Errorf("no affiliation of the mayor: %+v", doc.Affiliations)
	}
}
