package extract

import "testing"

// TestR16BThisBodyDescribed checks «R این شرکت خصوصی»: «این» and a body's
// head noun with words describing it refer back to the body of that head
// named before, as the bare head does.
func TestR16BThisBodyDescribed(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"private company", "خبر\n\nهیئت از شرکت کشت و صنعت دشت سبز یزد بازدید کرد. کامران نیک‌فر، رئیس هیئت‌مدیره و مدیرعامل این شرکت خصوصی گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس هیئت‌مدیره|شرکت کشت و صنعت دشت سبز یزد", "کامران نیک‌فر|مدیرعامل|شرکت کشت و صنعت دشت سبز یزد"}},
		{"charity", "خبر\n\nمدرسه با کمک مؤسسه خیریه نیکوکاران دریا ساخته شد. کامران نیک‌فر، مدیرعامل این مؤسسه خیریه گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|مؤسسه خیریه نیکوکاران دریا"}},
		{"knowledge-based", "خبر\n\nهیئت از شرکت فناوران پارس بازدید کرد. کامران نیک‌فر، مدیرعامل این شرکت دانش‌بنیان گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|شرکت فناوران پارس"}},
		{"no such body before", "خبر\n\nهیئت از بیمارستان امام یزد بازدید کرد. کامران نیک‌فر، مدیرعامل این شرکت خصوصی گفت: کار آغاز شد.", nil},
	})
}
