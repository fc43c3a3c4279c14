package extract

import "testing"

// TestR17BVoteTailTerm checks that a tally closed by «مأخوذه» and a term
// («برای چهار سال آینده»، «به مدت سه سال») before the post won still makes
// the post the predicate of the election.
func TestR17BVoteTailTerm(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"cast votes and a term after a comma", "خبر\n\nمجمع انتخاباتی هیئت تنیس استان سمنان دیروز برگزار شد و کامران نیک‌فر با کسب ۱۸ رأی از ۲۵ رأی مأخوذه، برای چهار سال آینده رئیس این هیئت شد.\n",
			[]string{"کامران نیک‌فر|رئیس|هیئت تنیس استان سمنان|"}},
		{"a term with «به مدت»", "خبر\n\nدر مجمع عمومی هیئت شنا استان سمنان، بهمن رستمی‌پور با ۱۴ رأی به مدت سه سال رئیس هیئت شنا استان سمنان شد.\n",
			[]string{"بهمن رستمی‌پور|رئیس|هیئت شنا استان سمنان|"}},
	})
}
