package synth

// The Persian vocabulary synthetic graphs are made of: names, places, bodies,
// posts, events and the sentences that report them.

var maleNames = []string{
	"علی", "محمد", "حسن", "حسین", "رضا", "مهدی", "احمد", "جواد", "سعید", "مجید",
	"حمید", "مصطفی", "مرتضی", "عباس", "ابراهیم", "اسماعیل", "یوسف", "کاظم", "محمدرضا", "علیرضا",
	"حمیدرضا", "امیر", "مسعود", "ناصر", "هادی", "وحید", "روح‌الله", "حبیب‌الله", "قاسم", "جعفر",
}

var femaleNames = []string{
	"فاطمه", "زهرا", "مریم", "معصومه", "زینب", "طاهره", "سمیه", "لیلا", "نرگس", "منیژه", "الهام", "اعظم",
}

var familyNames = []string{
	"رضایی", "کریمی", "افشاری", "محمدی", "حسینی", "موسوی", "نوری", "صفری‌نیا", "صادقی", "کاظمی",
	"جعفری", "رحیمی", "قاسمی", "عسگری", "عباسی", "نجفی", "طاهری", "شریفی", "نادری", "ملکی",
	"یزدانی", "نظری", "ثابتی", "بهرامی", "فرهادی", "مقیمی", "آذری", "مرادی", "حیدری", "کرمانی",
	"شیرازی", "اصفهانی", "تهرانی", "دهقان", "خسروی", "میرزایی", "صفوی", "پورمحمدی", "علی‌پور", "قلی‌زاده",
	"رحمانی", "سبحانی", "توکلی", "فلاحی", "نیک‌نام", "زارعی", "کوهی", "منصوری", "اسدی", "بابایی",
}

// titles are honorifics some persons carry.
var titles = []string{"حجت‌الاسلام", "دکتر", "مهندس", "سردار"}

var provinces = []string{
	"تهران", "فارس", "اصفهان", "خراسان رضوی", "آذربایجان شرقی", "آذربایجان غربی", "خوزستان", "مازندران",
	"گیلان", "کرمان", "سیستان و بلوچستان", "هرمزگان", "بوشهر", "یزد", "قم", "مرکزی", "همدان", "کرمانشاه",
	"لرستان", "ایلام", "کردستان", "زنجان", "قزوین", "سمنان", "گلستان", "خراسان شمالی", "خراسان جنوبی",
	"اردبیل", "چهارمحال و بختیاری", "کهگیلویه و بویراحمد", "البرز",
}

// City names are made of a head and a tail joined by a non-joiner, and a
// qualifier when heads and tails run out.
var (
	cityHeads      = []string{"باغ", "کوه", "ده", "آب", "شهر", "دشت", "نور", "گل", "سرو", "چشمه", "رود", "کهن", "نیک", "مهر", "سپید"}
	cityTails      = []string{"آباد", "دشت", "کنار", "سر", "ستان", "بار", "زار", "شهر", "گان", "ور"}
	cityQualifiers = []string{"", " علیا", " سفلی", " جدید", " کهنه"}
)

// A provincial body, with the posts it has; %s is the province.
type provincialBody struct {
	name  string
	kind  string
	posts []string
}

var provincialBodies = []provincialBody{
	{"سازمان تبلیغات اسلامی استان %s", "سازمان", []string{"مدیر کل", "معاون فرهنگی", "معاون اداری و مالی", "رئیس حوزه مدیریت"}},
	{"اداره کل ورزش و جوانان استان %s", "اداره", []string{"مدیر کل", "معاون ورزش قهرمانی", "معاون امور جوانان"}},
	{"اداره کل فرهنگ و ارشاد اسلامی استان %s", "اداره", []string{"مدیر کل", "معاون فرهنگی", "مسئول روابط عمومی"}},
	{"شرکت آب و فاضلاب استان %s", "شرکت", []string{"مدیر عامل", "معاون بهره‌برداری", "رئیس هیئت مدیره"}},
}

// A city body, with its posts and the provincial body it is a branch of
// (-1 for none); %s is the city.
type cityBody struct {
	name   string
	kind   string
	posts  []string
	parent int
}

var cityBodies = []cityBody{
	{"کانون فرهنگی هنری %s", "کانون", []string{"مسئول", "دبیر"}, 0},
	{"اداره ورزش و جوانان شهرستان %s", "اداره", []string{"رئیس", "معاون"}, 1},
	{"اداره فرهنگ و ارشاد اسلامی شهرستان %s", "اداره", []string{"رئیس"}, 2},
	{"شورای اسلامی شهر %s", "شورا", []string{"رئیس", "نایب رئیس", "دبیر"}, -1},
	{"شهرداری %s", "شهرداری", []string{"شهردار", "معاون خدمات شهری"}, -1},
}

// eventNames gives, for each event type, how its names begin; a topic
// follows.
var eventNames = map[string]string{
	"meeting":    "نشست",
	"ceremony":   "آیین",
	"visit":      "بازدید از",
	"workshop":   "کارگاه آموزشی",
	"inspection": "بازدید سرزده از",
	"exhibition": "نمایشگاه",
	"opening":    "افتتاح",
	"statement":  "بیانیه",
	"other":      "همایش",
}

var eventTopics = []string{
	"هم‌اندیشی مدیران فرهنگی", "گرامیداشت دهه فجر", "هفته دفاع مقدس", "طرح آبرسانی روستایی", "کتاب و کتابخوانی",
	"تجلیل از خادمان مساجد", "ساماندهی کانون‌های مساجد", "اردوهای جهادی", "بهداشت و سلامت", "جشنواره قرآنی",
	"هفته وحدت", "روز جوان", "المپیاد ورزشی", "اقامه نماز", "مسابقات قرآن",
}

// mosques name the mosques whose کانون branches a city has.
var mosques = []string{
	"امام علی", "امام حسین", "امام رضا", "حضرت ابوالفضل", "جامع", "المهدی", "الزهرا", "صاحب‌الزمان", "امام صادق", "شهدا",
	"امام حسن", "حضرت زینب", "ولیعصر", "امام سجاد", "بلال", "قبا",
}

// mosqueBody names a mosque's کانون (mosque, city); its posts and its
// parent, the provincial سازمان, are those of cityBodies[0].
const mosqueBody = "کانون فرهنگی هنری مسجد %s %s"

var projectKinds = []string{"طرح", "پروژه"}

var projectTopics = []string{
	"آبرسانی روستایی", "احداث مسجد", "بازسازی مدارس", "توسعه فضای سبز", "احداث سالن ورزشی", "گازرسانی",
	"ساخت کتابخانه عمومی", "مرمت بناهای تاریخی",
}

// Sentences that report facts; the verbs of %s are filled in order.
const (
	figureFormat      = "%d میلیارد ریال"
	appointedSentence = "%s به عنوان %s %s منصوب شد."
	handoverSentence  = "در آیین تودیع و معارفه %s، %s به جای %s به عنوان %s معرفی شد."
	attendedSentence  = "%s در %s حضور داشت."
	organizedSentence = "%s برگزارکننده %s بود."
	runsSentence      = "%s مجری %s است."
	branchSentence    = "%s زیر نظر %s فعالیت می‌کند."
	provinceWord      = "استان"
)
