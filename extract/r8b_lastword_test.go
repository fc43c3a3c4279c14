package extract

import "testing"

// TestPostOfCompanyByItsOwnName checks «معاون فنی الف» after «شرکت
// مادرتخصصی الف» was named: the company's own last word alone at a
// post's end is the company.
func TestPostOfCompanyByItsOwnName(t *testing.T) {
	lead := "با حکم مدیرعامل شرکت مادرتخصصی آبفار، کاوه رستمی به عنوان مدیرعامل شرکت آب و فاضلاب استان سمنان منصوب شد. "
	checkAffiliationCases(t, []affCase{
		{"own name before «و»", lead + "آیین معارفه با حضور مهندس بهرام نیک‌فر معاون هماهنگی آبفار و معاون عمرانی استاندار سمنان برگزار شد.",
			[]string{"بهرام نیک‌فر|معاون هماهنگی|شرکت مادرتخصصی آبفار", "بهرام نیک‌فر|معاون عمرانی استاندار|استانداری سمنان"}},
	})
}

// TestMovedToPostInAnotherCity checks «X که به عنوان R به تهران می‌رود»:
// a move to a post in another city is an appointment to it.
func TestMovedToPostInAnotherCity(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"moves to the capital", "بهرام نیک‌فر که به عنوان معاون فنی شرکت آب منطقه‌ای تهران به تهران می‌رود، از کارکنان خداحافظی کرد.",
			[]string{"بهرام نیک‌فر|معاون فنی|شرکت آب منطقه‌ای تهران|"}},
		{"no move told", "بهرام نیک‌فر به عنوان معاون فنی شرکت آب منطقه‌ای تهران در این نشست سخن گفت.", nil},
	})
}
