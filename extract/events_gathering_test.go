package extract

import (
	"sort"
	"strings"
	"testing"
)

// eventSummary lists a document's events as «type date: participants»,
// sorted, for table tests.
func eventSummary(doc *Document) []string {
	var out []string
	for _, e := range doc.Events {
		d := "-"
		if e.Date != nil {
			d = *e.Date
		}
		ps := append([]string(nil), e.Participants...)
		sort.Strings(ps)
		out = append(out, e.Type+" "+d+": "+strings.Join(ps, "، "))
	}
	sort.Strings(out)
	return out
}

// checkEventSummaries extracts each case's text and compares its event
// summary with the case's.
func checkEventSummaries(t *testing.T, cases []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventSummary(doc); strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s: events %q, want %q", c.name, got, c.want)
		}
	}
}

// gatheringHead is the made-up title, dateline and lead of the gathering
// cases: a visit on the article's day.
const gatheringHead = "بازدید استاندار سمنان از بیمارستان گرمسار\n\n۲۲ تیر ۱۴۰۴، ۱۸:۱۰   کد خبر: ۸۶۱۲\n\n" +
	"سمنان- ایرنا- استاندار سمنان روز یکشنبه از بیمارستان ۱۲۰ تختخوابی گرمسار بازدید کرد.\n\n" +
	"کامران نیک‌فر در این بازدید گفت: این بیمارستان به زودی تجهیز می‌شود.\n\n"

// TestGatheringEvents checks «X در جمع Y گفت»: a meeting of its own when
// the sentence gives it a time or Y names a body, with the persons of the
// sentences that go on with it; no event when Y refers back to the event
// told («در جمع کارکنان این بیمارستان») or names those present at it, or
// when the sentence tells of another event.
func TestGatheringEvents(t *testing.T) {
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"own time", gatheringHead + "نیک‌فر عصر همین روز در جمع اعضای شورای اداری شهرستان آرادان گفت: جاده آرادان تکمیل می‌شود.\n\n" +
			"در این جلسه بهرام فرجی‌نسب، فرماندار آرادان نیز گزارشی از طرح‌های شهرستان ارائه کرد.\n",
			[]string{"meeting 2025-07-13: بهرام فرجی‌نسب، کامران نیک‌فر", "visit 2025-07-13: کامران نیک‌فر"}},
		{"a body addressed", gatheringHead + "نیک‌فر همچنین در جمع مدیران شعب بانک ملت استان سمنان گفت: تسهیلات ازدواج باید سریع‌تر پرداخت شود.\n",
			[]string{"meeting 2025-07-13: کامران نیک‌فر", "visit 2025-07-13: کامران نیک‌فر"}},
		{"by reference", gatheringHead + "نیک‌فر در جمع کارکنان این بیمارستان گفت: کمبود پزشک متخصص جبران می‌شود.\n",
			[]string{"visit 2025-07-13: کامران نیک‌فر"}},
		{"those present", gatheringHead + "نیک‌فر عصر همین روز در جمع حاضران گفت: کمبود پزشک متخصص جبران می‌شود.\n",
			[]string{"visit 2025-07-13: کامران نیک‌فر"}},
		{"in another event", gatheringHead + "نیک‌فر سپس از زندان گرمسار بازدید کرد و در جمع مددجویان گفت: پرونده‌ها سریع‌تر رسیدگی می‌شود.\n",
			[]string{"visit 2025-07-13: کامران نیک‌فر"}},
	})
}

// TestBodyEventForms checks event forms of a report's body: an inspection
// of a place («از زندان الف بازرسی سرزده به عمل آورد»), a modifier between
// an event noun and its verb, presence at a place («با حضور در گلزار
// شهدای الف ... تجدید میثاق کردند»), a title that sets a target («تا پایان سال
// به بهره‌برداری می‌رسد») rather than telling of an event, and a reporter
// in the lead's byline, who takes no part.
func TestBodyEventForms(t *testing.T) {
	ceremony := "رئیس جدید دادگستری آرادان معرفی شد\n\nیکشنبه ۱۲ اسفند ۱۴۰۳ ساعت ۱۵:۰۵\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه رئیس دادگستری شهرستان آرادان امروز با حضور کامران نیک‌فر برگزار شد.\n\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"inspection of a place", ceremony + "نیک‌فر پس از این آیین از زندان آرادان بازرسی سرزده به عمل آورد.\n",
			[]string{"ceremony 2025-03-02: کامران نیک‌فر", "inspection 2025-03-02: کامران نیک‌فر"}},
		{"inspecting as work done", ceremony + "نیک‌فر گفت: بازرسی از واحدهای صنفی ادامه دارد.\n",
			[]string{"ceremony 2025-03-02: کامران نیک‌فر"}},
		{"visit with a modifier", ceremony + "نیک‌فر پس از این آیین از دادسرای آرادان بازدید سرزده کرد.\n",
			[]string{"ceremony 2025-03-02: کامران نیک‌فر", "visit 2025-03-02: کامران نیک‌فر"}},
		{"presence at a place", ceremony + "در ادامه، نیک‌فر و بهرام فرجی‌نسب با حضور در گلزار شهدای آرادان با آرمان‌های شهدا تجدید میثاق کردند.\n",
			[]string{"ceremony 2025-03-02: کامران نیک‌فر", "visit 2025-03-02: بهرام فرجی‌نسب، کامران نیک‌فر"}},
		{"inspectors' presence", ceremony + "بازرسان اداره کل بازرسی استان سمنان نیز با حضور در فرمانداری آرادان روند رسیدگی به شکایات را ارزیابی کردند.\n",
			[]string{"ceremony 2025-03-02: کامران نیک‌فر", "inspection 2025-03-02: "}},
		{"in the presence of persons", ceremony + "در ادامه، با حضور نیک‌فر و بهرام فرجی‌نسب از خانواده شهدای آرادان تقدیر شد.\n",
			[]string{"ceremony 2025-03-02: بهرام فرجی‌نسب، کامران نیک‌فر"}},
		{"a target in the title", "بیمارستان جدید آرادان تا پایان سال به بهره‌برداری می‌رسد\n\n۲۲ تیر ۱۴۰۴، ۱۸:۱۰\n\n" +
			"به گزارش خبرنگار ما، کامران نیک‌فر روز یکشنبه در بازدید از بیمارستان آرادان گفت: این طرح پیشرفت ۸۵ درصدی دارد.\n",
			[]string{"visit 2025-07-13: کامران نیک‌فر"}},
		{"a byline", "مدیرکل جدید تعاون روستایی سمنان معرفی شد\n\nسه‌شنبه ۲۰ آبان ۱۴۰۴ - ۱۰:۴۵\n\n" +
			"همشهری آنلاین - مریم کاوه: صبح امروز در آیینی با حضور بهرام فرجی‌نسب، کامران نیک‌فر به عنوان مدیرکل تعاون روستایی استان سمنان معرفی شد.\n",
			[]string{"ceremony 2025-11-11: بهرام فرجی‌نسب، کامران نیک‌فر"}},
	})
}
