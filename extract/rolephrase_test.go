package extract

import (
	"slices"
	"strings"
	"testing"
)

// rolePhraseCases are made-up sentences of each role-phrase construction:
// every wanted affiliation must be found, and none of the unwanted ones.
var rolePhraseCases = []struct {
	name, text string
	want, not  []string
}{
	{"two posts, one body, after a name",
		"در این نشست مهرداد سلیمی رئیس هیئت‌مدیره و مدیرعامل شرکت پتروشیمی ارغوان گفت که تولید افزایش یافت.",
		[]string{"مهرداد سلیمی|رئیس هیئت‌مدیره|شرکت پتروشیمی ارغوان", "مهرداد سلیمی|مدیرعامل|شرکت پتروشیمی ارغوان"}, nil},
	{"a commanded unit is its own body",
		"سرهنگ کامران فرزین فرمانده لشکر ۲۸ پیاده گفت که طرح آغاز شد. سردار مهرداد سلیمی فرمانده مرزبانی استان سیستان و بلوچستان نیز سخن گفت.",
		[]string{"کامران فرزین|فرمانده|لشکر ۲۸ پیاده", "مهرداد سلیمی|فرمانده|مرزبانی استان سیستان و بلوچستان"},
		[]string{"کامران فرزین|فرمانده|فرماندهی لشکر ۲۸ پیاده"}},
	{"a command that is no body by itself",
		"سرهنگ نادر امینی فرمانده انتظامی شهرستان زابل حضور داشت.",
		[]string{"نادر امینی|فرمانده|فرماندهی انتظامی شهرستان زابل"}, nil},
	{"an ordinal before the post",
		"کامران فرزین، دومین رئیس شورای شهر کاشان، گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|رئیس|شورای شهر کاشان"}, nil},
	{"a charge held",
		"مهندس کامران فرزین سرپرستی اداره کل ورزش و جوانان استان یزد را برعهده دارد.",
		[]string{"کامران فرزین|سرپرست|اداره کل ورزش و جوانان استان یزد"}, nil},
	{"on behalf of a minister", // standing for him in the event is no post (round 18)
		"در این نشست کامران فرزین به نمایندگی از وزیر ورزش و جوانان حضور داشت.",
		nil, []string{"کامران فرزین|نماینده وزیر|وزارت ورزش و جوانان"}},
	{"a pronoun's post is the person's named before",
		"کامران فرزین در این نشست حضور داشت. وی، فرماندار شهرستان نایین، در ادامه گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان نایین"}, nil},
	{"a semicolon sets the post off",
		"در این نشست کامران فرزین؛ فرماندار شهرستان نایین گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان نایین"}, nil},
	{"this province is the named county's",
		"در شهرستان سراب نشستی برگزار شد. کامران فرزین فرماندار این شهرستان گفت که طرح آغاز شد. مهرداد سلیمی استاندار این استان نیز سخن گفت.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان سراب", "مهرداد سلیمی|استاندار|استانداری آذربایجان شرقی"}, nil},
	{"the object of a post holder's verb holds no post",
		"استاندار کرمان مهرداد سلیمی را به عنوان فرماندار شهرستان بم برگزید.",
		nil, []string{"مهرداد سلیمی|استاندار|استانداری کرمان"}},
	{"a guest named before the appointee is not the appointee's post",
		"در آیینی با حضور مدیرعامل شرکت ملی گاز ایران، امیر قاسمی به‌عنوان مدیرعامل شرکت گاز استان زنجان معرفی شد.",
		nil, []string{"امیر قاسمی|مدیرعامل|شرکت ملی گاز ایران"}},
	{"a post's own words before the body it is in",
		"امیر قاسمی، مدیر دیسپچینگ شرکت گاز استان قزوین، گفت که مصرف افزایش یافت.",
		[]string{"امیر قاسمی|مدیر دیسپچینگ|شرکت گاز استان قزوین"}, nil},
	{"a charge held from now on",
		"از فردا مهرداد سلیمی، معاون فنی شهرداری کاشان، سرپرستی شهرداری کاشان را نیز بر عهده خواهد داشت.",
		[]string{"مهرداد سلیمی|سرپرست|شهرداری کاشان"}, nil},
	{"a speaker named later, the persons of the quotation aside",
		"رئیس شورای اسلامی شهر کاشان گفت: پس از کناره‌گیری نادر امینی، کامران فرزین به عنوان شهردار برگزیده شد.\nخانم سارا مقدم افزود: کار از هفته آینده آغاز می‌شود.",
		[]string{"سارا مقدم|رئیس|شورای اسلامی شهر کاشان"}, nil},
	{"an unnamed post whose holder was named before",
		"در این آیین با حضور نادر امینی، فرماندار شهرستان میناب، سرهنگ جواد امیری جایگزین سرهنگ علی صادقی شد.\nفرماندار شهرستان میناب نیز بر امنیت تاکید کرد.\nسرهنگ امیری افزود: امنیت اولویت ماست.",
		[]string{"نادر امینی|فرماندار|فرمانداری شهرستان میناب"}, []string{"جواد امیری|فرماندار|فرمانداری شهرستان میناب", "امیری|فرماندار|فرمانداری شهرستان میناب"}},
	{"a later speaker holding another post",
		"طرح با حضور مهندس فرشید بهمنی، مدیرعامل شرکت گاز استان ایلام، افتتاح شد. مدیرعامل شرکت ملی پخش فرآورده‌های نفتی نیز سخنرانی کوتاهی داشت.\nبهمنی افزود: کار ادامه دارد.",
		[]string{"فرشید بهمنی|مدیرعامل|شرکت گاز استان ایلام"}, []string{"فرشید بهمنی|مدیرعامل|شرکت ملی پخش فرآورده‌های نفتی", "بهمنی|مدیرعامل|شرکت ملی پخش فرآورده‌های نفتی"}},
	{"a post typed together with its place",
		"در این جلسه کامران فرزین فرماندارتفت گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری تفت"}, nil},
	{"a resigned holder holds the post no more",
		"به دنبال استعفای خانم لیلا صدری شهردارتفت، شورای شهر خانم مینا کاوه را بعنوان سرپرست و شهردارتفت برگزید.",
		nil, []string{"لیلا صدری|شهردار|شهرداری تفت"}},
	{"a post's own words listed with commas",
		"در این آیین بهرام نیکزاد، معاون فنی، عمرانی و اقتصادی استاندار سمنان، حضور داشت.",
		[]string{"بهرام نیکزاد|معاون فنی، عمرانی و اقتصادی استاندار|استانداری سمنان"}, nil},
	{"a post held before is no affiliation",
		"کامران فرزین که پیش از این معاون فرماندار شهرستان تفت بود، در این جلسه گفت که طرح آغاز شد.",
		nil, []string{"کامران فرزین|معاون فرماندار|فرمانداری شهرستان تفت"}},
	{"a numbered zone of another body is not the municipality's",
		"در شهرداری کرمان جلسه‌ای برگزار شد و مهرداد سلیمی مدیر منطقه ۲ آموزش و پرورش گفت که طرح آغاز شد.",
		nil, []string{"مهرداد سلیمی|مدیر|شهرداری منطقه 2 آموزش و پرورش کرمان", "مهرداد سلیمی|مدیر|شهرداری منطقه 2 آموزش و پرورش"}},
	{"a post held now, in a relative clause of a pronoun",
		"کامران فرزین در این نشست حضور داشت. وی که فرماندار شهرستان نایین است، گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان نایین"}, nil},
	{"a post held now, in a relative clause of a name",
		"مهرداد سلیمی که مدیرکل اداره کل ورزش استان یزد است، گفت که طرح آغاز شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد"}, nil},
	{"a post held before, in a relative clause",
		"مهرداد سلیمی که مدیرکل اداره کل ورزش استان یزد بود، گفت که طرح آغاز شد.",
		nil, []string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد"}},
	{"two posts in two bodies before a name",
		"مشاور وزیر نیرو و دبیر شورای هماهنگی آب استان البرز، کامران فرزین، در این نشست گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|مشاور وزیر|وزارت نیرو", "کامران فرزین|دبیر|شورای هماهنگی آب استان البرز"}, nil},
	{"two posts in one body before a name",
		"رئیس هیئت‌مدیره و مدیرعامل شرکت پتروشیمی ارغوان، مهرداد سلیمی، گفت که تولید افزایش یافت.",
		[]string{"مهرداد سلیمی|رئیس هیئت‌مدیره|شرکت پتروشیمی ارغوان", "مهرداد سلیمی|مدیرعامل|شرکت پتروشیمی ارغوان"}, nil},
	{"a list line's name is not the next line's post",
		"مدیران دو منطقه منصوب شدند:\nمدیر منطقه ۱: مهرداد سلیمی\nمدیر منطقه ۳: کامران فرزین",
		nil, []string{"مهرداد سلیمی|مدیر|مدیریت منطقه 3"}},
}

// TestRolePhrases checks how a role phrase links a person to a post and a
// body, each construction on a made-up sentence.
func TestRolePhrases(t *testing.T) {
	for _, tc := range rolePhraseCases {
		t.Run(tc.name, func(t *testing.T) {
			got := affiliationsOf(tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("unwanted %q in %q", n, got)
				}
			}
		})
	}
}

// TestCommaEndsPost checks that a comma before names ends a post's words,
// where a comma list before «و» goes on.
func TestCommaEndsPost(t *testing.T) {
	a := analyze("در این آیین بهرام نیکزاد، معاون عمرانی، کامران فرزین و مهرداد سلیمی حضور داشتند.")
	var got []string
	for _, r := range a.roles {
		got = append(got, r.role)
	}
	if !slices.Equal(got, []string{"معاون عمرانی"}) {
		t.Errorf("posts %q, want [معاون عمرانی]", got)
	}
}

// TestCutConstructions runs the rules on every stretch of words of the
// made-up sentences above: a construction cut short, as a page's text may
// be, must not make a rule read past the end of the text.
func TestCutConstructions(t *testing.T) {
	var texts []string
	for _, c := range appointmentCases {
		texts = append(texts, c.text)
	}
	for _, c := range rolePhraseCases {
		texts = append(texts, c.text)
	}
	for _, cases := range [][]appointmentCase{listShapeCases, outgoingPostCases} {
		for _, c := range cases {
			texts = append(texts, c.text)
		}
	}
	for _, s := range texts {
		w := strings.Fields(s)
		for i := 1; i <= len(w); i++ {
			for j := 0; j < i; j++ {
				cut := strings.Join(w[j:i], " ")
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%q: %v", cut, r)
						}
					}()
					analyze(cut)
				}()
			}
		}
	}
}
