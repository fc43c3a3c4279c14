package extract

import (
	"reflect"
	"sort"
	"testing"
)

// pairs lists "person | role | body" of affiliations or appointments.
func affPairs(doc *Document) (affs, apps []string) {
	for _, f := range doc.Affiliations {
		affs = append(affs, f.Person+" | "+f.Role+" | "+f.Organization)
	}
	for _, p := range doc.Appointments {
		apps = append(apps, p.Person+" | "+p.Role+" | "+p.Organization)
	}
	sort.Strings(affs)
	sort.Strings(apps)
	return affs, apps
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestCoordinatedPostsAfterAsTitle checks «به سمت R1 و R2 منصوب شد»: one
// appointment for each post, the ministry's deputy keeping the ministry
// even when the report's own post is the company.
func TestCoordinatedPostsAfterAsTitle(t *testing.T) {
	doc, err := File("c.txt", []byte("معاون وزیر و مدیرعامل شرکت آب منطقه‌ای کشور منصوب شد\n\n"+
		"به گزارش پایگاه خبری وزارت نیرو، وزیر نیرو طی حکمی، کامران شیدا را به سمت معاون وزیر و مدیرعامل شرکت آب منطقه‌ای کشور منصوب کرد.\n\n"+
		"آیین معارفه مدیرعامل جدید شرکت آب منطقه‌ای کشور روز شنبه برگزار می‌شود.\n"))
	if err != nil {
		t.Fatal(err)
	}
	affs, apps := affPairs(doc)
	for _, want := range []string{"کامران شیدا | معاون وزیر | وزارت نیرو", "کامران شیدا | مدیرعامل | شرکت آب منطقه‌ای کشور"} {
		if !has(apps, want) {
			t.Errorf("appointments %q lack %q", apps, want)
		}
		if !has(affs, want) {
			t.Errorf("affiliations %q lack %q", affs, want)
		}
	}
	if has(apps, "کامران شیدا | معاون وزیر | شرکت آب منطقه‌ای کشور") {
		t.Errorf("the deputy minister's post took the company: %q", apps)
	}
}

// TestCoordinatedPostWithoutBody checks that a post naming no body gives
// way to the coordinated post that names one.
func TestCoordinatedPostWithoutBody(t *testing.T) {
	doc, err := File("c.txt", []byte("وزیر نیرو در حکمی بهرام صالحی را به سمت معاون وزیر و مدیرعامل شرکت آب منطقه‌ای کشور منصوب کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, apps := affPairs(doc)
	if !has(apps, "بهرام صالحی | مدیرعامل | شرکت آب منطقه‌ای کشور") {
		t.Errorf("appointments %q", apps)
	}
}

// TestNameWithFixedPairs checks bodies whose names hold a fixed «A و B»
// pair (حمل و نقل) or a verb's stem used as a noun (ساخت و ...).
func TestNameWithFixedPairs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"مدیرعامل شرکت ساخت و نگهداری تاسیسات آبی کشور گفت این طرح مهم است.", "شرکت ساخت و نگهداری تاسیسات آبی کشور"},
		{"مدیرعامل شرکت توسعه پایانه‌های حمل و نقل کشور گفت این طرح مهم است.", "شرکت توسعه پایانه‌های حمل و نقل کشور"},
		// Several items, each after its own comma, before «و».
		{"رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی ساوه گفت این طرح مهم است.", "اتاق بازرگانی، صنایع، معادن و کشاورزی ساوه"},
		// A verb still ends the name.
		{"شرکت ساخت و افتتاح شد.", ""},
	}
	checkFirstBody(t, tests)
}

// TestStopWordEndsNameWithoutPlace checks that a stop word after «و» still
// ends a name that does not go on to a place.
func TestStopWordEndsNameWithoutPlace(t *testing.T) {
	a := analyze("شرکت آب منطقه‌ای گیلان و اقدامات لازم را انجام داد.")
	for _, o := range a.orgs {
		if o.name != "شرکت آب منطقه‌ای گیلان" {
			t.Errorf("body %q", o.name)
		}
	}
}

// TestStopWordNounInInferredBody checks a long stop word used as a noun
// inside a body inferred from «مدیرکل», the name going on to its place.
func TestStopWordNounInInferredBody(t *testing.T) {
	doc, err := File("c.txt", []byte("رشت - بهرام نیکوکار، مدیرکل کتابخانه‌ها و اقدامات فرهنگی و هنری استان گیلان، از کتابخانه شهر بازدید کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	affs, _ := affPairs(doc)
	want := "بهرام نیکوکار | مدیرکل | اداره کل کتابخانه‌ها و اقدامات فرهنگی و هنری استان گیلان"
	if !has(affs, want) {
		t.Errorf("affiliations %q lack %q", affs, want)
	}
}

// TestLeadEventOtherThanTitle checks a title joining two reports with «؛»
// whose lead tells the other one: the lead's persons are the ceremony's,
// and the title's exhibition takes only the persons of its own sentences.
func TestLeadEventOtherThanTitle(t *testing.T) {
	doc, err := File("c.txt", []byte("سرپرست اداره ورزش آستارا معرفی شد؛ نمایشگاه کتاب در رشت گشایش یافت\n\n"+
		"به گزارش خبرنگار ما، در آیینی که یکشنبه با حضور دکتر کامران شیدا، مدیرکل ورزش و جوانان استان گیلان و بهرام صالحی، فرماندار آستارا برگزار شد، نرگس امینی به عنوان سرپرست اداره ورزش و جوانان آستارا معرفی شد.\n\n"+
		"شیدا در این آیین گفت: ورزش شهر رو به رشد است.\n\n"+
		"عصر همان روز نمایشگاه کتاب با حضور مهران کاظمی، مدیرکل فرهنگ و ارشاد اسلامی استان گیلان در رشت گشایش یافت.\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range doc.Events {
		got[e.Type] = e.Participants
	}
	if want := []string{"مهران کاظمی"}; !reflect.DeepEqual(got["exhibition"], want) {
		t.Errorf("exhibition participants %q, want %q", got["exhibition"], want)
	}
	if !has(got["ceremony"], "بهرام صالحی") || has(got["ceremony"], "مهران کاظمی") {
		t.Errorf("ceremony participants %q", got["ceremony"])
	}
}

// TestServeFromNowOn checks «از این پس به عنوان X خدمت خواهد کرد» as an
// appointment, and «به عنوان X خدمت کرد», a past post, as none.
func TestServeFromNowOn(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"فرماندار گفت: سرهنگ بهرام صالحی از این پس به عنوان رئیس پلیس راه فرماندهی انتظامی استان گیلان خدمت خواهد کرد.", 1},
		{"فرماندار گفت: سرهنگ بهرام صالحی سال‌ها به عنوان رئیس پلیس راه فرماندهی انتظامی استان گیلان خدمت کرد.", 0},
	}
	for _, tc := range tests {
		doc, err := File("c.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if _, apps := affPairs(doc); len(apps) != tc.want {
			t.Errorf("%s: appointments %q, want %d", tc.text, apps, tc.want)
		}
	}
}

// TestTwoPostsOneBody checks «به عنوان رئیس هیئت مدیره و مدیرعامل شرکت X»:
// two posts in one body, one appointment and both posts as affiliations.
func TestTwoPostsOneBody(t *testing.T) {
	doc, err := File("c.txt", []byte("با حکم وزیر نیرو، بهرام صالحی به عنوان رئیس هیئت مدیره و مدیرعامل شرکت آب منطقه‌ای گیلان منصوب شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	affs, apps := affPairs(doc)
	for _, want := range []string{"بهرام صالحی | رئیس هیئت مدیره | شرکت آب منطقه‌ای گیلان", "بهرام صالحی | مدیرعامل | شرکت آب منطقه‌ای گیلان"} {
		if !has(affs, want) {
			t.Errorf("affiliations %q lack %q", affs, want)
		}
	}
	if len(apps) != 1 {
		t.Errorf("appointments %q, want one", apps)
	}
}

// TestRelativeClauseAppointsThanked checks «از خدمات X، مدیرعامل پیشین که
// به سمت R منصوب شده است، قدردانی شد»: X, thanked as the outgoing
// holder, is appointed to R in its own body, the role's plural ending
// written apart kept in the post.
func TestRelativeClauseAppointsThanked(t *testing.T) {
	doc, err := File("c.txt", []byte("آیین معارفه مدیرعامل جدید شرکت آب منطقه‌ای گیلان برگزار شد و از خدمات مهندس بهرام صالحی، مدیرعامل پیشین که به سمت معاون برنامه‌ریزی و طرح های شرکت مدیریت منابع آب ایران منصوب شده است، قدردانی شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, apps := affPairs(doc)
	want := "بهرام صالحی | معاون برنامه‌ریزی و طرح های | شرکت مدیریت منابع آب ایران"
	if !has(apps, want) {
		t.Errorf("appointments %q lack %q", apps, want)
	}
}

// TestBareOfficeOfArticleCity checks that a bare «شهرداری», in a report
// naming the offices of two cities, is the office of the report's city.
func TestBareOfficeOfArticleCity(t *testing.T) {
	doc, err := File("c.txt", []byte("رشت - بهرام صالحی، شهردار رشت، در دیدار با شهردار لاهیجان گفت: شهرداری رشت و شهرداری لاهیجان طرح مشترکی دارند.\n\n"+
		"صالحی افزود: شهرداری این طرح را تا پایان سال به پایان می‌رساند.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range doc.Organizations {
		names = append(names, o.Name)
	}
	if has(names, "شهرداری") || !has(names, "شهرداری رشت") {
		t.Errorf("bodies %q: the bare office is not the report city's", names)
	}
}

// TestPlannedBodyEvent checks that a body's sentence telling an event to
// come with no day («... راه‌اندازی می‌شود») adds no event, and one with
// its day («... روز دهم آذر برگزار می‌شود») does.
func TestPlannedBodyEvent(t *testing.T) {
	types := func(text string) []string {
		doc, err := File("c.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range doc.Events {
			out = append(out, e.Type)
		}
		sort.Strings(out)
		return out
	}
	head := "نشست شورای اداری شهرستان آستارا برگزار شد\n\nبه گزارش خبرنگار ما، نشست شورای اداری شهرستان آستارا روز شنبه ۸ آذر ۱۴۰۳ با حضور بهرام صالحی، فرماندار آستارا برگزار شد.\n\n"
	if got := types(head + "صالحی گفت: مرکز آموزش مهارت شهر تا پایان سال راه‌اندازی می‌شود.\n"); !reflect.DeepEqual(got, []string{"meeting"}) {
		t.Errorf("a plan with no day: events %q, want only the meeting", got)
	}
	if got := types(head + "صالحی گفت: کارگاه آموزشی ایمنی مدارس روز دهم آذر در سالن فرمانداری برگزار می‌شود.\n"); !reflect.DeepEqual(got, []string{"meeting", "workshop"}) {
		t.Errorf("a workshop with its day: events %q, want the meeting and the workshop", got)
	}
}
