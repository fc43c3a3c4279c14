package extract

import "testing"

// TestOutgoingHolderLeftOnePost checks that the one a report thanks as
// the outgoing holder is the predecessor of one appointment only: the
// one in the body of his former post, else the one told in his sentence,
// else the report's first.
func TestOutgoingHolderLeftOnePost(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the body of the former post", "کامران نیک‌فر به عنوان سرپرست فرمانداری مهدیشهر منصوب شد. در آیینی دیگر، بهمن رستمی‌پور به عنوان سرپرست شبکه بهداشت و درمان شهرستان شاهرود معرفی شد و از زحمات سعید کاظمی‌راد، مدیر پیشین این شبکه قدردانی شد.",
			[]string{"کامران نیک‌فر|سرپرست|فرمانداری مهدیشهر|", "بهمن رستمی‌پور|سرپرست|شبکه بهداشت و درمان شهرستان شاهرود|سعید کاظمی‌راد"}},
		{"the sentence of the thanks", "کامران نیک‌فر به عنوان سرپرست فرمانداری مهدیشهر منصوب شد. همچنین بهمن رستمی‌پور به عنوان مدیر اداره ورزش و جوانان شهرستان شاهرود معرفی و از خدمات سعید کاظمی‌راد تقدیر شد.",
			[]string{"کامران نیک‌فر|سرپرست|فرمانداری مهدیشهر|", "بهمن رستمی‌پور|مدیر|اداره ورزش و جوانان شهرستان شاهرود|سعید کاظمی‌راد"}},
		{"the first appointment", "کامران نیک‌فر به عنوان سرپرست فرمانداری مهدیشهر معرفی شد. همچنین بهمن رستمی‌پور به عنوان معاون فرمانداری مهدیشهر معرفی شد. در این آیین از خدمات سعید کاظمی‌راد تقدیر شد.",
			[]string{"کامران نیک‌فر|سرپرست|فرمانداری مهدیشهر|سعید کاظمی‌راد", "بهمن رستمی‌پور|معاون|فرمانداری مهدیشهر|"}},
	})
}
