package extract

import "testing"

// TestR15BListSharedBody checks «الف R1، ب R2 و ج R3 BODY» with posts of
// one kind: the body told after the last post is every post's; a post of
// another kind before the list keeps no body.
func TestR15BListSharedBody(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"deputies listed", "خبر\n\nدر این جلسه دکتر پروانه سلیمانی معاون آموزشی، دکتر یاسر قنبری‌پور معاون درمان و دکتر هومن شریفیان معاون بهداشت دانشگاه علوم پزشکی همدان گزارش دادند.",
			[]string{"پروانه سلیمانی|معاون آموزشی|دانشگاه علوم پزشکی همدان", "یاسر قنبری‌پور|معاون درمان|دانشگاه علوم پزشکی همدان", "هومن شریفیان|معاون بهداشت|دانشگاه علوم پزشکی همدان"}},
		{"another kind", "خبر\n\nدر این جلسه پروانه سلیمانی سخنگو، یاسر قنبری‌پور معاون درمان و هومن شریفیان معاون بهداشت دانشگاه علوم پزشکی همدان گزارش دادند.",
			[]string{"یاسر قنبری‌پور|معاون درمان|دانشگاه علوم پزشکی همدان", "هومن شریفیان|معاون بهداشت|دانشگاه علوم پزشکی همدان"}},
	})
}
