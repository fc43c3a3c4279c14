package extract

import "testing"

// TestR10B3ThisPostWasOn checks «... منصوب شد؛ این سمت پیش از این بر
// عهده Y بود»: Y held the post of the appointment told before.
func TestR10B3ThisPostWasOn(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"this post was on", "با حکم استاندار یزد، مهندس کامران نیک‌فر به عنوان مدیرکل امور عشایر استان یزد منصوب شد؛ این سمت پیش از این بر عهده مهندس بهمن رستمی‌پور بود.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل امور عشایر استان یزد|بهمن رستمی‌پور"}},
		{"no holder named", "با حکم استاندار یزد، مهندس کامران نیک‌فر به عنوان مدیرکل امور عشایر استان یزد منصوب شد؛ این سمت پیش از این بر عهده معاون اداره بود.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل امور عشایر استان یزد|"}},
	})
}
