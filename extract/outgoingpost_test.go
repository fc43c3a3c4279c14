package extract

import "testing"

// outgoingPostCases are made-up reports that tell the outgoing holder's
// new post, or name the predecessor in a second clause.
var outgoingPostCases = []struct {
	name, text string
	want       []string
}{
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
	{"a charge is no person", "مسئولیت اداره کل منابع طبیعی استان قم به مهندس بهمن راد سپرده شد.",
		[]string{"بهمن راد|مدیرکل|اداره کل منابع طبیعی استان قم|"}},
}

// TestOutgoingHolderPost checks the outgoing holder's new post and the
// predecessor told in a clause of its own.
func TestOutgoingHolderPost(t *testing.T) {
	for _, tc := range outgoingPostCases {
		t.Run(tc.name, func(t *testing.T) {
			got := appointmentsOf(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
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
	}
	for _, tc := range tests {
		got := appointmentsOf(tc.text)
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
