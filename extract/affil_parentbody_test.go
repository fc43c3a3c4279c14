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

// TestCityMunicipalityNotFormOfDistrict checks that «شهرداری X» stays
// apart from «شهرداری منطقه N X», its district, while a unit's own
// number («تیپ ۴۸ X») does not part a short form from it.
func TestCityMunicipalityNotFormOfDistrict(t *testing.T) {
	doc, err := File("z.txt", []byte("در آیینی با حضور کامران نیک‌فر، معاون امور مناطق شهرداری سمنان، بهمن راد به عنوان شهردار منطقه ۳ سمنان معرفی شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, af := range doc.Affiliations {
		if af.Person == "کامران نیک‌فر" && af.Organization != "شهرداری سمنان" {
			t.Errorf("the deputy's body is %q, want «شهرداری سمنان»", af.Organization)
		}
	}
	doc, err = File("u.txt", []byte("فرمانده تیپ ۴۸ فتح نیروی زمینی سپاه گفت: کار آغاز شد.\n\nتیپ فتح در این رزمایش حاضر بود.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if o.Name == "تیپ فتح" {
			t.Errorf("«تیپ فتح» is a body of its own: %+v", doc.Organizations)
		}
	}
}

// TestNationalBodyStaysApart checks that a body named with no place as a
// decree's issuer's or a board post's («با حکم دبیرکل جمعیت X»، «عضو
// هیئت‌مدیره بانک Y») is the national body, not a short form of its
// provincial branch, while a plain short form still joins the branch.
func TestNationalBodyStaysApart(t *testing.T) {
	doc, err := File("n.txt", []byte("با حکم رئیس بنیاد برکت سپید، کامران نیک‌فر سرپرست بنیاد برکت سپید استان سمنان شد.\n\n"+
		"این آیین با حضور بهمن راد، عضو هیئت‌مدیره بانک مهر سپید برگزار شد و مینا تابان به عنوان مدیر شعب بانک مهر سپید استان سمنان معرفی شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, af := range doc.Affiliations {
		if af.Person == "بهمن راد" && af.Organization != "بانک مهر سپید" {
			t.Errorf("the board member's body is %q, want «بانک مهر سپید»", af.Organization)
		}
	}
	names := map[string]bool{}
	for _, o := range doc.Organizations {
		names[o.Name] = true
	}
	if !names["بنیاد برکت سپید"] || !names["بانک مهر سپید"] {
		t.Errorf("the national bodies are not bodies of their own: %v", names)
	}
}
