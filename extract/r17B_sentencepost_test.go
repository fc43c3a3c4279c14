package extract

import "testing"

// TestR17BBareHeadOfIssuer checks that a bare «اداره کل» after a post
// («به سمت معاون توانمندسازی اداره کل») in a sentence whose issuer is
// «مدیرکل BODY» is the issuer's body, not another directorate general
// named in an earlier sentence.
func TestR17BBareHeadOfIssuer(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the issuer's directorate", "خبر\n\nتفاهم‌نامه‌ای میان اداره کل کمیته امداد امام خمینی (ره) استان سمنان و اداره کل بهزیستی استان سمنان امضا شد.\n\n" +
			"همچنین مدیرکل کمیته امداد استان سمنان طی احکامی جداگانه، کامران نیک‌فر را به سمت معاون توانمندسازی اداره کل منصوب کرد.\n",
			[]string{"کامران نیک‌فر|معاون توانمندسازی|کمیته امداد استان سمنان|"}},
		{"no post before it", "خبر\n\nتفاهم‌نامه‌ای با اداره کل بهزیستی استان سمنان امضا شد.\n\n" +
			"همچنین کامران نیک‌فر به سمت معاون توانمندسازی اداره کل منصوب شد.\n",
			[]string{"کامران نیک‌فر|معاون توانمندسازی|اداره کل بهزیستی استان سمنان|"}},
	})
}
