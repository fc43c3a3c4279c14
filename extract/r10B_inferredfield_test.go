package extract

import "testing"

// TestR10BInferredBodyField checks «مدیرکل نوسازی، توسعه و تجهیز مدارس
// استان» after «مدیرکل آموزش و پرورش استان X»: a post of another field
// with the province left generic heads its own directorate, not the one
// named before; the same field still takes the full name.
func TestR10BInferredBodyField(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"another field", "مدرسه روستای ده‌بالا با حضور بهمن سپهرراد مدیرکل آموزش و پرورش استان یزد و کاوه نیکو مدیرکل نوسازی، توسعه و تجهیز مدارس استان به بهره‌برداری رسید.",
			[]string{"بهمن سپهرراد|مدیرکل|اداره کل آموزش و پرورش استان یزد", "کاوه نیکو|مدیرکل|اداره کل نوسازی، توسعه و تجهیز مدارس استان یزد"}},
	})
}
