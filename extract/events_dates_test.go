package extract

import (
	"reflect"
	"testing"
)

// TestEventDayOfOccasionAndPeriod checks two ways a body's sentences
// date an event: «در آیینی که به همین مناسبت ... برگزار شد» takes the day
// the sentence before names for the occasion, and the last day of a
// period («این نمایشگاه تا اول دی‌ماه ... پذیرای بازدیدکنندگان است») is
// not the day an exhibition opened, which is then its report's.
func TestEventDayOfOccasionAndPeriod(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]string
	}{
		{"on this occasion", "مدیر جدید شعب بانک ملت استان سمنان مشغول به کار شد\n\nکد خبر ۹۱۲۳ | ۱۱ مرداد ۱۴۰۴ - ۱۳:۰۰\n\n" +
			"به گزارش خبرنگار ما، حکم کامران نیک‌فر از سوی مدیرعامل بانک ملت امضا شد و وی از صبح امروز شنبه در سمت مدیر شعب بانک ملت استان سمنان مشغول به کار شد.\n\n" +
			"در آیینی که به همین مناسبت با حضور بهرام فرجی‌نسب، عضو هیئت‌مدیره بانک ملت در سالن همایش‌های بانک برگزار شد، از خدمات مدیر پیشین قدردانی شد.\n",
			map[string]string{"ceremony": "2025-08-02"}},
		{"the end of a period", "امضای تفاهم‌نامه اداره کل تعاون روستایی سمنان و دانشگاه سمنان\n\n۲۸ آذر ۱۴۰۳ - ۰۸:۳۰\n\n" +
			"به گزارش خبرنگار ما، تفاهم‌نامه همکاری اداره کل تعاون روستایی استان سمنان و دانشگاه سمنان روز سه‌شنبه بیست و هفتم آذر با حضور کامران نیک‌فر امضا شد.\n\n" +
			"همزمان با امضای این تفاهم‌نامه، نمایشگاه محصولات تعاونی‌های روستایی استان سمنان با حضور بهرام فرجی‌نسب گشایش یافت.\n\n" +
			"این نمایشگاه تا اول دی‌ماه همه‌روزه از ساعت ۱۰ تا ۱۸ پذیرای بازدیدکنندگان است.\n",
			map[string]string{"exhibition": "2024-12-17", "meeting": "2024-12-17"}},
	}
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := eventDates(doc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: event dates %v, want %v", c.name, got, c.want)
		}
	}
}
