package extract

import (
	"strings"
	"testing"
)

// TestThankedGoesOnToPost checks that «وی از این پس به عنوان R» in the
// speech of one who thanks another is the thanked one's post, not the
// speaker's.
func TestThankedGoesOnToPost(t *testing.T) {
	text := "با حکم استاندار سمنان، کامران نیک‌فر به سمت فرماندار شهرستان دامغان منصوب شد. در این آیین از زحمات بهمن کیانی‌مهر، فرماندار سابق دامغان تقدیر شد.\n" +
		"دکتر مینا تابان، استاندار سمنان در این آیین گفت: کار آغاز شد.\n" +
		"استاندار سمنان همچنین از تلاش‌های کیانی‌مهر قدردانی کرد و گفت: وی از این پس به عنوان مدیرکل امور اتباع استانداری سمنان فعالیت خواهد کرد."
	got := appointmentsOf(text)
	var ok bool
	for _, g := range got {
		if strings.Contains(g, "مدیرکل") {
			ok = strings.HasPrefix(g, "کیانی‌مهر|") || strings.HasPrefix(g, "بهمن کیانی‌مهر|")
		}
	}
	if !ok {
		t.Errorf("appointments %q: want the post of مدیرکل for کیانی‌مهر", got)
	}
}

// TestPostAfterWordsOfTime checks «X از این پس ROLE BODY خواهد بود» and
// «X هم‌اکنون ROLE BODY است»: a post told as a predicate after words of
// time; without the copula the words of time start no post.
func TestPostAfterWordsOfTime(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"future", "کامران نیک‌فر از این پس مستشار دادگاه تجدیدنظر استان سمنان خواهد بود.",
			[]string{"کامران نیک‌فر|مستشار|دادگاه تجدیدنظر استان سمنان"}},
		{"now", "کامران نیک‌فر هم‌اکنون مدیرکل اداره کل ورزش استان سمنان است.",
			[]string{"کامران نیک‌فر|مدیرکل|اداره کل ورزش استان سمنان"}},
		{"no copula", "کامران نیک‌فر از این پس مدیرکل اداره کل ورزش استان سمنان را در جلسات همراهی می‌کند.", nil},
	})
}

// TestOutgoingWithNextPost checks that an outgoing holder thanked in the
// report keeps being the predecessor when a later sentence gives him his
// next post («X از این پس R خواهد بود»), and that «الف جایگزین ب
// می‌شود» names ب as the predecessor.
func TestOutgoingWithNextPost(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"next post", "در این آیین قاضی کامران نیک‌فر به عنوان رئیس جدید دادگستری شهرستان دامغان معرفی و از خدمات قاضی بهمن راد تقدیر شد. راد از این پس مستشار دادگاه تجدیدنظر استان سمنان خواهد بود.",
			"کامران نیک‌فر|رئیس|دادگستری شهرستان دامغان|بهمن راد"},
		{"present of the change", "کامران نیک‌فر به عنوان رئیس جدید اتاق بازرگانی سمنان انتخاب شد.\nنیک‌فر جایگزین بهمن راد می‌شود که دوره ریاست او به پایان رسیده بود.",
			"کامران نیک‌فر|رئیس|اتاق بازرگانی سمنان|بهمن راد"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := appointmentsOf(tc.text)
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("got %q, want %q first", got, tc.want)
			}
		})
	}
}
