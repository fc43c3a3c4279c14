package extract

import "testing"

// TestRelativePostWithAlso checks «وی که R Y نیز هست»: a post told in a
// relative clause with the copula «هست» or «می‌باشد», after «نیز» or
// «هم», is held now; with «بود» it was held before.
func TestRelativePostWithAlso(t *testing.T) {
	lead := "کامران نیک‌فر، رئیس شورای اسلامی شهر سمنان گفت: بودجه تامین شد. "
	checkAffiliationCases(t, []affCase{
		{"نیز هست", lead + "وی که عضو هیئت‌مدیره سازمان اتوبوسرانی سمنان نیز هست، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان", "کامران نیک‌فر|عضو هیئت‌مدیره|سازمان اتوبوسرانی سمنان"}},
		{"هم می‌باشد", lead + "وی که رئیس کمیسیون عمران شورای اسلامی شهر سمنان هم می‌باشد، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان", "کامران نیک‌فر|رئیس|کمیسیون عمران شورای اسلامی شهر سمنان"}},
		{"past", lead + "وی که عضو هیئت‌مدیره سازمان اتوبوسرانی سمنان نیز بود، افزود: کار آغاز شد.",
			[]string{"کامران نیک‌فر|رئیس|شورای اسلامی شهر سمنان"}},
	})
}

// TestPresentPostAfterPastOne checks «X پیش از این R1 BODY1 بوده و R2
// BODY2 است» and the same in a relative clause: the second post, closed
// by the present copula, is held now; the first is none.
func TestPresentPostAfterPastOne(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"after the name", "خبر\n\nکامران نیک‌فر پیش از این معاون فنی شرکت آب منطقه‌ای سمنان بوده و عضو هیئت علمی دانشگاه سمنان است.",
			[]string{"کامران نیک‌فر|عضو هیئت علمی|دانشگاه سمنان"}},
		{"relative", "خبر\n\nکامران نیک‌فر که قبلاً معاون فنی شرکت آب منطقه‌ای سمنان بوده است و عضو هیئت علمی دانشگاه سمنان است، گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|عضو هیئت علمی|دانشگاه سمنان"}},
		{"both past", "خبر\n\nکامران نیک‌فر پیش از این معاون فنی شرکت آب منطقه‌ای سمنان بوده و عضو هیئت علمی دانشگاه سمنان بود.", nil},
	})
}

// TestRespectivelyPluralPost checks «الف، ب و ج به ترتیب فرمانداران
// شهرستان‌های د، ه و و»: the plural post after «به ترتیب» gives each
// name the body in the same place of its list.
func TestRespectivelyPluralPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"respectively", "خبر\n\nدر این جلسه کامران نیک‌فر، بهمن رستمی‌پور و سعید کاظمی‌راد به ترتیب فرمانداران شهرستان‌های گرمسار، مهدیشهر و سرخه حضور داشتند.",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری شهرستان گرمسار", "بهمن رستمی‌پور|فرماندار|فرمانداری شهرستان مهدیشهر", "سعید کاظمی‌راد|فرماندار|فرمانداری شهرستان سرخه"}},
	})
}
