package extract

import (
	"slices"
	"testing"
)

// TestR20CLocalOfficeThenObject checks that a local office named alone,
// then a common noun with a determiner after it («فرمانداری روند این طرح
// را ...»), is the office alone, while an office with its town
// keeps the town.
func TestR20CLocalOfficeThenObject(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا گفت: فرمانداری روند این طرح را هر ماه پیگیری می‌کند.")
	if slices.Contains(got, "فرمانداری روند") {
		t.Errorf("bodies %q, want no «فرمانداری روند»", got)
	}
	got = orgNames(t, "رسول بهارلونیا گفت: شهرداری کرمان این طرح را تا پایان سال تمام می‌کند.")
	if !slices.Contains(got, "شهرداری کرمان") {
		t.Errorf("bodies %q, want «شهرداری کرمان»", got)
	}
}

// TestR20CShortFormOfParentAtEnd checks that the short form of a parent
// body («اداره کل میراث فرهنگی سمنان», from a post) joins the parent named
// whole, not the nested office whose name ends with the parent's.
func TestR20CShortFormOfParentAtEnd(t *testing.T) {
	text := "مدیرکل میراث فرهنگی سمنان: مرمت کاروانسراها ادامه دارد\n\n" +
		"به گزارش خبرنگار ما، نشست مرمت‌گران به دعوت اداره کل میراث فرهنگی استان سمنان برپا شد و رسول بهارلونیا مدیرکل میراث فرهنگی استان سمنان در آن سخن گفت.\n\n" +
		"خانم ماهان ترکمان‌پور، رئیس اداره حفاظت از بناهای تاریخی اداره کل میراث فرهنگی استان سمنان، در این نشست از مرمت دو کاروانسرا گفت."
	got := orgNames(t, text)
	for _, want := range []string{"اداره حفاظت از بناهای تاریخی اداره کل میراث فرهنگی استان سمنان", "اداره کل میراث فرهنگی استان سمنان|اداره کل میراث فرهنگی سمنان"} {
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
		"رسول بهارلونیا گفت: کودکان روستاهای مرزی در بیمارستان شهید مدنی کندلان به‌صورت رایگان واکسینه می‌شوند.",
		"رسول بهارلونیا گفت: کودکان روستاهای مرزی در بیمارستان شهید مدنی کندلان به‌طور رایگان واکسینه می‌شوند.",
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
// short («سازمان مدیریت پسماند») after its full name, its chief
// executive beside the board's chair, is a form of the one body.
func TestR20CBoardChairBesideChief(t *testing.T) {
	text := "خبرگزاری نمونه\n\nکوهسار- رسول بهارلونیا، معاون خدمات شهری شهرداری کرمان و رئیس هیئت‌مدیره سازمان مدیریت پسماند شهرداری کرمان، در این جلسه از برنامه تفکیک زباله از مبدأ خبر داد.\n\n" +
		"مدیرعامل سازمان مدیریت پسماند نیز از خرید ۲۰ خودروی حمل زباله گفت. به گفته ماهان ترکمان‌پور، نیمی از محله‌ها تا پایان سال زیر پوشش می‌روند."
	got := orgNames(t, text)
	if !slices.Contains(got, "سازمان مدیریت پسماند شهرداری کرمان|سازمان مدیریت پسماند") {
		t.Errorf("bodies %q, want the short form an alias of the full one", got)
	}
}
