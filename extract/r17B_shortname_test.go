package extract

import "testing"

// TestR17BShortNameOfOtherBody checks that a post «به سمت R شرکت X»
// whose body is the short form (head and last word) of another body the
// report names in full («شرکت مادرتخصصی X») is in that body, not in the
// report's own company, and that a body named by a place («دانشگاه
// سمنان») is no short form of another of that place.
func TestR17BShortNameOfOtherBody(t *testing.T) {
	text := "مدیرعامل جدید شرکت توزیع نیروی برق استان سمنان معرفی شد\n\n" +
		"به گزارش خبرنگار ما، مهندس کامران نیک‌فر با حکم مهندس سعید رحیمی مدیرعامل شرکت مادرتخصصی نیرورسان به عنوان مدیرعامل شرکت توزیع نیروی برق استان سمنان منصوب شد.\n\n" +
		"نیک‌فر جایگزین مهندس بهمن رستمی‌پور شده است. رستمی‌پور پیش‌تر به سمت معاون فنی شرکت نیرورسان منصوب شده است.\n"
	place := "معاون جدید دانشگاه سمنان معرفی شد\n\n" +
		"به گزارش خبرنگار ما، در این آیین رئیس دانشگاه علوم پزشکی سمنان نیز حضور داشت و کامران نیک‌فر به عنوان معاون آموزشی دانشگاه سمنان منصوب شد.\n"
	checkAppointmentCases(t, []appointmentCase{
		{"a body of a place", place, []string{"کامران نیک‌فر|معاون آموزشی|دانشگاه سمنان|"}},
		{"short form of a named company", text, []string{
			"کامران نیک‌فر|مدیرعامل|شرکت توزیع نیروی برق استان سمنان|بهمن رستمی‌پور",
			"رستمی‌پور|معاون فنی|شرکت مادرتخصصی نیرورسان|"}},
	})
}
