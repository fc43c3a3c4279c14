package extract

import (
	"strings"
	"testing"
)

// TestR20BReplacedNowHolds checks a relative clause after the clause of a
// replacement, «الف جایگزین ب شده که اکنون R است» (the perfect without its
// auxiliary) and «الف جای ب را گرفت که اکنون R این سازمان است»: the post
// held now is the one replaced's, not the new holder's.
func TestR20BReplacedNowHolds(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"نیما وفاجو هم از انتصاب شیرین نیک‌رفتار به سمت سرپرست اداره بهزیستی شهرستان نطنز خبر داد و گفت نیک‌رفتار جایگزین بابک رادمنش شده که اکنون معاون توانبخشی اداره کل بهزیستی استان اصفهان است.",
			"بابک رادمنش | معاون توانبخشی | اداره کل بهزیستی استان اصفهان", "شیرین نیک‌رفتار | معاون توانبخشی | اداره کل بهزیستی استان اصفهان"},
		{"همچنین اعلام شد که بهرنگ ستوده‌فر به سمت معاون بازرگانی سازمان صنعت، معدن و تجارت استان اصفهان منصوب شده است. او جای کیانوش رادمنش را گرفت که اکنون معاون امور صنایع این سازمان است.",
			"کیانوش رادمنش | معاون امور صنایع | سازمان صنعت، معدن و تجارت استان اصفهان", "بهرنگ ستوده‌فر | معاون امور صنایع | سازمان صنعت، معدن و تجارت استان اصفهان"},
	} {
		affs, _, _ := r20bDoc(t, tc.text)
		if !has(affs, tc.want) || has(affs, tc.not) {
			t.Errorf("%s: affiliations %q, want %q and not %q", tc.text, affs, tc.want, tc.not)
		}
	}
}

// TestR20BCoordinatedPastHolder checks an appointment to coordinated posts
// of one body («به عنوان عضو هیئت‌مدیره و مدیرعامل شرکت X») and one told
// to have held the second before, «مدیریت عامل این شرکت را بر عهده
// داشت»: he is the predecessor.
func TestR20BCoordinatedPastHolder(t *testing.T) {
	doc, err := File("made-up.txt", []byte("بوشهر- ایسنا- مهندس کاوه برومندیان به عنوان عضو هیئت‌مدیره و مدیرعامل شرکت سیمان دشت‌آرا منصوب و در آیینی که ظهر امروز برگزار شد، معرفی شد. "+
		"مهندس سهیل مهرآیین که از مهر ۱۴۰۲ مدیریت عامل این شرکت را بر عهده داشت، در این آیین مورد تقدیر قرار گرفت.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ap := range doc.Appointments {
		if ap.Person == "کاوه برومندیان" && ap.Organization == "شرکت سیمان دشت‌آرا" {
			found = true
			if ap.Predecessor != "سهیل مهرآیین" {
				t.Errorf("predecessor %q, want «سهیل مهرآیین»", ap.Predecessor)
			}
		}
	}
	if !found {
		t.Errorf("appointments %+v, want کاوه برومندیان's", doc.Appointments)
	}
}

// TestR20BReplacesOwnPostOnce checks «حکم الف به عنوان R2 شرکت X به وی
// ابلاغ شد. الف جانشین ب می‌شود ...» in a report of X's new managing
// director, told again later in the section («مدیرعامل جدید X ...»):
// الف's change is to R2, not to the report's post too.
func TestR20BReplacesOwnPostOnce(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "کاوه برومندیان مدیرعامل سیمان دشت‌آرا شد\n\n"+
		"بوشهر- ایسنا- مهندس کاوه برومندیان به عنوان مدیرعامل شرکت سیمان دشت‌آرا منصوب و در آیینی که ظهر امروز برگزار شد، معرفی شد.\n\n"+
		"معاون فنی جدید\n\n"+
		"در این آیین همچنین حکم مهندس بردیا شاهین‌فر به عنوان معاون فنی و تولید شرکت سیمان دشت‌آرا به وی ابلاغ شد. شاهین‌فر جانشین مهندس پرویز آرین‌مهر می‌شود که پس از ۲۸ سال خدمت بازنشسته شد و از وی نیز در این مراسم تقدیر شد.\n\n"+
		"مدیرعامل جدید سیمان دشت‌آرا عصر امروز از خط تولید کارخانه بازدید کرد.\n")
	if !has(apps, "بردیا شاهین‌فر | معاون فنی و تولید | شرکت سیمان دشت‌آرا") {
		t.Errorf("appointments %q, want the deputy's", apps)
	}
	for _, s := range affs {
		if strings.HasPrefix(s, "بردیا شاهین‌فر | مدیرعامل") {
			t.Errorf("affiliations %q: the deputy is no managing director", affs)
		}
	}
}

// TestR20BFormerHolderFromNow checks «الف جانشین ب می‌شود ... . مدیرکل
// پیشین از این پس R BODY خواهد بود»: the former holder of the report's
// post, ب, moves on to R.
func TestR20BFormerHolderFromNow(t *testing.T) {
	_, apps, _ := r20bDoc(t, "اردبیل- تسنیم- با حکم رئیس سازمان اوقاف و امور خیریه، سهراب نوبخت‌نیا روز گذشته به عنوان مدیرکل اوقاف و امور خیریه استان اردبیل منصوب شد.\n\n"+
		"وی جانشین بهمن شاکری‌راد می‌شود که شش سال مسئولیت این اداره کل را بر عهده داشت. مدیرکل پیشین از این پس مشاور رئیس سازمان اوقاف و امور خیریه خواهد بود.\n")
	if !has(apps, "بهمن شاکری‌راد | مشاور رئیس | سازمان اوقاف و امور خیریه") {
		t.Errorf("appointments %q, want the former holder's move", apps)
	}
}

// TestR20BSucceededAfter checks «الف به عنوان R معرفی شد. وی پس از ب این
// مسئولیت را بر عهده گرفت»: ب is the predecessor.
func TestR20BSucceededAfter(t *testing.T) {
	doc, err := File("made-up.txt", []byte("خبر انتصاب\n\nیزد- ایرنا- کامران رهنورد به عنوان فرماندار مهریز معرفی شد. وی پس از بهمن شاکری‌راد این مسئولیت را بر عهده گرفت.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Appointments) != 1 || doc.Appointments[0].Predecessor != "بهمن شاکری‌راد" {
		t.Errorf("appointments %+v, want one after بهمن شاکری‌راد", doc.Appointments)
	}
}

// TestR20BInsteadOfInLead checks «... برگزار شد و الف به جای ب عهده‌دار
// این مسئولیت شد. الف ... به این سمت منصوب شده است»: ب, named instead of
// the appointee in the lead, is the predecessor of the appointment told
// after it.
func TestR20BInsteadOfInLead(t *testing.T) {
	doc, err := File("made-up.txt", []byte("خبر معارفه\n\nخرم‌آباد- تسنیم- آیین تودیع و معارفه مدیرکل اوقاف و امور خیریه استان لرستان روز گذشته برگزار شد و حجت‌الاسلام سهراب نوبخت‌نیا به جای حجت‌الاسلام بهمن شاکری‌راد عهده‌دار این مسئولیت شد.\n\n"+
		"به گزارش تسنیم، نوبخت‌نیا با حکم رئیس سازمان اوقاف و امور خیریه به این سمت منصوب شده است.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ap := range doc.Appointments {
		if ap.Person == "سهراب نوبخت‌نیا" {
			found = true
			if ap.Predecessor != "بهمن شاکری‌راد" {
				t.Errorf("predecessor %q, want «بهمن شاکری‌راد»", ap.Predecessor)
			}
		}
	}
	if !found {
		t.Errorf("appointments %+v, want نوبخت‌نیا's", doc.Appointments)
	}
}

// TestR20BInChargeOf checks «X عهده‌دار BODY شد» and «X ... عهده‌دار
// سرپرستی BODY شد»: the charge told after «عهده‌دار» is an appointment.
func TestR20BInChargeOf(t *testing.T) {
	for text, want := range map[string]string{
		"یزد- ایرنا- کامران رهنورد عهده‌دار فرمانداری مهریز شد.":                                                     "کامران رهنورد | فرماندار | فرمانداری مهریز",
		"یزد- ایرنا- کامران رهنورد با حکم مدیرکل بهزیستی استان یزد عهده‌دار سرپرستی اداره بهزیستی شهرستان مهریز شد.": "کامران رهنورد | سرپرست | اداره بهزیستی شهرستان مهریز",
	} {
		_, apps, _ := r20bDoc(t, "خبر\n\n"+text+"\n")
		if !has(apps, want) {
			t.Errorf("%s: appointments %q, want %q", text, apps, want)
		}
	}
}

// TestR20BRecentlyBecame checks «ب به تازگی R BODY شده است» with «به
// تازگی» written apart: the change of post of ب.
func TestR20BRecentlyBecame(t *testing.T) {
	_, apps, _ := r20bDoc(t, "خبر\n\nیزد- ایرنا- کامران رهنورد به عنوان فرماندار مهریز معرفی شد و از زحمات بهمن شاکری‌راد قدردانی شد. شاکری‌راد به تازگی مدیرکل دفتر امور شهری استانداری یزد شده است.\n")
	if !has(apps, "بهمن شاکری‌راد | مدیرکل | دفتر امور شهری استانداری یزد") {
		t.Errorf("appointments %q, want the predecessor's move", apps)
	}
}

// TestR20BVotesInFavour checks «X با ۵ رأی موافق شهردار Y شد»: the tally
// of votes in favour before the post.
func TestR20BVotesInFavour(t *testing.T) {
	_, apps, _ := r20bDoc(t, "خبر\n\nیزد- ایرنا- کامران رهنورد با ۵ رأی موافق شهردار مهریز شد.\n")
	if !has(apps, "کامران رهنورد | شهردار | شهرداری مهریز") {
		t.Errorf("appointments %q, want the mayor's", apps)
	}
}
