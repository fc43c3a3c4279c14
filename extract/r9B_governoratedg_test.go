package extract

import "testing"

// TestR9BGovernorateDirectorate checks «مدیرکل FIELD استانداری X» with the
// directorate never named in full: the post heads «اداره کل FIELD
// استانداری X», not the governorate; an office «دفتر» keeps its own name.
func TestR9BGovernorateDirectorate(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"directorate of a field", "در این جلسه مهندس کاوه نیکو، مدیرکل امور اتباع استانداری یزد، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل امور اتباع استانداری یزد"}},
		{"an office", "در این جلسه مهندس کاوه نیکو، مدیرکل دفتر فنی استانداری یزد، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|دفتر فنی استانداری یزد"}},
	})
}

// TestR9BCountyOfficeHead checks «رئیس FIELD شهرستان X» for a field whose
// county office is an «اداره»: the head of «اداره FIELD شهرستان X», also
// with «این شهرستان»; a field left out of the list keeps its own name.
func TestR9BCountyOfficeHead(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"county named", "کاوه نیکو رئیس میراث فرهنگی شهرستان میبد گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|رئیس|اداره میراث فرهنگی شهرستان میبد"}},
		{"this county", "فرماندار میبد گفت: کار ادامه دارد. کاوه نیکو رئیس ثبت اسناد و املاک این شهرستان گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|رئیس|اداره ثبت اسناد و املاک شهرستان میبد"}},
	})
}
