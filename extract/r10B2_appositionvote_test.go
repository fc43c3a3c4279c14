package extract

import "testing"

// TestR10B2AppositionThenVote checks «الف، رئیس دوره قبل، با رأی اعضا
// نایب‌رئیس شورای X شد» and «الف با پنج رأی شهردار X شد»: a post in
// apposition closed by a comma, and the members' vote or a tally in words,
// stand between the subject and its predicate.
func TestR10B2AppositionThenVote(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"apposition and the members' vote", "در این جلسه کاوه نیکو، رئیس دوره قبل، با رأی اعضا نایب‌رئیس شورای اسلامی شهر مهریز شد.",
			[]string{"کاوه نیکو|نایب‌رئیس|شورای اسلامی شهر مهریز|"}},
		{"the vote of the council's members", "آرش سپهرفر با رأی اعضای شورا شهردار میبد شد.",
			[]string{"آرش سپهرفر|شهردار|شهرداری میبد|"}},
		{"a tally in words", "آرش سپهرفر با هفت رأی شهردار میبد شد.",
			[]string{"آرش سپهرفر|شهردار|شهرداری میبد|"}},
	})
}
