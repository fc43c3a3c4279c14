package extract

import "testing"

// TestR14BGuestListLastItem checks a list of guests with their posts and
// no comma between a name and its post: «و R BODY» after the last named
// guest's post, closing the list, is another guest; a list that goes on
// after it gives both posts to that guest.
func TestR14BGuestListLastItem(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"last item", "در این آیین سردار بهمن کاظمی‌نیا فرمانده انتظامی استان لرستان، دکتر مینا رستگارپور مدیرکل پزشکی قانونی استان لرستان و رئیس سازمان زندان‌های استان لرستان حضور داشتند.",
			[]string{"بهمن کاظمی‌نیا|فرمانده|فرماندهی انتظامی استان لرستان", "مینا رستگارپور|مدیرکل|اداره کل پزشکی قانونی استان لرستان"}},
		{"list goes on", "در این جلسه دکتر کاوه نیک‌گهر معاون عمرانی استاندار لرستان، بهروز میهن‌دوست معاون سیاسی استاندار لرستان و فرماندار خرم‌آباد، مهندس سهراب نادری‌فر مدیرکل راهداری استان لرستان حضور داشتند.",
			[]string{"کاوه نیک‌گهر|معاون عمرانی استاندار|استانداری لرستان", "بهروز میهن‌دوست|معاون سیاسی استاندار|استانداری لرستان", "بهروز میهن‌دوست|فرماندار|فرمانداری خرم‌آباد", "سهراب نادری‌فر|مدیرکل|اداره کل راهداری استان لرستان"}},
	})
}
