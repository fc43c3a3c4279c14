package extract

import (
	"reflect"
	"testing"
)

// TestPostOfShortHead checks «رئیس اتاق X»: the first word of a head of
// two words and a place name the body of that head and place the article
// names in full; with no such body it names none.
func TestPostOfShortHead(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"the body named before", "تفاهم‌نامه اتاق بازرگانی، صنایع، معادن و کشاورزی سمنان و دانشگاه سمنان امضا شد.\nاین سند را کامران نیک‌فر، رئیس اتاق سمنان امضا کرد.",
			[]string{"کامران نیک‌فر|رئیس|اتاق بازرگانی، صنایع، معادن و کشاورزی سمنان"}},
		{"no such body", "این سند را کامران نیک‌فر، رئیس اتاق سمنان امضا کرد.", nil},
	})
}

// TestInferredBodyWithCommaList checks a post whose body is inferred from
// it and names its field as a list with «،» (مدیرکل میراث فرهنگی، گردشگری
// و صنایع‌دستی استان X → اداره کل ...).
func TestInferredBodyWithCommaList(t *testing.T) {
	got := affiliationsOf("مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان سمنان، کامران نیک‌فر، گفت: گردشگران افزایش یافتند.")
	if want := []string{"کامران نیک‌فر|مدیرکل|اداره کل میراث فرهنگی، گردشگری و صنایع‌دستی استان سمنان"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFieldDirectorateGeneral checks that a مدیرکل of a field named by
// its head alone (آموزش و پرورش، بهزیستی) heads the province's
// directorate general of that field, while a body of its own kind after
// the post stays that body.
func TestFieldDirectorateGeneral(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a field", "کامران نیک‌فر مدیرکل بهزیستی استان سمنان گفت: مرکز جدید افتتاح شد.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل بهزیستی استان سمنان"}},
		{"a body of its own", "کامران نیک‌فر مدیرکل صدا و سیمای مرکز سمنان گفت: برنامه جدید پخش شد.",
			[]string{"کامران نیک‌فر|مدیرکل|صدا و سیمای مرکز سمنان"}},
	})
}

// TestBankBranchesManager checks «مدیر (امور) شعب بانک X استان Y»: the
// post heads the bank's branches of the province, while «مدیرعامل بانک
// X» heads the bank.
func TestBankBranchesManager(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"branches", "کامران نیک‌فر، مدیر امور شعب بانک مهر سپید استان سمنان گفت: تسهیلات افزایش یافت.",
			[]string{"کامران نیک‌فر|مدیر|امور شعب بانک مهر سپید استان سمنان"}},
		{"the bank", "کامران نیک‌فر، مدیرعامل بانک مهر سپید گفت: تسهیلات افزایش یافت.",
			[]string{"کامران نیک‌فر|مدیرعامل|بانک مهر سپید"}},
	})
}
