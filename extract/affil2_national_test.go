package extract

import "testing"

// TestNationalHeadBesideBranch checks that a body named with no place
// whose post one person holds is the national body when another person
// holds a post of the same body with a place, while the same person's
// short form of the branch stays one body.
func TestNationalHeadBesideBranch(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در این آیین بهمن رستمی‌پور، رئیس بنیاد مسکن انقلاب اسلامی و کامران نیک‌فر، مدیرکل بنیاد مسکن انقلاب اسلامی استان سمنان حضور داشتند.",
			[]string{"بنیاد مسکن انقلاب اسلامی", "بنیاد مسکن انقلاب اسلامی استان سمنان"}},
		{"در این آیین بهمن رستمی‌پور، مدیرعامل شرکت ملی گاز و کامران نیک‌فر، مدیرعامل شرکت ملی گاز استان سمنان حضور داشتند.",
			[]string{"شرکت ملی گاز", "شرکت ملی گاز استان سمنان"}},
		{"کامران نیک‌فر، مدیرکل بنیاد مسکن انقلاب اسلامی استان سمنان گفت: کار آغاز شد. نیک‌فر، رئیس بنیاد مسکن انقلاب اسلامی افزود: طرح ادامه دارد.",
			[]string{"بنیاد مسکن انقلاب اسلامی استان سمنان|بنیاد مسکن انقلاب اسلامی"}},
		{"در این آیین بهمن رستمی‌پور، رئیس جمعیت هلال‌احمر کشور سخن گفت. رستمی‌پور، رئیس جمعیت هلال‌احمر و کامران نیک‌فر، مدیرعامل جمعیت هلال‌احمر استان سمنان از انبار بازدید کردند.",
			[]string{"جمعیت هلال‌احمر کشور|جمعیت هلال‌احمر", "جمعیت هلال‌احمر استان سمنان"}},
	})
}
