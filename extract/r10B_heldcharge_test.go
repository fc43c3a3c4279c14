package extract

import "testing"

// TestR10BHeldCharge checks «X که ... ریاست شورا را بر عهده داشت» (the
// bare head for the council named before) and «Y که ... سرپرستی شهرداری
// Z را بر عهده داشت» (the acting head): each held before the post filled
// in that body, and precedes its new holder.
func TestR10BHeldCharge(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the council's chair and the acting mayor", "شورای اسلامی شهر نایین دیروز مهندس کاوه نیکو را به عنوان شهردار نایین برگزید و آرش سپهرفر با هفت رأی به ریاست شورای اسلامی شهر نایین رسید. بهمن راد که دو سال ریاست شورا را بر عهده داشت، ماه گذشته استعفا داده بود. شهردار جدید جایگزین نادر امینی می‌شود؛ سپهرفر گفت نادر امینی که یک سال سرپرستی شهرداری نایین را بر عهده داشت به معاونت شهرداری بازمی‌گردد.",
			[]string{"کاوه نیکو|شهردار|شهرداری نایین|نادر امینی", "آرش سپهرفر|رئیس|شورای اسلامی شهر نایین|بهمن راد"}},
		{"the acting mayor thanked", "شورای اسلامی شهر نایین دیروز مهندس کاوه نیکو را به عنوان شهردار نایین برگزید. رئیس شورا از نادر امینی که یک سال سرپرستی شهرداری نایین را بر عهده داشت تشکر کرد.",
			[]string{"کاوه نیکو|شهردار|شهرداری نایین|نادر امینی"}},
	})
}

// TestR10BReachedPost checks «الف با هفت رأی به ریاست شورای X رسید»: a
// post reached by a vote is an appointment; «به بهره‌برداری رسید» is none.
func TestR10BReachedPost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"reached the chair", "در نخستین جلسه دوره جدید، آرش سپهرفر با هفت رأی به ریاست شورای اسلامی شهر نایین رسید.",
			[]string{"آرش سپهرفر|رئیس|شورای اسلامی شهر نایین|"}},
		{"a project reached its use", "در سفر آرش سپهرفر به نایین، طرح آبرسانی شهر به بهره‌برداری رسید.", nil},
	})
}
