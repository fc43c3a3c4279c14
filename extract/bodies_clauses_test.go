package extract

import "testing"

// TestBodyClauseShapes checks shapes of a clause around a head noun that
// name no body: a plural head's list describing a side of the country, a
// perfect's participle after a name, and a facility being built or opened.
func TestBodyClauseShapes(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"دانشگاه سمنان از دانشگاه‌های جامع و پیشرو شرق کشور است.", []string{"دانشگاه سمنان"}},
		{"مدیران بانک‌های ملت و تجارت استان سمنان حضور داشتند.", []string{"بانک ملت استان سمنان", "بانک تجارت استان سمنان"}},
		{"رئیس پیشین که به دانشکده مهندسی عمران بازگشته است، تقدیر شد.", []string{"دانشکده مهندسی عمران"}},
		{"کامران نیک‌فر عضو کمیته فنی سمنان است.", []string{"کمیته فنی سمنان"}},
		{"ساخت درمانگاه شبانه‌روزی روستای نوبران از طرح‌های این تفاهم‌نامه است.", nil},
		{"راه‌اندازی بیمارستان تخصصی قلب در اولویت است.", nil},
		{"رئیس بیمارستان امید سمنان از بخش جدید بازدید کرد.", []string{"بیمارستان امید سمنان"}},
	})
}

// TestQuotedFacilityToBeBuilt checks that a facility named in quotes and
// then built or opened in its sentence («"مرکز X" ... راه‌اندازی می‌شود»)
// is no body, while a quoted body that acts is one.
func TestQuotedFacilityToBeBuilt(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"بر اساس این تفاهم‌نامه، «مرکز نوآوری کشاورزی و صنعت» با سرمایه‌گذاری مشترک در دانشگاه راه‌اندازی خواهد شد.", nil},
		{"«مرکز پژوهش‌های آب و خاک» در ساختمان اتاق راه‌اندازی می‌شود.", nil},
		{"«مرکز پژوهش‌های آب و خاک» گزارش سالانه خود را منتشر کرد.", []string{"مرکز پژوهش‌های آب و خاک"}},
	})
}

// TestEventSubjectEndsBody checks that an event or project named right
// after a body, as the subject of «برگزار شد» or «افتتاح شد», ends the
// body's name, and that an event word stays in a name whose sentence
// reports no such event.
func TestEventSubjectEndsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"با حضور رئیس دانشگاه صنعتی نوبران کارگاه آموزشی برگزار شد.", []string{"دانشگاه صنعتی نوبران"}},
		{"به همت کانون فرهنگی نوبران جشنواره سالانه برگزار شد.", []string{"کانون فرهنگی نوبران"}},
		{"با حضور رئیس بنیاد نخبگان همایش ملی برگزار خواهد شد.", []string{"بنیاد نخبگان"}},
		{"دبیرخانه جشنواره فرهنگی نوبران اعلام کرد.", []string{"دبیرخانه جشنواره فرهنگی نوبران"}},
	})
}

// TestProjectObjectEndsBody checks that a project's head followed by the
// object's «را» ends the body named before it.
func TestProjectObjectEndsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"قرارگاه سازندگی نوبران پروژه را تحویل داد.", []string{"قرارگاه سازندگی نوبران"}},
		{"شرکت فولاد نوبران طرح توسعه را آغاز کرد.", []string{"شرکت فولاد نوبران"}},
	})
}

// TestHolderNameEndsBody checks that a holder's given name and surname
// right after a body's name, before the verb, end the body's name and are
// a person, while a martyr's name after «شهید» stays in the body's name.
func TestHolderNameEndsBody(t *testing.T) {
	for _, tc := range []struct {
		text, body, person string
	}{
		{"رئیس دانشگاه صنعتی نوبران کامران نیک‌فر گفت: کار آغاز شد.", "دانشگاه صنعتی نوبران", "کامران نیک‌فر"},
		{"رئیس هیئت فوتبال نوبران کامران نیک‌فر در این نشست گفت: کار آغاز شد.", "هیئت فوتبال نوبران", "کامران نیک‌فر"},
		{"رئیس بیمارستان شهید کامران نیک‌فر گفت: کار آغاز شد.", "بیمارستان شهید کامران نیک‌فر", ""},
	} {
		doc, err := File("t.txt", []byte(tc.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Organizations) == 0 || doc.Organizations[0].Name != tc.body {
			t.Errorf("%s: bodies %v, want %q first", tc.text, doc.Organizations, tc.body)
		}
		found := false
		for _, p := range doc.Persons {
			found = found || p.Name == tc.person
		}
		if tc.person != "" && !found {
			t.Errorf("%s: persons %v, want %q", tc.text, doc.Persons, tc.person)
		}
	}
}
