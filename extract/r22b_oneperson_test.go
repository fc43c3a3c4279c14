package extract

import "testing"

// TestR22BPostAfterDatelineColon checks «شهر - نام نشریه: R BODY، الف»:
// the agency's name before the colon, read as a name, does not hold the
// post the report starts with; the name after it does.
func TestR22BPostAfterDatelineColon(t *testing.T) {
	text := "بازدید از مدارس\n\n" +
		"شیراز - آرش دماوند: مدیرکل آموزش و پرورش استان فارس، دکتر بهرام کاظمی‌نیا، روز گذشته از سه مدرسه ابتدایی بازدید کرد.\n"
	affs, _, _ := r20bDoc(t, text)
	if !has(affs, "بهرام کاظمی‌نیا | مدیرکل | اداره کل آموزش و پرورش استان فارس") {
		t.Errorf("affiliations %q, want the director general after the dateline", affs)
	}
}
