package extract

import "testing"

// TestPostOfUnitNamedBefore checks «رئیس واحد (X)»: a territorial unit's
// word alone, or with the place the body's name gives it, after a post is
// the body named before with that unit in its name; a numbered unit is
// not; and «... و خانم Y» after a post's words starts the next holder.
func TestPostOfUnitNamedBefore(t *testing.T) {
	lead := "نمایشگاه دانشگاه آزاد اسلامی واحد شاهرود\n\nبه گزارش روابط عمومی دانشگاه آزاد اسلامی واحد شاهرود، نمایشگاه دستاوردهای این واحد "
	checkAffiliationCases(t, []affCase{
		{"unit with its place", lead + "با حضور دکتر کاوه رستمی، رئیس واحد شاهرود گشایش یافت.",
			[]string{"کاوه رستمی|رئیس|دانشگاه آزاد اسلامی واحد شاهرود"}},
		{"unit alone, then a titled holder", lead + "گشایش یافت. مهندس بهرام نیک‌فر، معاون پژوهش و فناوری واحد و خانم سیما آقایی‌نژاد، مسئول مرکز رشد، نیز حضور داشتند.",
			[]string{"بهرام نیک‌فر|معاون پژوهش و فناوری|دانشگاه آزاد اسلامی واحد شاهرود", "سیما آقایی‌نژاد|مسئول|مرکز رشد"}},
		{"unit of another place", lead + "با حضور دکتر کاوه رستمی، رئیس واحد دامغان گشایش یافت.",
			nil},
	})
}

// TestPostOfUnitFirstNamed checks that «معاون واحد» alone is the unit the
// report named first, not a part of it named later with the unit's name
// (مرکز رشد واحد X).
func TestPostOfUnitFirstNamed(t *testing.T) {
	text := "نمایشگاه دانشگاه آزاد اسلامی واحد شاهرود\n\nبه گزارش روابط عمومی دانشگاه آزاد اسلامی واحد شاهرود، نمایشگاه دستاوردهای این واحد گشایش یافت. " +
		"مرکز رشد واحد شاهرود امسال ۹ هسته فناور پذیرفته است. مهندس بهرام نیک‌فر، معاون پژوهش و فناوری واحد نیز حضور داشت."
	checkAffiliationCases(t, []affCase{
		{"the unit named first", text, []string{"بهرام نیک‌فر|معاون پژوهش و فناوری|دانشگاه آزاد اسلامی واحد شاهرود"}},
	})
}
