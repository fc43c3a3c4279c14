package extract

import "testing"

// TestPostBeforeBareHead checks «X مدیر روابط عمومی شرکت»: a post's own
// words before a head noun alone that refers back to the body the report
// named are the post, and the body is that one; an indefinite object
// (گزارشی) after the head noun is no word of the body's name.
func TestPostBeforeBareHead(t *testing.T) {
	lead := "نشست شرکت آب و فاضلاب استان سمنان برگزار شد\n\nبه گزارش روابط عمومی شرکت آب و فاضلاب استان سمنان، "
	checkAffiliationCases(t, []affCase{
		{"post words before the bare head", lead + "در این نشست سیما آقایی‌نژاد مدیر روابط عمومی شرکت و بهرام نیک‌فر معاون فنی شرکت حضور داشتند.",
			[]string{"سیما آقایی‌نژاد|مدیر روابط عمومی|شرکت آب و فاضلاب استان سمنان", "بهرام نیک‌فر|معاون فنی|شرکت آب و فاضلاب استان سمنان"}},
		{"an indefinite object after the head", lead + "در این نشست کاوه رستمی، معاون فنی شرکت گزارشی از کار ارائه کرد.",
			[]string{"کاوه رستمی|معاون فنی|شرکت آب و فاضلاب استان سمنان"}},
		{"a message read", lead + "در این نشست کاوه رستمی، مدیرعامل شرکت پیامی قرائت کرد.",
			[]string{"کاوه رستمی|مدیرعامل|شرکت آب و فاضلاب استان سمنان"}},
	})
}
