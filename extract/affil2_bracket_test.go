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
