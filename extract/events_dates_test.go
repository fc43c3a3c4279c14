package extract

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestBodyEventDays checks ways a body's sentences date an event: «در
// آیینی که به همین مناسبت ... برگزار شد» takes the day the sentence before
// names for the occasion; the last day of a period («این نمایشگاه تا اول
// دی‌ماه ... پذیرای بازدیدکنندگان است») is not the day an exhibition
// opened, which is then its report's; and a visit of another day named
// relative to the article's («فردا (جمعه) ... بازدید می‌کند») is an event
// of its own beside the day's visit, as is a ceremony of the same day at
// a later time («عصر همان روز ... در آیینی ...»، «عصر امروز نیز ...» after
// «صبح امروز»). A statement the report cites is of
// a day it does not tell, not of the report's event.
func TestBodyEventDays(t *testing.T) {
	cases := []eventDaysCase{
		{"on this occasion", "مدیر جدید شعب بانک ملت استان سمنان مشغول به کار شد\n\nکد خبر ۹۱۲۳ | ۱۱ مرداد ۱۴۰۴ - ۱۳:۰۰\n\n" +
			"به گزارش خبرنگار ما، حکم کامران نیک‌فر از سوی مدیرعامل بانک ملت امضا شد و وی از صبح امروز شنبه در سمت مدیر شعب بانک ملت استان سمنان مشغول به کار شد.\n\n" +
			"در آیینی که به همین مناسبت با حضور بهرام فرجی‌نسب، عضو هیئت‌مدیره بانک ملت در سالن همایش‌های بانک برگزار شد، از خدمات مدیر پیشین قدردانی شد.\n",
			map[string]string{"ceremony": "2025-08-02"}},
		{"the end of a period", "امضای تفاهم‌نامه اداره کل تعاون روستایی سمنان و دانشگاه سمنان\n\n۲۸ آذر ۱۴۰۳ - ۰۸:۳۰\n\n" +
			"به گزارش خبرنگار ما، تفاهم‌نامه همکاری اداره کل تعاون روستایی استان سمنان و دانشگاه سمنان روز سه‌شنبه بیست و هفتم آذر با حضور کامران نیک‌فر امضا شد.\n\n" +
			"همزمان با امضای این تفاهم‌نامه، نمایشگاه محصولات تعاونی‌های روستایی استان سمنان با حضور بهرام فرجی‌نسب گشایش یافت.\n\n" +
			"این نمایشگاه تا اول دی‌ماه همه‌روزه از ساعت ۱۰ تا ۱۸ پذیرای بازدیدکنندگان است.\n",
			map[string]string{"exhibition": "2024-12-17", "meeting": "2024-12-17"}},
		{"tomorrow's visit", "سفر وزیر راه و شهرسازی به سمنان\n\n۲۰ شهریور ۱۴۰۴ - ۰۹:۱۵\n\n" +
			"به گزارش خبرنگار ما، کامران نیک‌فر، وزیر راه و شهرسازی صبح امروز از کارگاه ساخت راه‌آهن سمنان بازدید کرد.\n\n" +
			"بر اساس برنامه اعلام‌شده، وزیر راه و شهرسازی فردا (جمعه) از پایانه مسافربری شاهرود بازدید می‌کند.\n",
			map[string]string{"visit": "2025-09-11,2025-09-12"}},
		{"later the same day", "معاون عمرانی استاندار سمنان معرفی شد\n\nچهارشنبه ۹ مهر ۱۴۰۴ - ۱۹:۴۰\n\n" +
			"به گزارش خبرنگار ما، آیین معارفه معاون عمرانی استاندار سمنان صبح امروز با حضور کامران نیک‌فر در سالن جلسات استانداری برگزار شد.\n\n" +
			"عصر همان روز استاندار سمنان در آیینی با حضور بهرام فرجی‌نسب در فرمانداری آرادان، فرماندار جدید این شهرستان را معرفی کرد.\n",
			map[string]string{"ceremony": "2025-10-01,2025-10-01"}},
		{"this afternoon too", "سفر وزیر نیرو به سمنان\n\n۲۰ شهریور ۱۴۰۴ - ۰۹:۱۵\n\n" +
			"به گزارش خبرنگار ما، کامران نیک‌فر، وزیر نیرو صبح امروز از سد آرادان بازدید کرد.\n\n" +
			"عصر امروز نیز تصفیه‌خانه آب شاهرود با حضور نیک‌فر و بهرام فرجی‌نسب، مدیرعامل شرکت آب منطقه‌ای سمنان مورد بازدید قرار گرفت.\n",
			map[string]string{"visit": "2025-09-11,2025-09-11"}},
		{"a statement cited", "آیین معارفه مدیرعامل هلال‌احمر سمنان\n\n۲۹ اردیبهشت ۱۴۰۴ - ۱۹:۴۰\n\n" +
			"به گزارش خبرنگار ما، آیین معارفه مدیرعامل جمعیت هلال‌احمر استان سمنان امروز با حضور کامران نیک‌فر برگزار شد.\n\n" +
			"جمعیت هلال‌احمر استان سمنان همچنین در اطلاعیه‌ای اعلام کرد ثبت‌نام داوطلبان تا پایان خرداد ادامه دارد.\n",
			map[string]string{"ceremony": "2025-05-19", "statement": "-"}},
	}
	checkEventDays(t, cases)
}

// eventDaysCase is a text and, by event type, the dates its events must
// have (as eventDays writes them).
type eventDaysCase struct {
	name, text string
	want       map[string]string
}

// checkEventDays extracts each case's text and fails where its events'
// dates are not the case's.
func checkEventDays(t *testing.T, cases []eventDaysCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDays(doc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: event dates %v, want %v", c.name, got, c.want)
		}
	}
}

// eventDays gives, for each event type of doc, its events' dates, sorted
// and joined by commas ("-" for an undated one).
func eventDays(doc *Document) map[string]string {
	days := map[string][]string{}
	for _, e := range doc.Events {
		d := "-"
		if e.Date != nil {
			d = *e.Date
		}
		days[e.Type] = append(days[e.Type], d)
	}
	out := map[string]string{}
	for typ, ds := range days {
		sort.Strings(ds)
		out[typ] = strings.Join(ds, ",")
	}
	return out
}
