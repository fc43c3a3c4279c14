package extract

import "testing"

// TestR17BReplacedInOwnPost checks that «الف جانشین ب در اداره X شده است»,
// told of one the report gave a post in that body before («سرپرست اداره
// X شهرستان Y»), is the change of that post, not of the body's head,
// and that of one told a deputy there it is the change of the office's
// head, its «رئیس».
func TestR17BReplacedInOwnPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"acting head", "خبر\n\nاین واحدها با حضور کامران نیک‌فر سرپرست اداره بهزیستی شهرستان مهدیشهر تحویل شد.\n\n" +
			"نیک‌فر از هفته گذشته با حکم مدیرکل بهزیستی استان، جانشین بهمن رستمی‌پور در اداره بهزیستی مهدیشهر شده است.\n",
			[]string{"نیک‌فر|سرپرست|اداره بهزیستی شهرستان مهدیشهر|بهمن رستمی‌پور"}},
		{"a deputy moves up", "خبر\n\nاین واحدها با حضور کامران نیک‌فر معاون اداره بهزیستی شهرستان مهدیشهر تحویل شد.\n\n" +
			"نیک‌فر از هفته گذشته با حکم مدیرکل بهزیستی استان، جانشین بهمن رستمی‌پور در اداره بهزیستی مهدیشهر شده است.\n",
			[]string{"نیک‌فر|رئیس|اداره بهزیستی مهدیشهر|بهمن رستمی‌پور"}},
	})
}
