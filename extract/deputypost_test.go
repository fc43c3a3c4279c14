package extract

import "testing"

// TestDeputyPosts checks that a deputyship («معاونت درمان دانشگاه X») is
// read as the deputy's post in the body it belongs to, in each clause that
// names a post by its noun, and that a handover's full post names a post
// told short.
func TestDeputyPosts(t *testing.T) {
	tests := []appointmentCase{
		{"replaces in a deputyship", "بهمن راد جایگزین نادر امینی در معاونت درمان دانشگاه علوم پزشکی کاشان شد.",
			[]string{"بهمن راد|معاون درمان|دانشگاه علوم پزشکی کاشان|نادر امینی"}},
		{"a deputyship's charge entrusted", "مسئولیت معاونت درمان دانشگاه علوم پزشکی کاشان به دکتر بهمن راد سپرده شد.",
			[]string{"بهمن راد|معاون درمان|دانشگاه علوم پزشکی کاشان|"}},
		{"a deputyship taken in charge, one appointment", "دکتر بهمن راد سرپرستی معاونت درمان دانشگاه علوم پزشکی کاشان را بر عهده گرفت.",
			[]string{"بهمن راد|سرپرست معاونت درمان|دانشگاه علوم پزشکی کاشان|"}},
		{"the handover's post in full", "در آیین معارفه معاون درمان دانشگاه علوم پزشکی کاشان، دکتر بهمن راد به عنوان معاون جدید معرفی شد و از زحمات دکتر نادر امینی تقدیر شد.",
			[]string{"بهمن راد|معاون درمان|دانشگاه علوم پزشکی کاشان|نادر امینی"}},
		{"a charge of a body keeps its head's post", "مسئولیت فرمانداری شهرستان نطنز به بهمن راد سپرده شد.",
			[]string{"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"}},
	}
	checkAppointmentCases(t, tests)
}
