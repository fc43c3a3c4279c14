package extract

import "testing"

// TestR10B2ChargeFromToday checks «X، R، از امروز مسئولیت این دانشکده را
// بر عهده دارد. X جانشین Y است که ...»: a charge held from today is taken
// up, and «جانشین Y است» names Y its predecessor; a charge held with no
// time is a post only.
func TestR10B2ChargeFromToday(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"from today, successor of", "دکتر شیما رفیعی، عضو هیئت علمی گروه نقاشی، از امروز مسئولیت دانشکده هنر دانشگاه یزد را بر عهده دارد. رفیعی جانشین دکتر ناهید صفری است که به سمت معاون آموزشی دانشگاه یزد منصوب شده است.",
			[]string{"ناهید صفری|معاون آموزشی|دانشگاه یزد|", "شیما رفیعی|مسئول|دانشکده هنر دانشگاه یزد|ناهید صفری"}},
		{"no time", "دکتر شیما رفیعی مسئولیت دانشکده هنر دانشگاه یزد را بر عهده دارد.", nil},
	})
}
