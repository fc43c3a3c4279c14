package extract

import "testing"

// TestBankBranchesOffice checks that the body a «مدیر شعب» or «مدیر امور
// شعب» heads is named as the office that runs the bank's branches of a
// province (the branches' own words an alias where a body is named by them
// alone, not a post), and that the office named literally («مدیریت شعب بانک X») is a body.
func TestBankBranchesOffice(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سامان تقی‌زاده‌فرد به عنوان مدیر شعب بانک سپه استان یزد معرفی شد.",
			[]string{"مدیریت شعب بانک سپه استان یزد"}},
		{"سامان تقی‌زاده‌فرد به عنوان مدیر امور شعب بانک ملت استان یزد معرفی شد.",
			[]string{"اداره امور شعب بانک ملت استان یزد|امور شعب بانک ملت استان یزد"}},
		{"وی پیش از این معاون اعتباری مدیریت شعب بانک صادرات استان سمنان بود.",
			[]string{"مدیریت شعب بانک صادرات استان سمنان"}},
	})
}
