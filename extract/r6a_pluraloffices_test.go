package extract

import "testing"

// TestPluralOfficesAreNoBody checks that offices of several fields named
// together under a plural head («ادارات کل A و B استان X») give no body
// of that name, while the offices named one by one stay bodies.
func TestPluralOfficesAreNoBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرکل اداره کل راه و شهرسازی استان قزوین و مدیرکل اداره کل میراث فرهنگی استان قزوین حضور داشتند. ادارات کل راه و شهرسازی و میراث فرهنگی استان قزوین هزینه را تأمین می‌کنند.",
			[]string{"اداره کل راه و شهرسازی استان قزوین", "اداره کل میراث فرهنگی استان قزوین"}},
	})
}
