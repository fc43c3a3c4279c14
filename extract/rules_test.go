package extract

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// analyze runs the rules on one article's text.
func analyze(text string) *analysis {
	a := newAnalysis(0, Article{Lines: []string{text}})
	a.province, a.city = a.anyPlaces()
	a.run()
	return a
}

func TestPersonRules(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"دکتر فرزین تابشینیا مسئول سازمان گفت.", []string{"فرزین تابشینیا"}},
		{"سرهنگ دوم فرزین تابشی نیا، فرمانده سازمان بسیج هنرمندان سمنان", []string{"فرزین تابشی نیا"}},
		{"سیدعبدالصمد گلریزان، جانشین کانون بسیج هنرمندان شاهرود، اعلام کرد.", []string{"عبدالصمد گلریزان"}},
		{"با حضور کاوه نیکپی تفرشی، استاندار مرکزی برگزار شد.", []string{"کاوه نیکپی تفرشی"}},
		{"آبنوسیزاده، فرمانده مرکز مقاومت بسیج وزارت راه گفت.", []string{"آبنوسیزاده"}},
		{"دبیرخانه شهید باکری برای هماهنگی با شهرداری است.", nil},
		{"مهندسی ارزش در صنعت کشور.", nil},
		{"در این نشست کاوه رستمی گزارشی از کار سال ارائه داد.", []string{"کاوه رستمی"}},
		{"سپس نسرین کاظمی اردستانی سخن گفت.", []string{"نسرین کاظمی اردستانی"}},
	}
	for _, tc := range tests {
		a := analyze(tc.text)
		var got []string
		for _, p := range a.persons {
			got = append(got, p.name)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestOrgRules(t *testing.T) {
	tests := []struct {
		text string
		want string // the first body found
	}{
		{"به گزارش روابط عمومی سازمان نظام صنفی کشاورزی و منابع طبیعی استان سمنان، جلسه برگزار شد.", "سازمان نظام صنفی کشاورزی و منابع طبیعی استان سمنان"},
		{"بازرسان دبیرخانه نظارت فرماندهی سپاه حضرت ولیعصر (عج) با حضور", "دبیرخانه نظارت فرماندهی سپاه حضرت ولیعصر (عج)"},
		{"شورای انجمن و تدوین برنامه", "شورای انجمن"},
		{"رؤسای بانک های استان حاضر بودند.", ""},
		{"سه دبیرخانه فعال در استان", ""},
		// An ordinal counts sessions, not bodies.
		{"هفتمین شورای اداری شهرستان در اتاق جلسات برگزار شد.", "شورای اداری شهرستان"},
		// A bare local office is the body of the article's place; other
		// bare head nouns are not.
		{"در محل فرمانداری برگزار شد.", "فرمانداری"},
		{"در محل سازمان برگزار شد.", ""},
		{"مدیر طرح‌های دانشگاه ارائه داد که کار آغاز شد.", ""},
		// A head noun inside a head noun phrase starts no body of its own.
		{"نمایندگان مردم در مجلس شورای اسلامی حضور داشتند.", "مجلس شورای اسلامی"},
		// A body's own name runs on to a place a few words later, and
		// stops without one.
		{"نظام مهندسی کشاورزی و بسیج هنرمندان جوان استان ایلام برگزار کردند.", "نظام مهندسی کشاورزی"},
		{"و بسیج هنرمندان جوان استان ایلام برگزار کردند.", "بسیج هنرمندان جوان استان ایلام"},
		{"بسیج هنرمندان تئاتر و سینما، به عنوان بازوی فرهنگی", "بسیج هنرمندان"},
		// Bodies of many counties are a generic plural.
		{"اعضای شورای کانونهای بسیج هنرمندان جوان شهرستان های استان ایلام", ""},
		{"نمایندگان کانونهای بسیج هنرمندان شهرستانهای استان برگزار شد.", "بسیج هنرمندان"},
		// The agency after «خبرنگار» may be an ordinary word.
		{"به گزارش خبرنگار مهر، مراسم برگزار شد.", "مهر"},
		{"در ماه مهر، مراسم برگزار شد.", ""},
		// A comma may list the words of one name, but not persons or bodies.
		{"با همکاری اداره کل میراث فرهنگی، گردشگری و صنایع‌دستی استان قزوین برگزار شد.", "اداره کل میراث فرهنگی، گردشگری و صنایع‌دستی استان قزوین"},
		{"اعضای شورای تامین، روحانیون و مسئولین ادارات حضور داشتند.", "شورای تامین"},
		{"ایثارگران وزارت نیرو، سازمانها و شرکتهای تابعه حضور داشتند.", "وزارت نیرو"},
		{"به گزارش خبرگزاری ایسنا، نمایشگاه صنایع‌دستی و هنرهای سنتی افتتاح شد.", "خبرگزاری ایسنا"},
		// «عضو هیئت علمی»: the head noun is part of the post.
		{"دکتر نگار آبنوسی عضو هیئت علمی دانشگاه قزوین گفت.", "دانشگاه قزوین"},
		// A light verb is no word of a body's name: «شورا انجام» is none.
		{"انتخاب با رای اعضای شورا انجام شد.", ""},
	}
	checkFirstBody(t, tests)
}

func TestRoleInference(t *testing.T) {
	tests := []struct{ text, role, org string }{
		{"ابراهیم بهمنینوری فرماندار شهرستان دماوند گفت.", "فرماندار", "فرمانداری شهرستان دماوند"},
		{"سید یاسر هاشمی، وزیر ارتباطات و فناوری اطلاعات گفت.", "وزیر", "وزارت ارتباطات و فناوری اطلاعات"},
		{"علی نیکپور، سرپرست شرکت شهرکهای صنعتی سمنان گفت.", "سرپرست", "شرکت شهرکهای صنعتی سمنان"},
		{"دکتر ناصر حیدری نماینده مردم شوشتر در مجلس شورای اسلامی گفت.", "نماینده مردم", "مجلس شورای اسلامی"},
		{"دکتر لیلا صفری عضو هیئت علمی دانشگاه قزوین گفت.", "عضو هیئت علمی", "دانشگاه قزوین"},
		// A holder named after an unnamed role's sentence must go on
		// speaking, and «X نیز» is someone else.
		{"فرهاد سلیمانی فرماندار شوشتر حضور داشت. استاندار سمنان گفت: کار ادامه دارد. زارعی نیز گزارشی ارائه کرد.", "فرماندار", "فرمانداری شوشتر"},
		{"علی رضایی فرماندار شوشتر حضور داشت. استاندار سمنان در این مراسم افزود: کار ادامه دارد. حسینی‌نژاد پیش از این معاون بود.", "فرماندار", "فرمانداری شوشتر"},
	}
	for _, tc := range tests {
		a := analyze(tc.text)
		if len(a.affs) != 1 || a.affs[0].role.role != tc.role || a.affs[0].role.org != tc.org {
			t.Errorf("%s: affiliations %+v, want %s of %s", tc.text, a.affs, tc.role, tc.org)
		}
	}
}

func TestHandover(t *testing.T) {
	doc, err := File("h.txt", []byte("جلسه تودیع و معارفه مدیر کانون بسیج جامعه پزشکی شاهرود برگزار شد\n"+
		"به گزارش روابط عمومی کانون، در این مراسم، کاوه بهرامی به عنوان مدیر جدید معرفی و از زحمات بهزاد صالحی زاده تقدیر شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Appointments) != 1 {
		t.Fatalf("appointments %+v", doc.Appointments)
	}
	ap := doc.Appointments[0]
	if ap.Person != "کاوه بهرامی" || ap.Predecessor != "بهزاد صالحی زاده" || ap.How != howHandover ||
		ap.Organization != "کانون بسیج جامعه پزشکی شاهرود" {
		t.Errorf("appointment %+v", ap)
	}
}

// TestDecreeReport checks a report whose title and lead name no event: the
// ceremony told later in the body is its event, the article is not split
// there, and the outgoing holder thanked in the body is the predecessor.
func TestDecreeReport(t *testing.T) {
	doc, err := File("d.txt", []byte("مدیرعامل جدید شرکت برق منطقه‌ای گیلان منصوب شد\n\n"+
		"به گزارش روابط عمومی شرکت برق منطقه‌ای گیلان، مهندس علی‌اکبر صدیقیان به عنوان مدیرعامل شرکت برق منطقه‌ای گیلان منصوب شد.\n\n"+
		"آیین معارفه صدیقیان روز چهارشنبه ۱۲ آذر ۱۴۰۴ با حضور حمید نظری برگزار و از خدمات دکتر محمود قربانی مدیرعامل پیشین تقدیر شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(doc.Articles))
	}
	if len(doc.Appointments) != 1 || doc.Appointments[0].Predecessor != "محمود قربانی" {
		t.Errorf("appointments %+v", doc.Appointments)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "ceremony" || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-12-03" {
		t.Fatalf("events %+v", doc.Events)
	}
}

// TestTwoEventTitle checks a title that joins two events: an exhibition
// that opens is an exhibition, and each event takes the persons of its own
// sentences.
func TestTwoEventTitle(t *testing.T) {
	doc, err := File("e.txt", []byte("افتتاح نمایشگاه صنایع‌دستی و برگزاری کارگاه آموزشی گردشگری در قزوین\n\n"+
		"به گزارش خبرگزاری ایسنا، نمایشگاه صنایع‌دستی استان قزوین با حضور امیر عبداللهی‌فر افتتاح شد.\n\n"+
		"همچنین کارگاه آموزشی گردشگری با تدریس دکتر لیلا صفری برگزار شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"exhibition": {"امیر عبداللهی‌فر"}, "workshop": {"لیلا صفری"}}
	if len(doc.Events) != len(want) {
		t.Fatalf("events %+v", doc.Events)
	}
	for _, e := range doc.Events {
		if !reflect.DeepEqual(e.Participants, want[e.Type]) {
			t.Errorf("%s participants %q, want %q", e.Type, e.Participants, want[e.Type])
		}
	}
}

func TestSegment(t *testing.T) {
	page := "رفتن به محتوای اصلی\n\nنخستین جلسه کارگروه انرژی برگزار شد\nبه گزارش روابط عمومی، جلسه کارگروه با حضور اعضا برگزار شد و برنامه ها بررسی شد.\n#هشتگ\n" +
		"افتتاح مرکز کارآفرینی در دهه فجر\nبه گزارش روابط عمومی، مرکز کارآفرینی در دهه فجر افتتاح خواهد شد و فعالیت خود را آغاز می کند.\n" +
		"راهیان\nعکس\nعکس\nاخبار\n" +
		"نخستین جلسه کارگروه انرژی برگزار شد\nبه گزارش روابط عمومی، جلسه کارگروه با حضور اعضا برگزار شد و برنامه ها بررسی شد.\n"
	arts := Segment(page)
	if len(arts) != 2 {
		t.Fatalf("got %d articles: %+v", len(arts), arts)
	}
	if arts[0].Title != "نخستین جلسه کارگروه انرژی برگزار شد" || len(arts[0].Lines) != 2 {
		t.Errorf("article 0: %+v", arts[0])
	}
	if m := Segment(" date 2025-11-19 به گزارش خبرگزاری مهر، جلسه برگزار شد."); len(m) != 1 || m[0].Published != "2025-11-19" {
		t.Errorf("marker: %+v", m)
	}
}

func TestEventDateFromWeekday(t *testing.T) {
	doc, err := File("d.txt", []byte(" date 2025-11-26 به گزارش خبرنگار ما، آیین تکریم و معارفه رئیس اداره بهزیستی شهرستان گرمسار عصر چهارشنبه برگزار شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-11-26" || doc.Events[0].Type != "ceremony" {
		t.Fatalf("events %+v", doc.Events)
	}
}

func TestFileRules(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		check func(*Document) string
	}{
		{"arabic verse names no one",
			"بیانیه اداره کل تبلیغات اسلامی استان یزد\nمتن بیانیه به شرح ذیل است:\nوَلَا تَهِنُوا وَلَا تَحْزَنُوا وَأَنْتُمُ الْأَعْلَوْنَ إِنْ كُنْتُمْ مُؤْمِنِينَ .\n",
			func(d *Document) string {
				if len(d.Persons) != 0 {
					return "persons found in a verse"
				}
				return ""
			}},
		{"surname alone is an alias",
			"جلسه کانون بسیج مهندسین شاهرود برگزار شد\nدر این جلسه کاوه بهرامی مدیر کانون حضور داشت. بهرامی در ادامه گزارشی ارائه داد.\n",
			func(d *Document) string {
				if len(d.Persons) != 1 || len(d.Persons[0].Aliases) != 1 || d.Persons[0].Aliases[0] != "بهرامی" {
					return "want کاوه بهرامی with alias بهرامی"
				}
				return ""
			}},
		{"shared surname is no alias",
			"جلسه کانون بسیج مهندسین شاهرود برگزار شد\nکاوه بهرامی و مهدی بهرامی حضور داشتند. بهرامی در ادامه گزارشی ارائه داد.\n",
			func(d *Document) string {
				for _, p := range d.Persons {
					if len(p.Aliases) != 0 || p.Name == "بهرامی" {
						return "surname of two persons taken"
					}
				}
				return ""
			}},
		{"pronoun speaker",
			"جلسه شورای اداری شهرستان ملکشاهی برگزار شد\nدر این جلسه دکتر علی رضایی حضور داشت.\nوی افزود: کار ادامه دارد.\n",
			func(d *Document) string {
				if len(d.Events) != 1 || d.Events[0].Parts["علی رضایی"] != "SPEAKER" {
					return "want علی رضایی as SPEAKER"
				}
				return ""
			}},
		{"listed events",
			"ایجاد پایگاه در واحدهای تولیدی استان\nوی برنامه ها را غبارروبی مزار شهدا، دیدار با خانواده شهدا، همایش تجلیل از کارگران و مسابقات ورزشی کارگران عنوان کرد.\n",
			func(d *Document) string {
				var types []string
				for _, e := range d.Events {
					types = append(types, e.Type)
				}
				// «دیدار با خانواده شهدا» is a visit to families.
				if !reflect.DeepEqual(types, []string{"ceremony", "visit", "ceremony", "other"}) {
					return fmt.Sprintf("event types %v", types)
				}
				return ""
			}},
		{"one event word is no list",
			"ایجاد پایگاه در واحدهای تولیدی استان\nبه گزارش خبرگزاری بسیج، پایگاه ها فعال هستند.\nوی از دیدار با خانواده شهدا، کار و تولید سخن گفت.\n",
			func(d *Document) string {
				if len(d.Events) != 0 {
					return "events found"
				}
				return ""
			}},
		{"branch of the province's body",
			"جلسه کانون بسیج جامعه پزشکی شاهرود برگزار شد\nبه گزارش روابط عمومی سازمان بسیج جامعه پزشکی استان سمنان، جلسه کانون بسیج جامعه پزشکی شاهرود برگزار شد.\n",
			func(d *Document) string {
				for _, o := range d.Organizations {
					if o.Name == "کانون بسیج جامعه پزشکی شاهرود" {
						if o.Parent != "سازمان بسیج جامعه پزشکی استان سمنان" {
							return "parent " + o.Parent
						}
						return ""
					}
				}
				return "branch not found"
			}},
		{"placed short form joins the placed body, not the unplaced one",
			"جلسه مجمع ایثارگران شهرستان اردستان برگزار شد\nرئیس مجمع ایثارگران استان اصفهان گفت: مجمع ایثارگران، مردمی است.\n",
			func(d *Document) string {
				return orgsAre(d, map[string][]string{
					"مجمع ایثارگران شهرستان اردستان": nil, "مجمع ایثارگران استان اصفهان": nil, "مجمع ایثارگران": nil})
			}},
		{"placed short form never joins a body of another or no place",
			"بازدید از مرکز جهاد کشاورزی دیهوک\nمدیر جهاد کشاورزی طبس از مرکز جهاد کشاورزی دیهوک بازدید کرد.\n",
			func(d *Document) string {
				return orgsAre(d, map[string][]string{"مرکز جهاد کشاورزی دیهوک": {"جهاد کشاورزی دیهوک"}, "جهاد کشاورزی طبس": nil})
			}},
		{"generic province joins the province's body, not the country's",
			"مراسم معارفه\nمعاون جمعیت هلال احمر کشور و مدیرعامل جمعیت هلال احمر استان کردستان حضور داشتند. هلال احمر استان فعال است.\n",
			func(d *Document) string {
				return orgsAre(d, map[string][]string{
					"جمعیت هلال احمر کشور":          nil,
					"جمعیت هلال احمر استان کردستان": {"هلال احمر استان"}})
			}},
		{"one-word body joins the only body it starts",
			"جلسه شورای اداری\nنمایندگان مجلس شورای اسلامی حضور داشتند. نمایندگان مجلس گفتند.\n",
			func(d *Document) string {
				return orgsAre(d, map[string][]string{"شورای اداری": nil, "مجلس شورای اسلامی": {"مجلس"}})
			}},
		{"one-word body of several bodies stays apart",
			"هفته بسیج\nبسیج مهندسین سمنان و بسیج کارگری سمنان در هفته بسیج فعال بودند.\n",
			func(d *Document) string {
				return orgsAre(d, map[string][]string{"بسیج مهندسین سمنان": nil, "بسیج کارگری سمنان": nil, "بسیج": nil})
			}},
		{"city of another province is no branch",
			"جلسه کانون بسیج جامعه پزشکی اراک برگزار شد\nبه گزارش روابط عمومی سازمان بسیج جامعه پزشکی استان سمنان، جلسه کانون بسیج جامعه پزشکی اراک برگزار شد.\n",
			func(d *Document) string {
				for _, o := range d.Organizations {
					if o.Parent != "" {
						return o.Name + " has parent " + o.Parent
					}
				}
				return ""
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := File("t.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.check(d); msg != "" {
				t.Errorf("%s; got persons %+v events %+v orgs %+v", msg, d.Persons, d.Events, d.Organizations)
			}
		})
	}
}

// orgsAre reports how a document's bodies differ from want, a map of each
// body's name to its aliases; "" when they agree.
func orgsAre(d *Document, want map[string][]string) string {
	got := map[string][]string{}
	for _, o := range d.Organizations {
		got[o.Name] = nil
		if len(o.Aliases) > 0 {
			got[o.Name] = o.Aliases
		}
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("bodies %q, want %q", got, want)
	}
	return ""
}

// checkFirstBody checks the first body analyze reads in each case's text:
// want is its name, "" for none.
func checkFirstBody(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tc := range tests {
		a := analyze(tc.text)
		got := ""
		if len(a.orgs) > 0 {
			got = a.orgs[0].name
		}
		if got != tc.want {
			t.Errorf("%s: first body %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSurnameTiedInItsArticle checks that a surname alone is read as the
// person named in full only within the same article: in another article of
// the same page it may be someone else, and is left for an editor.
func TestSurnameTiedInItsArticle(t *testing.T) {
	doc, err := File("p.txt", []byte("انتصاب مدیر جدید آموزش و پرورش نطنز\n\n"+
		"به گزارش خبرگزاری ایرنا، کاوه رستمی به عنوان مدیر آموزش و پرورش شهرستان نطنز منصوب شد. رستمی پیش از این معاون همین اداره بود.\n\n"+
		"نشست شورای اداری شهرستان کاشان برگزار شد\n\n"+
		"به گزارش خبرگزاری ایسنا، نشست شورای اداری شهرستان کاشان با حضور فرماندار برگزار شد. در این نشست رستمی گزارشی ارائه کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(doc.Articles))
	}
	for _, p := range doc.Persons {
		if p.Name != "کاوه رستمی" {
			continue
		}
		if !slices.Contains(p.Aliases, "رستمی") {
			t.Errorf("the surname in the person's own article is not an alias: %+v", p)
		}
		for _, e := range p.Evidence {
			if e.Article != 0 {
				t.Errorf("کاوه رستمی cited in article %d: %q", e.Article, e.Quote)
			}
		}
	}
	for _, e := range doc.Events {
		if slices.Contains(e.Participants, "کاوه رستمی") {
			t.Errorf("the other article's meeting has کاوه رستمی: %+v", e)
		}
	}
}
