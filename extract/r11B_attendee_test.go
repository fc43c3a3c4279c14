package extract

import "testing"

// TestR11BAttendeeIsNoAntecedent checks that «او» at the head of a
// sentence stands for the subject of the sentence before, not for one
// named after «با حضور» there.
func TestR11BAttendeeIsNoAntecedent(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"attendee after the subject", "کاوه نیکوپور که روز گذشته به سمت مدیرعامل شرکت گاز استان یزد منصوب شده بود، امروز با حضور مهندس بهمن راد استاندار یزد معرفی شد. او جایگزین مهندس سارا مقدم شد.",
			[]string{"کاوه نیکوپور|مدیرعامل|شرکت گاز استان یزد|سارا مقدم"}},
	})
}
