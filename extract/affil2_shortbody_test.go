package extract

import "testing"

// TestCoordinatedPostShortBody checks «X، R1 BODY و R2 (این) HEAD»: a
// second post whose body is told by the first body's head noun alone is
// in the first body; a head noun of another kind is not.
func TestCoordinatedPostShortBody(t *testing.T) {
	title := "نشست شورای اسلامی شهر سمنان برگزار شد\n\n"
	checkAffiliationCases(t, []affCase{
		{"bare head", title + "در این نشست کامران نیک‌فر، عضو شورای اسلامی شهر سمنان و خزانه‌دار شورا، گزارشی ارائه کرد.",
			[]string{"کامران نیک‌فر|عضو|شورای اسلامی شهر سمنان", "کامران نیک‌فر|خزانه‌دار|شورای اسلامی شهر سمنان"}},
		{"after «این»", title + "در این نشست دکتر سیما نیک‌فر، عضو هیئت علمی دانشگاه سمنان و معاون پژوهشی این دانشگاه، گزارشی ارائه کرد.",
			[]string{"سیما نیک‌فر|عضو هیئت علمی|دانشگاه سمنان", "سیما نیک‌فر|معاون پژوهشی|دانشگاه سمنان"}},
		{"another head", title + "در این نشست کامران نیک‌فر، عضو شورای اسلامی شهر سمنان و خزانه‌دار هیئت، گزارشی ارائه کرد.",
			[]string{"کامران نیک‌فر|عضو|شورای اسلامی شهر سمنان"}},
	})
}

// TestCommonWordGivenNamesMore checks that a given name that is also a common
// word («سیما»، «رویا») is a given name before a surname with a surname's
// ending.
func TestCommonWordGivenNamesMore(t *testing.T) {
	checkOnePerson(t, []struct{ text, want string }{
		{"نشست شورا برگزار شد\n\nدر این نشست سیما آقایی‌نژاد، عضو شورای اسلامی شهر سمنان گزارشی ارائه کرد.", "سیما آقایی‌نژاد"},
		{"نشست شورا برگزار شد\n\nدر این نشست رویا کاظمی‌پور، مدیر منطقه ۳ گزارشی ارائه کرد.", "رویا کاظمی‌پور"},
	})
}
