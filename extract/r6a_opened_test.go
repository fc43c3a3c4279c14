package extract

import "testing"

// TestOpenedFacilityIsNoBody checks that a facility that is the subject
// of a passive of opening at its sentence's end, even after a list of the
// persons present, is no body, while the body it belongs to is one and a
// facility doing something else is a body.
func TestOpenedFacilityIsNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در حاشیه این آیین، درمانگاه تخصصی قلب بیمارستان شهید مطهری ارومیه با حضور رئیس دانشگاه و مدیرکل بیمه سلامت افتتاح شد.",
			[]string{"بیمارستان شهید مطهری ارومیه"}},
		{"کتابخانه عمومی شهید چمران کرج دیروز با حضور فرماندار کرج افتتاح شد.", nil},
		{"درمانگاه تخصصی قلب بیمارستان شهید مطهری ارومیه امسال ۱۲ هزار بیمار را پذیرش کرد.",
			[]string{"درمانگاه تخصصی قلب بیمارستان شهید مطهری ارومیه", "بیمارستان شهید مطهری ارومیه"}},
	})
}

// TestTechnicalSchoolIsBody checks that a technical school named as a
// venue («در سالن اجتماعات هنرستان X») is a body, its namesake no person,
// and that one being completed is a project.
func TestTechnicalSchoolIsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"آیین معارفه در سالن اجتماعات هنرستان فنی شهید چمران یاسوج برگزار شد.", []string{"هنرستان فنی شهید چمران یاسوج"}},
		{"وی گفت: تکمیل هنرستان کشاورزی سی‌سخت در اولویت است.", nil},
	})
	doc, err := File("t.txt", []byte("آیین معارفه در سالن اجتماعات هنرستان فنی شهید چمران یاسوج برگزار شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Persons) != 0 {
		t.Errorf("persons %v, want none", doc.Persons)
	}
}

// TestTermAndPlannedZone checks that a body's term after its name («دوره
// ششم») is no word of the name, and that a zone a plan creates («ایجاد
// منطقه آزاد X») is a project, not a body.
func TestTermAndPlannedZone(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"نخستین جلسه شورای اسلامی شهر قزوین دوره هفتم برگزار شد.", []string{"شورای اسلامی شهر قزوین"}},
		{"در نخستین جلسه هیئت نمایندگان دوره نهم؛", nil},
		{"وی گفت: از طرح ایجاد منطقه آزاد تجاری ماکو حمایت می‌کنیم.", nil},
	})
}

// TestCulturalCentreAndNeighbourhoodCouncil checks that a city's cultural
// centre named as a venue and a neighbourhood council (شورایاری) are
// bodies, and a cultural centre being built is a project.
func TestCulturalCentreAndNeighbourhoodCouncil(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"آیین معارفه در فرهنگسرای ارغوان برگزار شد.", []string{"فرهنگسرای ارغوان"}},
		{"وی به همراه کاوه نیک‌گهر، رئیس شورایاری محله نارمک جنوبی، از کانال بازدید کرد.", []string{"شورایاری محله نارمک جنوبی"}},
		{"وی از کارگاه ساخت فرهنگسرای ارغوان بازدید کرد.", nil},
	})
}

// TestHospitalNamedAfterDoctor checks that a hospital named after a
// physician («بیمارستان دکتر X Y شهر») keeps the name and its city, with
// no person, while a holder named after a bare «بیمارستان» names none.
func TestHospitalNamedAfterDoctor(t *testing.T) {
	doc, err := File("t.txt", []byte("رئیس بیمارستان دکتر حسن طاهری‌نسب کاشان گفت: آماده‌ایم.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Organizations) != 1 || doc.Organizations[0].Name != "بیمارستان دکتر حسن طاهری‌نسب کاشان" || len(doc.Persons) != 0 {
		t.Errorf("bodies %v persons %v, want the hospital alone", doc.Organizations, doc.Persons)
	}
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس بیمارستان دکتر کاوه نیک‌گهر گفت: آماده‌ایم.", nil},
	})
}

// TestJudicialComplexIsBody checks that a judicial complex (مجتمع قضایی),
// named after a martyr or numbered, is a body with its city, and the
// county's unnamed one is none.
func TestJudicialComplexIsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس مجتمع قضایی شهید مفتح همدان گفت: آماده‌ایم.", []string{"مجتمع قضایی شهید مفتح همدان"}},
		{"رئیس مجتمع قضایی شماره ۳ تبریز گفت: آماده‌ایم.", []string{"مجتمع قضایی شماره ۳ تبریز"}},
		{"وی گفت: ساختمان جدید مجتمع قضایی شهرستان تا پایان سال تکمیل می‌شود.", nil},
	})
}
