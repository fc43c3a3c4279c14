package extract

import "testing"

// TestCentralAsAdjective checks that «مرکزی» followed by plain words of
// the name is the adjective «central», not the province that ends the
// name, while «مرکزی» before a verb, a mark or «استان» still ends it.
func TestCentralAsAdjective(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مدیرعامل سازمان مرکزی خدمات عشایری ایران گفت: کار آغاز شد.", []string{"سازمان مرکزی خدمات عشایری ایران"}},
		{"کامران نیک‌فر، استاندار مرکزی گفت: کار آغاز شد.", []string{"استانداری مرکزی"}},
	})
}

// TestUnitNumberClosesNameAfterAnd checks that a unit's number ending a
// name («منطقه ۴») lets the words after «و» belong to it, as a place would.
func TestUnitNumberClosesNameAfterAnd(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مدیر شرکت انبارداری و خدمات پشتیبانی منطقه ۴ گفت: کار آغاز شد.", []string{"شرکت انبارداری و خدمات پشتیبانی منطقه ۴"}},
	})
}
