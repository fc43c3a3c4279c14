package extract

import "testing"

// TestR10BHeldCharge checks «X که ... ریاست شورا را بر عهده داشت» (the
// bare head for the council named before) and «Y که ... سرپرستی شهرداری
// Z را بر عهده داشت» (the acting head): each held before the post filled
// in that body, and precedes its new holder.
func TestR10BHeldCharge(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the council's chair and the acting mayor", "اعضای شورای اسلامی شهر نایین امروز مهندس کاوه نیکو را به عنوان شهردار نایین انتخاب کردند. در این جلسه آرش سپهرفر با پنج رأی به ریاست شورای اسلامی شهر نایین رسید. بهمن راد که از ابتدای دوره ریاست شورا را بر عهده داشت، هفته گذشته از این سمت کناره‌گیری کرده بود. سپهرفر از زحمات نادر امینی که در شش ماه گذشته سرپرستی شهرداری نایین را بر عهده داشت قدردانی کرد.",
			[]string{"کاوه نیکو|شهردار|شهرداری نایین|نادر امینی", "آرش سپهرفر|رئیس|شورای اسلامی شهر نایین|بهمن راد"}},
	})
}

// TestR10BReachedPost checks «الف با پنج رأی به ریاست شورای X رسید»: a
// post reached by a vote is an appointment; «به بهره‌برداری رسید» is none.
func TestR10BReachedPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"reached the chair", "در جلسه امروز آرش سپهرفر با پنج رأی به ریاست شورای اسلامی شهر نایین رسید.",
			[]string{"آرش سپهرفر|رئیس|شورای اسلامی شهر نایین|"}},
		{"a project reached its use", "در سفر آرش سپهرفر به نایین، طرح آبرسانی شهر به بهره‌برداری رسید.", nil},
	})
}
