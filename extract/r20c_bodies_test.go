package extract

import (
	"slices"
	"testing"
)

// TestR20CLocalOfficeThenObject checks that a local office named alone,
// then a common noun with a determiner after it («استانداری پیشرفت این
// همکاری را ...»), is the office alone, while an office with its town
// keeps the town.
func TestR20CLocalOfficeThenObject(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا گفت: استانداری پیشرفت این همکاری را هر سه ماه بررسی می‌کند.")
	if slices.Contains(got, "استانداری پیشرفت") {
		t.Errorf("bodies %q, want no «استانداری پیشرفت»", got)
	}
	got = orgNames(t, "رسول بهارلونیا گفت: شهرداری کرمان این طرح را تا پایان سال تمام می‌کند.")
	if !slices.Contains(got, "شهرداری کرمان") {
		t.Errorf("bodies %q, want «شهرداری کرمان»", got)
	}
}

// TestR20CShortFormOfParentAtEnd checks that the short form of a parent
// body («اداره کل استاندارد سمنان», from a post) joins the parent named
// whole, not the nested office whose name ends with the parent's.
func TestR20CShortFormOfParentAtEnd(t *testing.T) {
	text := "مدیرکل استاندارد سمنان: صادرات رشد می‌کند\n\n" +
		"به گزارش خبرنگار ما، این کارگاه به همت اداره کل استاندارد استان سمنان برگزار شد و رسول بهارلونیا مدیرکل استاندارد استان سمنان در آن سخنرانی کرد.\n\n" +
		"خانم ماهان ترکمان‌پور، رئیس اداره نظارت بر اجرای استاندارد اداره کل استاندارد استان سمنان، در این کارگاه آموزش داد."
	got := orgNames(t, text)
	for _, want := range []string{"اداره نظارت بر اجرای استاندارد اداره کل استاندارد استان سمنان", "اداره کل استاندارد استان سمنان|اداره کل استاندارد سمنان"} {
		if !slices.Contains(got, want) {
			t.Errorf("bodies %q, want %q", got, want)
		}
	}
}

// TestR20CPowerAffairsOffice checks that a power distribution company's
// county office («امور توزیع برق شهرستان X») is a body, as the water
// company's «امور آب و فاضلاب شهرستان X» is.
func TestR20CPowerAffairsOffice(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا با حکم مدیرعامل شرکت توزیع نیروی برق استان سمنان به سمت سرپرست امور توزیع برق شهرستان دامغان منصوب شد.")
	if !slices.Contains(got, "امور توزیع برق شهرستان دامغان") {
		t.Errorf("bodies %q, want «امور توزیع برق شهرستان دامغان»", got)
	}
	got = orgNames(t, "ماهان ترکمان‌پور مدیر امور برق شهرستان شاهرود گفت: شبکه روستاها نوسازی می‌شود.")
	if !slices.Contains(got, "امور برق شهرستان شاهرود") {
		t.Errorf("bodies %q, want «امور برق شهرستان شاهرود»", got)
	}
}

// TestR20CGluedAdverbEndsName checks that a glued adverbial «به‌صورت»
// or «به‌طور» after a body's name ends it.
func TestR20CGluedAdverbEndsName(t *testing.T) {
	for _, text := range []string{
		"رسول بهارلونیا گفت: همه داوطلبان پیش از سفر در بیمارستان شهید مدنی کندلان به‌صورت رایگان معاینه می‌شوند.",
		"رسول بهارلونیا گفت: همه داوطلبان پیش از سفر در بیمارستان شهید مدنی کندلان به‌طور رایگان معاینه می‌شوند.",
	} {
		got := orgNames(t, text)
		if !slices.Contains(got, "بیمارستان شهید مدنی کندلان") {
			t.Errorf("%s: bodies %q, want «بیمارستان شهید مدنی کندلان»", text, got)
		}
	}
}

// TestR20CCampusHead checks that a university's campus («پردیس X دانشگاه
// Y») is a body, while the town of that name keeps its own office.
func TestR20CCampusHead(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا، رئیس دانشگاه فرهنگیان، ماهان ترکمان‌پور را به عنوان سرپرست پردیس شهید باهنر دانشگاه فرهنگیان سمنان منصوب کرد.")
	if !slices.Contains(got, "پردیس شهید باهنر دانشگاه فرهنگیان سمنان") {
		t.Errorf("bodies %q, want the campus", got)
	}
	got = orgNames(t, "ماهان ترکمان‌پور شهردار پردیس گفت: طرح نوسازی بافت فرسوده آغاز شد.")
	if !slices.Contains(got, "شهرداری پردیس") {
		t.Errorf("bodies %q, want «شهرداری پردیس»", got)
	}
}

// TestR20CBoardChairBesideChief checks that a municipal organization named
// short («سازمان پارک‌ها و فضای سبز») after its full name, its chief
// executive beside the board's chair, is a form of the one body.
func TestR20CBoardChairBesideChief(t *testing.T) {
	text := "خبرگزاری نمونه\n\nکوهسار- رسول بهارلونیا، معاون خدمات شهری شهرداری کرمان و رئیس هیئت‌مدیره سازمان پارک‌ها و فضای سبز شهرداری کرمان، در این جلسه از طرح کاشت درخت خبر داد.\n\n" +
		"مدیرعامل سازمان پارک‌ها و فضای سبز نیز جزئیات این طرح را تشریح کرد. به گفته ماهان ترکمان‌پور، ۷۰ درصد نهال‌ها تأمین می‌شود."
	got := orgNames(t, text)
	if !slices.Contains(got, "سازمان پارک‌ها و فضای سبز شهرداری کرمان|سازمان پارک‌ها و فضای سبز") {
		t.Errorf("bodies %q, want the short form an alias of the full one", got)
	}
}
