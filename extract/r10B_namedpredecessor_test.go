package extract

import "testing"

// TestR10BNamedPredecessor checks «Y، سلف X در دانشکده Z»: the person
// told in apposition as X's predecessor is the predecessor of X's
// appointment, not of another post in the same list.
func TestR10BNamedPredecessor(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"سلف in apposition", "رئیس دانشگاه یزد دکتر کاوه نیکو را به‌عنوان رئیس دانشکده علوم پایه و دکتر آرش سپهرفر را به‌عنوان رئیس دانشکده هنر منصوب کرد. او همچنین از دکتر بهمن راد، سلف سپهرفر در دانشکده هنر، برای هشت سال مدیریت قدردانی کرد.",
			[]string{"کاوه نیکو|رئیس|دانشکده علوم پایه|", "آرش سپهرفر|رئیس|دانشکده هنر|بهمن راد"}},
	})
}

// TestR10BPredecessorNounFirst checks «سلف وی/سلف X، Y، اکنون R است»: Y,
// named after the noun, is the predecessor of X's appointment.
func TestR10BPredecessorNounFirst(t *testing.T) {
	for _, of := range []string{"وی", "سپهرفر"} {
		checkAppointmentCases(t, []appointmentCase{
			{"سلف " + of, "در آیینی آرش سپهرفر به عنوان مدیرکل بهزیستی استان یزد معرفی شد. سلف " + of + "، کاوه نیکو، اکنون معاون وزارت تعاون، کار و رفاه اجتماعی است.",
				[]string{"آرش سپهرفر|مدیرکل|اداره کل بهزیستی استان یزد|کاوه نیکو"}},
		})
	}
}
