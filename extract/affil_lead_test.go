package extract

import "testing"

// TestUnnamedSpeakerAfterLead checks that an unnamed post holder who
// speaks right after a lead («به گزارش X،») or a dateline («PLACE- X-»)
// is the person who goes on speaking at the start of the next sentence.
func TestUnnamedSpeakerAfterLead(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"after «به گزارش»", "به گزارش ایرنا، استاندار سمنان روز یکشنبه در بازدید از طرح گفت: کار آغاز شد.\nکامران نیک‌فر در این بازدید افزود: اعتبار تامین شد.",
			[]string{"کامران نیک‌فر|استاندار|استانداری سمنان"}},
		{"after a dateline", "دامغان- ایرنا- استاندار سمنان روز یکشنبه در بازدید از طرح گفت: کار آغاز شد.\nکامران نیک‌فر در این بازدید افزود: اعتبار تامین شد.",
			[]string{"کامران نیک‌فر|استاندار|استانداری سمنان"}},
		{"a clause's comma is no lead", "به گزارش ایرنا در این نشست، پس از سخنان مدیران، استاندار سمنان گفت: کار آغاز شد.\nکامران نیک‌فر در این بازدید افزود: اعتبار تامین شد.", nil},
	})
}

// TestSpeakerBySaidAndRelativeWithTime checks «به گفته X، ...» after an
// unnamed speaker (X is that post's holder) and a relative clause of the
// present with words of time before its post («X که از سال گذشته R
// است»), which a past one («... بود») is not.
func TestSpeakerBySaidAndRelativeWithTime(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"said by", "به گزارش ایرنا، فرماندار دامغان گفت: کمبود آب جدی است. به گفته کامران نیک‌فر، ۱۵ حلقه چاه حفر می‌شود.",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری دامغان"}},
		{"relative since last year", "کامران نیک‌فر که از سال گذشته مدیرعامل شرکت گاز استان سمنان است، در این نشست گفت: کار آغاز شد.",
			[]string{"کامران نیک‌فر|مدیرعامل|شرکت گاز استان سمنان"}},
		{"relative in the past", "کامران نیک‌فر که از سال گذشته مدیرعامل شرکت گاز استان سمنان بود، در این نشست گفت: کار آغاز شد.", nil},
	})
}

// TestUnnamedSpeakerOfTwoPosts checks an unnamed speaker told by two posts
// joined by «و» at the start of a sentence: the second post opens it too.
func TestUnnamedSpeakerOfTwoPosts(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two posts", "به گزارش ایرنا، معاون استاندار و فرماندار ویژه شهرستان دامغان گفت: طرح آغاز شد. کامران نیک‌فر افزود: اعتبار تامین شد.",
			[]string{"کامران نیک‌فر|فرماندار|فرمانداری ویژه شهرستان دامغان"}},
	})
}
