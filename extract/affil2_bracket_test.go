package extract

import "testing"

// TestBracketedPost checks «X (R BODY)»: a post in brackets right after a
// name is the name's, when the bracket closes right after the body.
func TestBracketedPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"closed", "خبر\n\nکامران نیک‌فر (رئیس سازمان جهاد کشاورزی استان سمنان) گفت: ذخایر کافی است.",
			[]string{"کامران نیک‌فر|رئیس|سازمان جهاد کشاورزی استان سمنان"}},
		{"more words inside", "خبر\n\nکامران نیک‌فر (رئیس سازمان جهاد کشاورزی استان سمنان در سال گذشته) گفت: ذخایر کافی است.", nil},
	})
}

// TestBracketAliasInPost checks that the short name given in brackets
// after a body's name («(ایدرو)») stands for that body in a later post.
func TestBracketAliasInPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"alias", "خبر\n\nدر این جلسه نماینده سازمان گسترش و نوسازی صنایع ایران (ایدرو) حضور داشت. کامران نیک‌فر، مشاور مدیرعامل ایدرو گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مشاور مدیرعامل|سازمان گسترش و نوسازی صنایع ایران"}},
	})
}
