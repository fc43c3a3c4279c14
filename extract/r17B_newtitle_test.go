package extract

import "testing"

// TestR17BChargeLaterTitle checks that «مسئولیت BODY به الف سپرده شد»
// takes the post the text calls the new holder by later («رئیس جدید
// BODY»), and stays «مسئول» when the text names no such post or only a
// deputy's.
func TestR17BChargeLaterTitle(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"called head later", "خبر\n\nبا حکم دیگری، مسئولیت بیمارستان امام رضا مهدیشهر به خانم دکتر مریم نیک‌فر سپرده شد.\n\nرئیس جدید بیمارستان امام رضا مهدیشهر در این آیین گفت: بخش دیالیز توسعه می‌یابد.\n",
			[]string{"مریم نیک‌فر|رئیس|بیمارستان امام رضا مهدیشهر|"}},
		{"a deputy's title later", "خبر\n\nبا حکم دیگری، مسئولیت بیمارستان امام رضا مهدیشهر به خانم دکتر مریم نیک‌فر سپرده شد.\n\nمعاون جدید بیمارستان امام رضا مهدیشهر در این آیین گفت: بخش دیالیز توسعه می‌یابد.\n",
			[]string{"مریم نیک‌فر|مسئول|بیمارستان امام رضا مهدیشهر|"}},
		{"no later title", "خبر\n\nبا حکم دیگری، مسئولیت بیمارستان امام رضا مهدیشهر به خانم دکتر مریم نیک‌فر سپرده شد.\n",
			[]string{"مریم نیک‌فر|مسئول|بیمارستان امام رضا مهدیشهر|"}},
	})
}
