package extract

import (
	"strings"
	"testing"
)

// outgoingPostCases are made-up reports that tell the outgoing holder's
// new post, or name the predecessor in a second clause.
var outgoingPostCases = []appointmentCase{
	{"served from now on, in a thanked relative clause", "در این آیین، بهمن راد به عنوان مدیرکل ورزش و جوانان استان قم معرفی شد و از خدمات نادر امینی که از این پس به عنوان معاون وزیر ورزش و جوانان خدمت خواهد کرد، تقدیر شد.",
		[]string{"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|نادر امینی", "نادر امینی|معاون وزیر|وزارت ورزش و جوانان|"}},
	{"the former holder appointed, in apposition", "بهمن راد به عنوان مدیرکل ورزش و جوانان استان قم معرفی شد. نادر امینی، مدیرکل پیشین، به سمت معاون استاندار قم منصوب شده است.",
		[]string{"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|نادر امینی", "نادر امینی|معاون استاندار|استانداری قم|"}},
	{"the new holder takes the post the former one left", "در این مراسم از زحمات نادر امینی، مدیرکل سابق ورزش و جوانان استان قم که به سمت مشاور استاندار قم منصوب شده است، تقدیر و بهمن راد به عنوان مدیرکل جدید معرفی شد.",
		[]string{"نادر امینی|مشاور استاندار|استانداری قم|", "بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|نادر امینی"}},
	{"working from now on", "بهمن راد به عنوان فرماندار شهرستان اردستان معرفی شد. نادر امینی فرماندار سابق اردستان از این پس به عنوان معاون سیاسی استانداری اصفهان فعالیت خواهد کرد.",
		[]string{"بهمن راد|فرماندار|فرمانداری شهرستان اردستان|نادر امینی", "نادر امینی|معاون سیاسی|استانداری اصفهان|"}},
	{"served before is no new post", "بهمن راد به عنوان فرماندار شهرستان اردستان معرفی شد. نادر امینی سال‌ها به عنوان معاون سیاسی استانداری اصفهان خدمت کرد.",
		[]string{"بهمن راد|فرماندار|فرمانداری شهرستان اردستان|"}},
	{"replaced in a second clause", "بهمن راد با حکم استاندار به عنوان فرماندار شهرستان اردستان منصوب شد و جایگزین نادر امینی شد.",
		[]string{"بهمن راد|فرماندار|فرمانداری شهرستان اردستان|نادر امینی"}},
	{"succeeded in a second clause", "با حکم وزیر نیرو، بهمن راد به سمت مدیرعامل شرکت آب منطقه‌ای قم منصوب شد و جانشین نادر امینی شد.",
		[]string{"بهمن راد|مدیرعامل|شرکت آب منطقه‌ای قم|نادر امینی"}},
	{"replaced, and the replaced one appointed elsewhere", "بهمن راد به عنوان رئیس اداره آموزش و پرورش شهرستان نطنز معرفی شد و جایگزین نادر امینی شد که به سمت معاون اداره کل آموزش و پرورش استان اصفهان منصوب شده است.",
		[]string{"بهمن راد|رئیس|اداره آموزش و پرورش شهرستان نطنز|نادر امینی", "نادر امینی|معاون|اداره کل آموزش و پرورش استان اصفهان|"}},
	{"ranks are no predecessor", "سرهنگ پاسدار بهمن راد جانشین سرهنگ پاسدار نادر امینی در سپاه ناحیه کاشان شد.",
		[]string{"بهمن راد|فرمانده|سپاه ناحیه کاشان|نادر امینی"}},
	{"a rank after a rank is no name", "سرهنگ دوم پاسدار بهمن راد به عنوان فرمانده سپاه ناحیه نطنز معرفی شد و جایگزین سرهنگ پاسدار نادر امینی شد.",
		[]string{"بهمن راد|فرمانده|سپاه ناحیه نطنز|نادر امینی"}},
	{"a rank alone before the predecessor", "سرتیپ دوم پاسدار بهمن راد جانشین پاسدار نادر امینی در سپاه ناحیه نطنز شد.",
		[]string{"بهمن راد|فرمانده|سپاه ناحیه نطنز|نادر امینی"}},
	{"replacing a holder named by post only", "بهمن راد جایگزین فرماندار سابق شهرستان نطنز شد.",
		[]string{"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"}},
	{"succeeding a former holder in a body", "بهمن راد جانشین مدیرکل سابق در اداره کل منابع طبیعی استان قم شد.",
		[]string{"بهمن راد|مدیرکل|اداره کل منابع طبیعی استان قم|"}},
	{"a deputy's post is no succession", "بهمن راد جانشین فرمانده سپاه ناحیه نطنز شد.",
		[]string{"بهمن راد|جانشین فرمانده|سپاه ناحیه نطنز|"}},
	{"the former holder named by post only", "در این آیین بهمن راد به عنوان مدیرکل ورزش و جوانان استان قم معرفی شد و از زحمات نادر امینی تقدیر شد. مدیرکل سابق به سمت مشاور وزیر ورزش و جوانان منصوب شده است.",
		[]string{"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|نادر امینی", "نادر امینی|مشاور وزیر|وزارت ورزش و جوانان|"}},
	{"a former post held «پیش از این» in this body", "بهمن راد به عنوان مدیرکل ورزش و جوانان استان قم معرفی شد. نادر امینی پیش از این مدیرکل این اداره کل بود و اکنون به سمت مشاور وزیر ورزش و جوانان منصوب شده است.",
		[]string{"بهمن راد|مدیرکل|اداره کل ورزش و جوانان استان قم|نادر امینی", "نادر امینی|مشاور وزیر|وزارت ورزش و جوانان|"}},
	{"appointed to a post by its noun", "با حکم وزیر علوم، دکتر بهمن راد به ریاست دانشگاه کاشان منصوب شد.",
		[]string{"بهمن راد|رئیس|دانشگاه کاشان|"}},
	{"a body's management is no post", "این طرح به مدیریت شرکت فولاد سپید اجرا شد.", nil},
	{"a charge is no person", "مسئولیت اداره کل منابع طبیعی استان قم به مهندس بهمن راد سپرده شد.",
		[]string{"بهمن راد|مدیرکل|اداره کل منابع طبیعی استان قم|"}},
}

// TestOutgoingHolderPost checks the outgoing holder's new post and the
// predecessor told in a clause of its own.
func TestOutgoingHolderPost(t *testing.T) {
	checkAppointmentCases(t, outgoingPostCases)
}

// TestWorkBegun checks that beginning work in a post is an appointment
// and that work begun on something else, after a speech verb, is not.
func TestWorkBegun(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"بهمن راد به عنوان فرماندار شهرستان نطنز رسما آغاز به کار کرد.", []string{"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"}},
		{"بهمن راد از امروز به عنوان فرماندار شهرستان نطنز کار خود را آغاز کرد.", []string{"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"}},
		{"بهمن راد به عنوان مدیرعامل شرکت فولاد سپید گفت کار ساخت کارخانه آغاز شده است.", nil},
		{"بهمن راد رسماً کار خود را به عنوان فرماندار شهرستان نطنز آغاز کرد.", []string{"بهمن راد|فرماندار|فرمانداری شهرستان نطنز|"}},
	}
	for _, tc := range tests {
		got := appointmentsOf(tc.text)
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNamesAreNames checks that a common word, a post or a rank the person
// rules took for a name is neither appointed nor a predecessor.
func TestNamesAreNames(t *testing.T) {
	for _, w := range []string{"اکنون", "مسئولیت", "پاسدار", "فرماندار", "معاونان"} {
		if isNameLike(w) {
			t.Errorf("%s is taken for a name", w)
		}
	}
	for _, w := range []string{"بهمن راد", "پاسدار بهمن راد", "نادر امینی"} {
		if !isNameLike(w) {
			t.Errorf("%s is not taken for a name", w)
		}
	}
	text := "بهمن راد پیش از این معاون سیاسی فرمانداری نطنز بود و اکنون فرماندار شهرستان نطنز شده است."
	if got := appointmentsOf(text); len(got) != 0 {
		t.Errorf("a common word appointed: %q", got)
	}
	for _, af := range affiliationsOf(text) {
		if strings.HasPrefix(af, "اکنون|") {
			t.Errorf("a common word holds a post: %q", af)
		}
	}
}
