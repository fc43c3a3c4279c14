package extract

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// eventsByType returns, for each event type of doc, its participants
// sorted and joined by «،», one entry per event.
func eventsByType(doc *Document) map[string][]string {
	out := map[string][]string{}
	for _, e := range doc.Events {
		ps := append([]string{}, e.Participants...)
		sort.Strings(ps)
		out[e.Type] = append(out[e.Type], strings.Join(ps, "،"))
	}
	return out
}

// TestBodyEventKinds checks the kinds of event a body sentence reports
// with a completion verb, each in an article whose title and lead tell of
// none, with the persons of its own sentence.
func TestBodyEventKinds(t *testing.T) {
	const head = "تقدیر از کارگران نمونه شهرستان اردکان\n\n" +
		"به گزارش خبرنگار ما، کارگران نمونه شهرستان اردکان در سالن اجتماعات فرمانداری تقدیر شدند.\n\n"
	for _, c := range []struct {
		name, sentence, typ, participants string
	}{
		{"mou", "در ادامه تفاهم‌نامه همکاری میان شرکت فولاد اردکان و دانشگاه اردکان با حضور رامین فرهمند و سارا نیک‌اندیش امضا شد.",
			"meeting", "رامین فرهمند،سارا نیک‌اندیش"},
		{"passive visit", "پس از آن کارخانه کاشی اردکان با حضور رامین فرهمند مورد بازدید قرار گرفت.", "visit", "رامین فرهمند"},
		{"arrival", "رامین فرهمند معاون وزیر صنعت صبح امروز وارد اردکان شد.", "visit", "رامین فرهمند"},
		{"trip", "سفر رامین فرهمند معاون وزیر صنعت به اردکان عصر امروز انجام شد.", "visit", "رامین فرهمند"},
		{"arrival noun", "با ورود رامین فرهمند معاون وزیر صنعت به شهرستان اردکان، بررسی طرح‌های صنعتی آغاز شد.", "visit", "رامین فرهمند"},
		{"meeting in a clause", "رامین فرهمند عصر همین روز در نشستی با سارا نیک‌اندیش بر تکمیل طرح‌های صنعتی تأکید کرد.",
			"meeting", "رامین فرهمند،سارا نیک‌اندیش"},
		{"statement", "شرکت فولاد اردکان همچنین با صدور اطلاعیه‌ای از تعطیلی دو روزه کارخانه خبر داد.", "statement", ""},
		{"opening ceremony", "مراسم بهره‌برداری از خط تولید جدید کارخانه کاشی اردکان با حضور رامین فرهمند برگزار شد.", "opening", "رامین فرهمند"},
		{"class", "کلاس آموزشی ایمنی کار با حضور سارا نیک‌اندیش در کارخانه کاشی اردکان برگزار شد.", "workshop", "سارا نیک‌اندیش"},
		{"message", "رامین فرهمند در پیامی روز کارگر را به کارگران اردکان تبریک گفت.", "statement", "رامین فرهمند"},
		{"trip clause", "رامین فرهمند در سفر به اردکان بر تکمیل طرح‌های صنعتی تأکید کرد.", "visit", "رامین فرهمند"},
		{"contract", "قرارداد ساخت خط تولید جدید میان شرکت فولاد اردکان و سارا نیک‌اندیش امضا شد.", "meeting", "سارا نیک‌اندیش"},
		{"attended", "رامین فرهمند معاون وزیر صنعت عصر همین روز در جلسه شورای اداری شهرستان شرکت کرد.", "meeting", "رامین فرهمند"},
		{"attended, told of «سپس وی»", "رامین فرهمند معاون وزیر صنعت به اردکان آمد. سپس وی در نشست ستاد تنظیم بازار شهرستان حضور یافت.",
			"meeting", "رامین فرهمند"},
		{"passive with its agent", "پس از آن کارخانه کاشی اردکان مورد بازدید و بررسی رامین فرهمند معاون وزیر صنعت قرار گرفت.", "visit", "رامین فرهمند"},
		{"visit «به عمل آمد»", "پس از آن از کارخانه کاشی اردکان با حضور رامین فرهمند بازدید به عمل آمد.", "visit", "رامین فرهمند"},
		{"visit «صورت گرفت»", "پس از آن بازدیدی از کارخانه کاشی اردکان با حضور رامین فرهمند صورت گرفت.", "visit", "رامین فرهمند"},
		{"passive with «از سوی»", "پس از آن کارخانه کاشی اردکان از سوی رامین فرهمند مورد بازدید قرار گرفت.", "visit", "رامین فرهمند"},
		{"visit of «... آن»", "رامین فرهمند پس از آن در جریان کار کارخانه کاشی اردکان قرار گرفت و از بخش‌های آن بازدید نمود.", "visit", "رامین فرهمند"},
		{"spoke at a press conference", "رامین فرهمند معاون وزیر صنعت عصر همین روز در نشست خبری گفت: صادرات کاشی افزایش یافت.", "meeting", "رامین فرهمند"},
		{"honoured in presence", "عصر همین روز با حضور رامین فرهمند از کارگران نمونه کارخانه کاشی اردکان تجلیل شد.", "ceremony", "رامین فرهمند"},
		{"scheduled for tomorrow", "رامین فرهمند معاون وزیر صنعت فردا از کارخانه کاشی اردکان بازدید می‌کند.", "visit", "رامین فرهمند"},
		{"building site visited", "پس از آن کارگاه ساخت بیمارستان اردکان با حضور رامین فرهمند مورد بازدید قرار گرفت.", "visit", "رامین فرهمند"},
	} {
		doc, err := File(c.name+".txt", []byte(head+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := eventsByType(doc)[c.typ]
		if len(got) != 1 || got[0] != c.participants {
			t.Errorf("%s: %s events %q, want one with %q (events %+v)", c.name, c.typ, got, c.participants, doc.Events)
		}
	}
}

// TestNoEventFromPlansOrMentions checks that an event noun without a
// completion verb, one still planned without a day, one referred back to
// with «این» and one a speaker tells of without its day make no event.
func TestNoEventFromPlansOrMentions(t *testing.T) {
	const head = "تقدیر از کارگران نمونه شهرستان اردکان\n\n" +
		"به گزارش خبرنگار ما، کارگران نمونه شهرستان اردکان در سالن اجتماعات فرمانداری تقدیر شدند.\n\n"
	for _, sentence := range []string{
		"رامین فرهمند گفت نمایشگاه صنایع دستی اردکان در آینده افتتاح خواهد شد.",
		"رامین فرهمند بر اهمیت بازدید از واحدهای صنعتی تأکید کرد.",
		"رامین فرهمند در این نشست گفت: کارگران سرمایه استان هستند.",
		"رامین فرهمند در نشست هفته آینده خواهد گفت که کارگران سرمایه استان هستند.",
		"جلسه شورای کارگران اردکان به صورت مجازی برگزار خواهد شد.",
		"مجوز نمایشگاه صنایع دستی اردکان نیز صادر شد.",
		"رامین فرهمند گفت: سال گذشته نمایشگاه صنایع دستی اردکان با حضور ۵۰ غرفه برگزار شد.",
		"ورود کالای قاچاق به بازار کاهش یافت.",
	} {
		doc, err := File("none.txt", []byte(head+sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 0 {
			t.Errorf("%s: events %+v, want none", sentence, doc.Events)
		}
	}
}

// TestSeveralEventsOfOneKind checks that two meetings told on different
// days are two events, each with its date and persons.
func TestSeveralEventsOfOneKind(t *testing.T) {
	text := "نشست شورای فرهنگ عمومی بافق\n\n" +
		"نشست شورای فرهنگ عمومی شهرستان بافق روز ۱۲ اردیبهشت ۱۴۰۴ با حضور کامران سپهری‌فر برگزار شد.\n\n" +
		"سپهری‌فر در این نشست گفت: برنامه‌های هفته کتاب آماده است.\n\n" +
		"جلسه ستاد هفته کتاب شهرستان بافق نیز روز ۱۵ اردیبهشت ۱۴۰۴ با حضور نیلوفر دشتبانی برگزار شد.\n"
	doc, err := File("two.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		d := "-"
		if e.Date != nil {
			d = *e.Date
		}
		got = append(got, e.Type+" "+d+" "+strings.Join(e.Participants, "،"))
	}
	want := []string{"meeting 2025-05-02 کامران سپهری‌فر", "meeting 2025-05-05 نیلوفر دشتبانی"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("events %q, want %q", got, want)
	}
}

// TestQuotedPersonsAreNotPresent checks that a person named only in what
// a speaker says is no participant, save the holders a handover's speaker
// names.
func TestQuotedPersonsAreNotPresent(t *testing.T) {
	text := "جلسه شورای ترافیک شهرستان تفت\n\n" +
		"جلسه شورای ترافیک شهرستان تفت با حضور کامران سپهری‌فر فرماندار تفت برگزار شد.\n\n" +
		"سپهری‌فر در این جلسه گفت: پس از بازنشستگی بهنام رستگاری، مهرداد کاویانی سرپرستی اداره راه تفت را بر عهده دارد.\n"
	doc, err := File("quoted.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventsByType(doc)["meeting"]; len(got) != 1 || got[0] != "کامران سپهری‌فر" {
		t.Errorf("meeting participants %q, want only کامران سپهری‌فر", got)
	}
	text = "آیین تودیع و معارفه رئیس اداره راه تفت\n\n" +
		"آیین تودیع و معارفه رئیس اداره راه تفت با حضور کامران سپهری‌فر فرماندار تفت برگزار شد.\n\n" +
		"سپهری‌فر در این آیین گفت: مهندس مهرداد کاویانی به عنوان رئیس جدید اداره راه تفت معرفی می‌شود و از زحمات مهندس بهنام رستگاری قدردانی می‌کنیم.\n"
	doc, err = File("handover.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventsByType(doc)["ceremony"]; len(got) != 1 || got[0] != "بهنام رستگاری،مهرداد کاویانی،کامران سپهری‌فر" {
		t.Errorf("ceremony participants %q, want the speaker and both holders (appointments %+v)", got, doc.Appointments)
	}
}

// TestPostStandsForItsHolder checks that an event whose sentence names a
// post but not its holder has the holder the article names elsewhere.
func TestPostStandsForItsHolder(t *testing.T) {
	text := "بازدید فرماندار تفت از کارخانه سیمان\n\n" +
		"کامران سپهری‌فر، فرماندار تفت، و مهرداد کاویانی، مدیرکل صنعت، معدن و تجارت استان یزد، از کارخانه سیمان تفت بازدید کردند.\n\n" +
		"کاویانی در این بازدید گفت: تولید کارخانه دو برابر شده است.\n\n" +
		"پس از آن نشست فرماندار تفت با اعضای شورای شهر تفت برگزار شد.\n"
	doc, err := File("holder.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)
	if len(got["meeting"]) != 1 || got["meeting"][0] != "کامران سپهری‌فر" {
		t.Errorf("meeting participants %q, want the governor کامران سپهری‌فر (events %+v)", got["meeting"], doc.Events)
	}
	if len(got["visit"]) != 1 || got["visit"][0] != "مهرداد کاویانی،کامران سپهری‌فر" {
		t.Errorf("visit participants %q, want both", got["visit"])
	}
}

// TestBodyOnlyEventHasItsSentences checks that an event told only late in
// the body of a report about a decree has the persons of its own
// sentences, not those of the decree.
func TestBodyOnlyEventHasItsSentences(t *testing.T) {
	text := "مدیرکل جدید اداره کل ورزش استان یزد منصوب شد\n\n" +
		"به گزارش خبرنگار ما، با حکم وزیر ورزش، مهرداد کاویانی به عنوان مدیرکل ورزش و جوانان استان یزد منصوب شد.\n\n" +
		"کاویانی پیش از این معاون اداره کل بود و در این حکم از زحمات بهنام رستگاری، مدیرکل سابق ورزش و جوانان استان یزد، قدردانی شد.\n\n" +
		"آیین معارفه مدیرکل جدید روز گذشته با حضور کامران سپهری‌فر در سالن اجتماعات اداره کل برگزار شد.\n"
	doc, err := File("decree.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)["ceremony"]
	if len(got) != 1 || got[0] != "مهرداد کاویانی،کامران سپهری‌فر" {
		t.Errorf("ceremony participants %q, want the one present and the one introduced (events %+v)", got, doc.Events)
	}
	// A farewell too has the outgoing holder.
	doc, err = File("decree.txt", []byte(strings.Replace(text, "آیین معارفه", "آیین تودیع و معارفه", 1)))
	if err != nil {
		t.Fatal(err)
	}
	got = eventsByType(doc)["ceremony"]
	if len(got) != 1 || got[0] != "بهنام رستگاری،مهرداد کاویانی،کامران سپهری‌فر" {
		t.Errorf("farewell participants %q, want also the outgoing holder (appointments %+v)", got, doc.Appointments)
	}
}

// TestAbsentPersons checks that a person who ordered an event from afar,
// one it is quoted from and a byline's name take no part in it.
func TestAbsentPersons(t *testing.T) {
	text := "رزمایش امداد و نجات در شهرستان میبد\n\n" +
		"به گزارش خبرنگار ما، رزمایش امداد و نجات به دستور کامران سپهری‌فر با حضور مهرداد کاویانی در شهرستان میبد برگزار شد.\n\n" +
		"کاویانی به نقل از نسرین دهقانی گفت آمادگی گروه‌های امداد بالاست.\n\n" +
		"عکس: بهنام رستگاری\n"
	doc, err := File("absent.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || strings.Join(doc.Events[0].Participants, "،") != "مهرداد کاویانی" {
		t.Fatalf("events %+v, want one with only مهرداد کاویانی", doc.Events)
	}
	if parts := doc.Events[0].Parts; len(parts) != 1 || parts["مهرداد کاویانی"] != "SPEAKER" {
		t.Errorf("parts %v, want only the speaker present", parts)
	}
}

// TestTripReport checks a made-up agency report of a governor's trip
// (testdata/events/trip.txt): the visit of its title, a session its
// pronoun subject attends, an agreement signed the same day as another
// event than the session, and yesterday's handover ceremony, each with
// its own persons and day.
func TestTripReport(t *testing.T) {
	data, err := os.ReadFile("testdata/events/trip.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := File("trip.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		d := "-"
		if e.Date != nil {
			d = *e.Date
		}
		ps := append([]string{}, e.Participants...)
		sort.Strings(ps)
		got = append(got, e.Type+" "+d+" "+strings.Join(ps, "،"))
	}
	want := []string{
		"visit 2025-05-06 کیومرث آذرپاد",
		"meeting 2025-05-06 ژیلا برومند،کیومرث آذرپاد",
		"meeting 2025-05-06 پرویز شاهنده،کیومرث آذرپاد", // «با حضور استاندار»: the governor the report names
		"ceremony 2025-05-05 سامان نیک‌نهاد،فرزانه کهن‌سال",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(doc.Events) > 0 && doc.Events[0].DateText != "امروز (سه‌شنبه)" {
		t.Errorf("visit dated by %q, want «امروز (سه‌شنبه)»", doc.Events[0].DateText)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %q", doc.Warnings)
	}
}

// TestEventTypeFromComplement checks the types the words after an event
// noun give: «مراسم بهره‌برداری» is an opening, «آیین گشایش نمایشگاه» an
// exhibition, «دیدار با خانواده شهدا» and «دیدار از» visits, «دیدار با
// فرماندار» a meeting, «آیین تودیع و معارفه» a ceremony.
func TestEventTypeFromComplement(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"مراسم بهره‌برداری از خط تولید کارخانه کاشی اردکان", "opening"},
		{"آیین گشایش نمایشگاه صنایع دستی اردکان", "exhibition"},
		{"دیدار با خانواده شهدای شهرستان اردکان", "visit"},
		{"دیدار از مرکز نگهداری سالمندان اردکان", "visit"},
		{"دیدار با فرماندار اردکان", "meeting"},
		{"آیین تودیع و معارفه رئیس اداره راه اردکان", "ceremony"},
	} {
		doc, err := File("type.txt", []byte(c.title+"\n\nبه گزارش خبرنگار ما، "+c.title+" امروز برگزار شد.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) == 0 || doc.Events[0].Type != c.want {
			t.Errorf("%s: events %+v, want a first of type %s", c.title, doc.Events, c.want)
		}
	}
}

// TestNewPostHolder checks that «مدیرکل جدید» in an event's sentence
// stands for the one person the article appoints to such a post, however
// the body is named there.
func TestNewPostHolder(t *testing.T) {
	text := "مدیرکل جدید ورزش و جوانان استان یزد معرفی شد\n\n" +
		"به گزارش خبرنگار ما، در آیینی مهرداد کاویانی به عنوان مدیرکل ورزش و جوانان استان یزد معرفی شد.\n\n" +
		"پس از آن مدیرکل جدید ورزش یزد با کامران سپهری‌فر، فرماندار تفت، دیدار کرد.\n"
	doc, err := File("new.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := eventsByType(doc)["meeting"]
	if len(got) != 1 || got[0] != "مهرداد کاویانی،کامران سپهری‌فر" {
		t.Errorf("meeting participants %q, want the new director and the governor (events %+v)", got, doc.Events)
	}
}

// TestStatementTitle checks that an issued statement is titled by its
// noun and the body that issued it.
func TestStatementTitle(t *testing.T) {
	text := "تقدیر از کارگران نمونه شهرستان اردکان\n\n" +
		"به گزارش خبرنگار ما، کارگران نمونه شهرستان اردکان در سالن اجتماعات فرمانداری تقدیر شدند.\n\n" +
		"شرکت فولاد اردکان همچنین با صدور اطلاعیه‌ای از تعطیلی دو روزه کارخانه خبر داد.\n"
	doc, err := File("statement.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Title != "اطلاعیه شرکت فولاد اردکان" {
		t.Errorf("events %+v, want one titled «اطلاعیه شرکت فولاد اردکان»", doc.Events)
	}
}

// TestSiteAndToldExhibition checks that a «کارگاه» that is a building
// site is no workshop, that the words before a passive visit title it,
// and that the opening ceremony of an exhibition told before
// («آیین افتتاح این نمایشگاه») is that exhibition, not a second event.
func TestSiteAndToldExhibition(t *testing.T) {
	site := "بازدید معاون استاندار از طرح‌های عمرانی میبد\n" +
		"به گزارش خبرنگار ما، طرح‌های عمرانی شهرستان میبد روز گذشته با حضور رامین فرهمند معاون استاندار مورد بازدید قرار گرفت.\n" +
		"در این بازدید کارگاه ساخت مجتمع ورزشی میبد نیز مورد بازدید قرار گرفت.\n" +
		"فرهمند همچنین از کارگاه احداث پل شهید بهشتی بازدید کرد.\n"
	doc, err := File("site.txt", []byte(site))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventsByType(doc); len(got["workshop"]) != 0 || len(got["visit"]) != 1 || got["visit"][0] != "رامین فرهمند" {
		t.Errorf("site: events %q, want one visit of رامین فرهمند", got)
	}
	passive := "تسریع در تکمیل طرح‌های آبرسانی\n" +
		"به گزارش خبرنگار ما، طرح آبرسانی به روستاهای میبد مورد بازدید قرار گرفت.\n"
	doc, err = File("passive.txt", []byte(passive))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Title != "طرح آبرسانی به روستاهای میبد مورد بازدید" {
		t.Errorf("passive visit: events %+v, want one titled by what was visited", doc.Events)
	}
	exhibition := "افتتاح نمایشگاه دستاوردهای پژوهشی در همدان\n" +
		"به گزارش خبرنگار ما، نمایشگاه دستاوردهای پژوهشی دانشگاه‌های استان با حضور کاظم رضایی‌فر در همدان افتتاح شد.\n" +
		"رضایی‌فر در آیین افتتاح این نمایشگاه گفت: پژوهش موتور توسعه است.\n"
	doc, err = File("exhibition.txt", []byte(exhibition))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventsByType(doc); len(doc.Events) != 1 || len(got["exhibition"]) != 1 {
		t.Errorf("exhibition: events %q, want one exhibition", got)
	}
	for _, opening := range []string{
		"آیین گشایش با حضور فریبا شکوهی مدیرکل میراث فرهنگی استان برگزار شد.",
		"مراسم افتتاحیه نمایشگاه با حضور فریبا شکوهی مدیرکل میراث فرهنگی استان برگزار شد.",
		"آیین افتتاحیه با حضور فریبا شکوهی مدیرکل میراث فرهنگی استان برگزار شد.",
	} {
		text := "برپایی نمایشگاه صنایع دستی در اردبیل\n" +
			"به گزارش خبرنگار ما، نمایشگاه صنایع دستی استان با ۸۰ غرفه در اردبیل برپا شد.\n" + opening + "\n"
		doc, err := File("opening.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventsByType(doc); len(doc.Events) != 1 || len(got["exhibition"]) != 1 || got["exhibition"][0] != "فریبا شکوهی" {
			t.Errorf("%s: events %q, want the exhibition with فریبا شکوهی", opening, got)
		}
	}
	// The opening of something else the report names is an event of its
	// own.
	text := "برپایی نمایشگاه صنایع دستی در اردبیل\n" +
		"به گزارش خبرنگار ما، نمایشگاه صنایع دستی استان با ۸۰ غرفه در اردبیل برپا شد.\n" +
		"همچنین آیین افتتاح موزه فرش اردبیل با حضور فریبا شکوهی برگزار شد.\n"
	doc, err = File("museum.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := eventsByType(doc); len(got["opening"]) != 1 || got["opening"][0] != "فریبا شکوهی" {
		t.Errorf("museum: events %q, want an opening with فریبا شکوهی", got)
	}
}

// TestParticipantsLeftOut checks that persons named only in an aside
// that does not name the event, in a sentence of an event still to come,
// or as the one another stands in for («به نمایندگی از X») take no part
// in the article's event, while one named in an aside about the event
// does.
func TestParticipantsLeftOut(t *testing.T) {
	const head = "تجلیل از کارگران نمونه اردکان\n" +
		"به گزارش خبرنگار ما، آیین تجلیل از کارگران نمونه شهرستان اردکان با حضور رامین فرهمند فرماندار اردکان برگزار شد.\n"
	for _, c := range []struct {
		name, sentence string
		takesPart      bool
	}{
		{"aside", "گفتنی است سارا نیک‌اندیش پیش از این مدیر کارخانه کاشی اردکان بوده است.", false},
		{"aside of the event", "گفتنی است در این آیین از سارا نیک‌اندیش نیز تجلیل شد.", true},
		{"needed to mention", "لازم به ذکر است سارا نیک‌اندیش سال گذشته کارگر نمونه کشور شد.", false},
		{"coming event", "قرار است نشست بعدی کارگران با حضور سارا نیک‌اندیش هفته آینده برگزار شود.", false},
		{"coming event announced", "در همین حال، سارا نیک‌اندیش از برگزاری یادواره شهدای کارگر اردکان در هفته آینده خبر داد.", false},
		{"event held before", "ستاد هفته کارگر اردکان به ریاست سارا نیک‌اندیش هفته گذشته تشکیل جلسه داده بود.", false},
		{"stood in for", "فرهمند به نمایندگی از سارا نیک‌اندیش استاندار یزد در این آیین سخنرانی کرد.", false},
		{"stood in place of", "فرهمند به جای سارا نیک‌اندیش استاندار یزد در این آیین سخنرانی کرد.", false},
		{"the late", "فرهمند از خدمات مرحوم سارا نیک‌اندیش در این آیین یاد کرد.", false},
		{"present", "سارا نیک‌اندیش مدیرکل تعاون استان نیز در این آیین سخنرانی کرد.", true},
	} {
		doc, err := File("parts.txt", []byte(head+c.sentence+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(eventsByType(doc)["ceremony"], "|")
		if strings.Contains(got, "سارا نیک‌اندیش") != c.takesPart || !strings.Contains(got, "رامین فرهمند") {
			t.Errorf("%s: ceremony participants %q, want سارا نیک‌اندیش taking part: %v", c.name, got, c.takesPart)
		}
	}
}

// TestCallOnFamilies checks that a call on a martyr's family is a visit
// whether the family is named after «دیدار» and its caller or before the
// verb «دیدار کرد», and that the day of the lead dates the title's visit.
func TestCallOnFamilies(t *testing.T) {
	text := "دیدار استاندار با خانواده شهدای گرگان\n" +
		"کد خبر: ۱۲۳۴۵ | تاریخ انتشار: دوشنبه ۱۸ فروردین ۱۴۰۴ - ۱۰:۲۰\n" +
		"به گزارش خبرنگار ما، هادی صمدی‌پور استاندار گلستان روز گذشته با خانواده شهید مرتضی کاوسی دیدار کرد.\n"
	doc, err := File("families.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "visit" || doc.Events[0].Date == nil || *doc.Events[0].Date != "2025-04-06" {
		t.Errorf("events %+v, want one visit on 2025-04-06", doc.Events)
	}
}

// TestBodyEventParagraphs checks that a body event holds the later
// paragraphs that go on with it (naming it, or opening with one of its
// persons or a pronoun), and that a paragraph doing neither returns to
// the article's main event.
func TestBodyEventParagraphs(t *testing.T) {
	const head = "بازدید رئیس دانشگاه از بیمارستان شهید رجایی\n" +
		"به گزارش خبرنگار ما، مهران فاضلی رئیس دانشگاه علوم پزشکی قزوین از بخش‌های بیمارستان شهید رجایی بازدید کرد.\n\n" +
		"در ادامه، نشست هیئت امنای دانشگاه با حضور نیلوفر صدری معاون وزیر بهداشت برگزار شد.\n\n"
	for _, c := range []struct {
		name, para, meeting, visit string
	}{
		{"names the meeting", "در این نشست بهروز آریانفر گزارشی از طرح‌های دانشگاه ارائه داد.", "بهروز آریانفر،نیلوفر صدری", "مهران فاضلی"},
		{"its person goes on", "صدری همچنین از بهروز آریانفر خواست گزارش طرح‌ها را ارائه کند.", "بهروز آریانفر،نیلوفر صدری", "مهران فاضلی"},
		{"a pronoun goes on", "وی همراه با بهروز آریانفر از طرح‌های دانشگاه حمایت کرد.", "بهروز آریانفر،نیلوفر صدری", "مهران فاضلی"},
		{"back to the visit", "در پایان بهروز آریانفر رئیس بیمارستان گزارشی از وضعیت بخش‌ها ارائه داد.", "نیلوفر صدری", "بهروز آریانفر،مهران فاضلی"},
	} {
		doc, err := File("paras.txt", []byte(head+c.para+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := eventsByType(doc)
		if len(got["meeting"]) != 1 || got["meeting"][0] != c.meeting || len(got["visit"]) != 1 || got["visit"][0] != c.visit {
			t.Errorf("%s: events %q, want the meeting with %q and the visit with %q", c.name, got, c.meeting, c.visit)
		}
	}
}
