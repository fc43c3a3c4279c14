package extract

import "testing"

// TestR9APostBeforeGluableHead checks that a post typed apart from a
// word it could glue on to (دبیر خانه → دبیرخانه) is a post when that word
// starts a body's head of its own (خانه کارگر، خانه مطبوعات), and that a
// secretariat typed with a space stays one.
func TestR9APostBeforeGluableHead(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، دبیر خانه مطبوعات استان سمنان، در این جلسه حضور داشت.", []string{"خانه مطبوعات استان سمنان"}},
		{"کامران نیک‌فر، رئیس دبیر خانه شورای هماهنگی استان سمنان، حضور داشت.", []string{"دبیر خانه شورای هماهنگی استان سمنان", "شورای هماهنگی استان سمنان"}},
	})
}

// TestR9ANameLexicon checks a judicial district as a head (حوزه قضایی)
// and an adjective of effect keeping its preposition in a name (مؤثر بر).
func TestR9ANameLexicon(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر پیش از این ریاست حوزه قضایی شهرستان شاهرود را بر عهده داشت.", []string{"حوزه قضایی شهرستان شاهرود"}},
		{"رئیس مرکز تحقیقات عوامل محیطی مؤثر بر سلامت گفت: طرح اجرا شد.", []string{"مرکز تحقیقات عوامل محیطی مؤثر بر سلامت"}},
	})
}

// TestR9ABoardTermSkipped checks that a board named with its term before
// the body it is of (هیئت نمایندگان دوره جدید اتاق X) is that body's
// board with the term left out, and that a term closing the name still
// ends it.
func TestR9ABoardTermSkipped(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"در نخستین جلسه هیئت نمایندگان دوره جدید اتاق بازرگانی شاهرود، کامران نیک‌فر به ریاست برگزیده شد.",
			[]string{"هیئت نمایندگان اتاق بازرگانی شاهرود", "اتاق بازرگانی شاهرود"}},
		{"در نخستین جلسه هیئت نمایندگان دوره دهم اتاق بازرگانی شاهرود، کامران نیک‌فر به ریاست برگزیده شد.",
			[]string{"هیئت نمایندگان اتاق بازرگانی شاهرود", "اتاق بازرگانی شاهرود"}},
	})
}

// TestR9ARepresentationInBody checks that a representation's «در» names
// the body it sits in as a word of its name, and that a whole head
// before «و» stands alone.
func TestR9ARepresentationInBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر، مسئول نهاد نمایندگی مقام معظم رهبری در دانشگاه شاهرود، سخن گفت.",
			[]string{"نهاد نمایندگی مقام معظم رهبری در دانشگاه شاهرود", "دانشگاه شاهرود"}},
		{"معاون وزیر به همراه سرپرست جدید اداره کل و نیک‌فر از پروژه بازدید کرد.", nil},
	})
}

// TestR9AAndStartsNewItem checks that «و» before people at large or
// before a verbal noun of another body starts a new item, not a word of
// the name, while a name's own «و» still joins.
func TestR9AAndStartsNewItem(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این کار حاصل همکاری یگان حفاظت و مردم روستا بود.", []string{"یگان حفاظت"}},
		{"انتخاب دهیار با نظر شورای اسلامی روستا و تأیید بخشداری انجام شد.", []string{"شورای اسلامی روستا", "بخشداری"}},
		{"کامران نیک‌فر مدیرعامل شرکت تولید و توزیع برق شاهرود شد.", []string{"شرکت تولید و توزیع برق شاهرود"}},
	})
}

// TestR9ACargoAndTerm checks that «بار» after a noun of carrying is a word
// of the name (حمل‌ونقل بار و مسافر) while elsewhere it ends one, and that
// a head with only an ordinal after it (شورای ششم) names no body.
func TestR9ACargoAndTerm(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر مدیرعامل سازمان حمل‌ونقل بار و مسافر شهرداری شاهرود شد.",
			[]string{"سازمان حمل‌ونقل بار و مسافر شهرداری شاهرود", "شهرداری شاهرود"}},
		{"اعضای شورای ششم در جلسه امروز شهردار را برگزیدند.", nil},
	})
}

// TestR9AMissionAbroad checks that a mission abroad is a body named with
// the city it sits in after «در».
func TestR9AMissionAbroad(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کامران نیک‌فر به عنوان رایزن فرهنگی سفارت جمهوری اسلامی ایران در تفلیس منصوب شد.",
			[]string{"سفارت جمهوری اسلامی ایران در تفلیس"}},
		{"سفارت جمهوری اسلامی ایران در این زمینه اطلاعیه داد.", []string{"سفارت جمهوری اسلامی ایران"}},
		{"سفارت جمهوری اسلامی ایران در سال ۱۴۰۳ اطلاعیه داد.", []string{"سفارت جمهوری اسلامی ایران"}},
	})
}

// TestR9AAgencyOwnName checks that a body's head inside a news agency's
// name right after «خبرگزاری» is the agency's own name, no body of its
// own, while the body named alone elsewhere still is one.
func TestR9AAgencyOwnName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش خبرگزاری صدا و سیما از شاهرود، جلسه شورای اداری برگزار شد.", []string{"خبرگزاری صدا و سیما", "شورای اداری"}},
	})
}

// TestR9ASpecialForPersons checks that «ویژه» before the persons something
// is for (ویژه قضات، ویژه دانشجویان) ends a body's name, while as a word of
// a name (فرمانداری ویژه X، منطقه ویژه اقتصادی) it stays.
func TestR9ASpecialForPersons(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"همایش سازمان بهزیستی ویژه مددجویان استان فردا برگزار می‌شود.", []string{"سازمان بهزیستی"}},
		{"کارگاه دانشگاه شاهرود ویژه دانشجویان فردا برگزار می‌شود.", []string{"دانشگاه شاهرود"}},
		{"کامران نیک‌فر فرماندار ویژه کاشان شد.", []string{"فرمانداری ویژه کاشان"}},
	})
}

// TestR9AQuotedNameAfterKind checks that a quoted name after the kind of a
// company (شرکت دانش‌بنیان «X») is the body's name, and that a place after
// the quoted name closes it.
func TestR9AQuotedNameAfterKind(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرعامل شرکت دانش‌بنیان «نوآوران کویر» گفت: تولید افزایش یافت.", []string{"شرکت دانش‌بنیان «نوآوران کویر»"}},
		{"رئیس انجمن «دوستداران کوه» شاهرود گفت: کار ادامه دارد.", []string{"انجمن «دوستداران کوه» شاهرود"}},
	})
}

// TestR9ANationalBodyNamedByPlural checks that a listed national body
// whose name ends with a plural of places (شورای عالی استان‌ها) is a body,
// while a head before such a plural alone names many bodies, none listed.
func TestR9ANationalBodyNamedByPlural(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس شورای عالی استان‌ها گفت: کار ادامه دارد.", []string{"شورای عالی استان‌ها"}},
		{"رؤسای شوراهای اسلامی شهرستان‌های استان در جلسه حضور داشتند.", nil},
	})
}

// TestR9AUniversityBasij checks that the Basij of a university (بسیج
// دانشجویی دانشگاه X) is named with the university, which is a body too.
func TestR9AUniversityBasij(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس بسیج دانشجویی دانشگاه صنعتی شاهرود گفت: کار ادامه دارد.", []string{"بسیج دانشجویی دانشگاه صنعتی شاهرود", "دانشگاه صنعتی شاهرود"}},
	})
}

// TestR9AKnownBodyAfterPluralOfBodies checks that a national body named
// after a plural of bodies (پایگاه‌های مقاومت بسیج) is what those many are
// of, not named alone, while after the plural of a place (امور استان‌های
// ایرنا) it still is.
func TestR9AKnownBodyAfterPluralOfBodies(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"جمعی از فرماندهان پایگاه‌های مقاومت بسیج در این مراسم حضور داشتند.", nil},
		{"معاون امور استان‌های ایرنا در این مراسم گفت: کار ادامه دارد.", []string{"ایرنا"}},
	})
}
