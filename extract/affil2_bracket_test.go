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

// TestDashedApposition checks «X - R BODY - گفت» and «R BODY - X - گفت»:
// a post or a name between two dashes is an apposition, while a
// dateline's single dash («سمنان - ایرنا - …») joins no post to a name.
func TestDashedApposition(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"name then post", "خبر\n\nبه گزارش ایرنا، کامران نیک‌فر - مدیرکل اداره کل تعاون روستایی استان سمنان - گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل تعاون روستایی استان سمنان"}},
		{"post then name", "خبر\n\nمدیرکل اداره کل بهزیستی استان سمنان - بهمن رستمی‌پور - افزود: خدمت ادامه دارد.",
			[]string{"بهمن رستمی‌پور|مدیرکل|اداره کل بهزیستی استان سمنان"}},
		{"one dash", "خبر\n\nکامران نیک‌فر - مدیرکل اداره کل تعاون روستایی استان سمنان را در جلسه دید.", nil},
	})
}

// TestMoreRoleTitles checks post titles added to roles.txt: an assistant
// of a minister and a newspaper's managing director.
func TestMoreRoleTitles(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"assistant", "خبر\n\nبهمن رستمی‌پور، دستیار ویژه وزیر نیرو گفت: کار ادامه دارد.",
			[]string{"بهمن رستمی‌پور|دستیار ویژه وزیر|وزارت نیرو"}},
		{"managing director", "خبر\n\nکامران نیک‌فر، مدیرمسئول روزنامه سمنان گفت: کار ادامه دارد.",
			[]string{"کامران نیک‌فر|مدیرمسئول|روزنامه سمنان"}},
	})
}
