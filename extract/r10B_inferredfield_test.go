package extract

import "testing"

// TestR10BInferredBodyField checks «مدیرکل میراث فرهنگی استان» after
// «مدیرکل آموزش و پرورش استان X»: a post of another field with the
// province left generic heads its own directorate, not the one named
// before.
func TestR10BInferredBodyField(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"another field", "در این بازدید بهمن سپهرراد مدیرکل آموزش و پرورش استان یزد و کاوه نیکو مدیرکل میراث فرهنگی استان از مدرسه تاریخی شهر دیدن کردند.",
			[]string{"بهمن سپهرراد|مدیرکل|اداره کل آموزش و پرورش استان یزد", "کاوه نیکو|مدیرکل|اداره کل میراث فرهنگی استان یزد"}},
	})
}
