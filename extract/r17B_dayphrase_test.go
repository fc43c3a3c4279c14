package extract

import "testing"

// TestR17BDayBeforePredicate checks that a relative day or week told
// between a name and the post it became («الف هفته گذشته با حکم ...
// سرپرست BODY شد») still makes the post the clause's predicate.
func TestR17BDayBeforePredicate(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"last week, by a decree", "خبر\n\nیادآور می‌شود کامران نیک‌فر هفته گذشته با حکم رئیس دانشگاه علوم پزشکی سمنان سرپرست جدید شبکه بهداشت و درمان شهرستان مهدیشهر شد.\n",
			[]string{"کامران نیک‌فر|سرپرست|شبکه بهداشت و درمان شهرستان مهدیشهر|"}},
		{"yesterday", "خبر\n\nبهمن رستمی‌پور روز گذشته رئیس هیئت شنا استان سمنان شد.\n",
			[]string{"بهمن رستمی‌پور|رئیس|هیئت شنا استان سمنان|"}},
	})
}
