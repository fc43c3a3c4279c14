package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR25ESecondPartBeforeClause checks a surname's second word typed
// apart from the first right before «به عنوان»، «به ترتیب», a passive
// verb with its own noun, or «شد» after «جایگزین»; and that a noun of a
// compound verb, a verb's prefix and a surname joined with the non-joiner
// take no more words.
func TestR25ESecondPartBeforeClause(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"در این آیین، حکم بهزاد سالکی چاهشور به عنوان سرپرست اداره کل ورزش و جوانان استان به وی ابلاغ شد.\n", "بهزاد سالکی چاهشور", ""},
		{"سوسن فتوحی نمکزار و کامران ملکی چاهشور به ترتیب به عنوان رئیس و دبیر هیئت شنای استان انتخاب شدند.\n", "کامران ملکی چاهشور", ""},
		{"ریاست اداره ورزش و جوانان شهرستان به خانم سوسن فتوحی نمکزار سپرده شد.\n", "سوسن فتوحی نمکزار", ""},
		{"مراسم روز گذشته با حضور بهزاد سالکی چاهشور برگزار می شود.\n", "بهزاد سالکی چاهشور", ""},
		{"وی جایگزین مهندس کامران ملکی چاهشور شد که بازنشسته شده است.\n", "کامران ملکی چاهشور", ""},
		{"وی جانشین کامران ملکی چاهشور می شود.\n", "کامران ملکی چاهشور", ""},
		// no «جایگزین» before the name: the word may be the noun of «شد»
		{"در این حادثه بهزاد سالکی مصدوم شد.\n", "بهزاد سالکی", "بهزاد سالکی مصدوم"},
		// the verb's prefix typed apart is no part of a name
		{"بهزاد سالکی می به عنوان رئیس گفت.\n", "", "بهزاد سالکی می"},
		// a surname the text joins with the non-joiner takes no word typed apart
		{"حکم بهزاد سالکی‌کلاته چاهشور به عنوان سرپرست اداره ابلاغ شد.\n", "", "بهزاد سالکی‌کلاته چاهشور"},
	})
}

// TestR25ESpacedTakesPlace checks «X جای Y را می گیرد» with the «می» of
// the verb typed apart: Y is X's predecessor as with «می‌گیرد».
func TestR25ESpacedTakesPlace(t *testing.T) {
	text := "با حکم مدیرعامل شرکت توزیع نیروی برق استان یزد، بهزاد سالکی به عنوان مدیر توزیع برق شهرستان مهریز منصوب شد. وی جای کامران ملکی را می گیرد که بازنشسته شده است.\n"
	apps := appointmentsOf(text)
	found := false
	for _, ap := range apps {
		if strings.HasPrefix(ap, "بهزاد سالکی|") {
			found = true
			if !strings.HasSuffix(ap, "|کامران ملکی") {
				t.Errorf("appointment %q: want predecessor «کامران ملکی»", ap)
			}
		}
	}
	if !found {
		t.Errorf("appointments %q: want one of «بهزاد سالکی»", apps)
	}
}

// TestR25ESpacedStemsAndPlaces checks surnames typed apart whose stem is a
// given name or a common word before a surname's ending («کاوه ولی
// نیا»), whose parts are two places' names («کوهدشت ممسنی»), or whose
// second part is a place at the end of a caption's line; and that a word
// of the sentence before a place is not read so.
func TestR25ESpacedStemsAndPlaces(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"در این آیین کامران ولی نیا، رئیس اداره ورزش و جوانان شهرستان، سخن گفت.\n", "کامران ولی نیا", ""},
		{"در این آیین دکتر سوسن ولی پور سروکی، رئیس دانشکده فنی، سخن گفت.\n", "سوسن ولی پور سروکی", ""},
		{"در این آیین دکتر سوسن کوهدشت ممسنی، معاون آموزشی دانشگاه، و بهزاد سالکی سخن گفتند.\n", "سوسن کوهدشت ممسنی", ""},
		{"عکس: بهزاد سالکی ممسنی\n", "بهزاد سالکی ممسنی", ""},
		// «بخش»، «سرشت»، «سیرت» are surname endings typed apart
		{"کاوه روح بخش با کسب ۱۲ رأی به ریاست هیئت شنای استان برگزیده شد.\n", "کاوه روح بخش", ""},
		{"در این نشست نگار پاک سیرت گفت: کلاس‌ها دایر است.\n", "نگار پاک سیرت", ""},
		// a common word and an ending as the second part («لطف الهی زاده»)
		{"همچنین مهندس کاوه لطف الهی زاده و نگار سالکی حضور داشتند.\n", "کاوه لطف الهی زاده", ""},
		// «و» between a given name and an ending is no stem
		{"در این آیین کامران و پور سخن گفتند.\n", "", "کامران و پور"},
		// a place in the sentence after a name, not at a line's end, on a page typing the non-joiner
		{"بهزاد سالکی ممسنی را دید و به خانه‌اش بازگشت.\n", "", "بهزاد سالکی ممسنی"},
	})
}

// TestR25ESpacedPrefixInPost checks a post whose field is a compound noun
// typed apart at its prefix («پیش بینی»، «پیش گیری از …»): the post
// goes on to its body as with «پیش‌بینی».
func TestR25ESpacedPrefixInPost(t *testing.T) {
	tests := []struct{ text, want string }{
		{"خانم نگار سالکی، کارشناس مسئول پیش بینی اداره کل هواشناسی استان سمنان، گفت: برف می بارد.\n",
			"نگار سالکی|کارشناس مسئول پیش بینی|اداره کل هواشناسی استان سمنان"},
		{"کاوه تهرانی، معاون پیش گیری از وقوع جرم دادگستری استان سمنان، گفت: طرح ادامه دارد.\n",
			"کاوه تهرانی|معاون پیش گیری از وقوع جرم|دادگستری استان سمنان"},
	}
	for _, tt := range tests {
		got := affiliationsOf(tt.text)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: affiliations %q, want «%s»", tt.text, got, tt.want)
		}
	}
}

// TestR25ESpacedDialogueInBody checks «گفت‌وگو» typed with spaces inside a
// body's name («شورای گفت و گوی …»، «گفت وگوی»): the name goes on past
// «گفت», which elsewhere is a verb that ends it.
func TestR25ESpacedDialogueInBody(t *testing.T) {
	tests := []struct{ text, want string }{
		{"کاوه رستمیار، دبیر شورای گفت و گوی دولت و بخش خصوصی استان سمنان، گفت: جلسه برگزار شد.\n",
			"کاوه رستمیار|دبیر|شورای گفت و گوی دولت و بخش خصوصی استان سمنان"},
		{"نگار سالکی، دبیر شورای گفت وگوی دولت و بخش خصوصی استان سمنان، گفت: جلسه برگزار شد.\n",
			"نگار سالکی|دبیر|شورای گفت وگوی دولت و بخش خصوصی استان سمنان"},
	}
	for _, tt := range tests {
		got := affiliationsOf(tt.text)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: affiliations %q, want «%s»", tt.text, got, tt.want)
		}
	}
}

// TestR25ESpacedSpeakerAndThirdPart checks a surname's second word typed
// apart before a verb of speech, and three words of a surname before «به
// عنوان» or, on a page that types no non-joiner at all, before a
// preposition; on a page that types the non-joiner, three words before a
// preposition stay two and a noun in apposition.
func TestR25ESpacedSpeakerAndThirdPart(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"کاوه رستمیار چاهشور گفت: نقاط حادثه خیز باید اصلاح شود.\n", "کاوه رستمیار چاهشور", ""},
		{"در این بازدید، کاوه رستمیار سیه چاهشور با حکم مدیرکل معرفی شد.\n", "کاوه رستمیار سیه چاهشور", ""},
		{"حکم کاوه رستمیار سیه چاهشور به عنوان سرپرست اداره ابلاغ شد.\n", "کاوه رستمیار سیه چاهشور", ""},
		{"نمایشگاه آثار نگار رستمیار عکاس طبیعت در نگارخانه شهر گشایش یافت و تا پایان هفته برپا می‌ماند.\n", "", "نگار رستمیار عکاس طبیعت"},
	})
}

// TestR25ESpacedPlacePart checks a place's name as a surname's second part
// typed apart, set off by a comma, «و» or a verb of speech, on a page that
// types no non-joiner; on a page that types it the place is left out.
func TestR25ESpacedPlacePart(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"کاوه ملکی ساوه، در حاشیه این آیین گفت: کار ادامه دارد.\n", "کاوه ملکی ساوه", ""},
		{"در این نشست کاوه ملکی ساوه و نگار سالکی حضور داشتند.\n", "کاوه ملکی ساوه", ""},
		{"کاوه ملکی ساوه، در حاشیه این آیین گفت: کار ادامه می‌یابد.\n", "کاوه ملکی", "کاوه ملکی ساوه"},
	})
}

// TestR25ESpacedCommonFirstPart checks a surname whose first part typed
// apart is a common word («زمانی»), read on a page that types no
// non-joiner where a comma's post, a post or «به عنوان» follows, and not
// on a page that types the non-joiner.
func TestR25ESpacedCommonFirstPart(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"کاوه زمانی چاهشور، معاون فنی شهرداری سمنان، گفت: کار ادامه دارد.\n", "کاوه زمانی چاهشور", ""},
		{"نگار زمانی چاهشور به عنوان سرپرست اداره ورزش معرفی شد.\n", "نگار زمانی چاهشور", ""},
		{"کاوه زمانی چاهشور، معاون فنی شهرداری سمنان، گفت: کار ادامه می‌یابد.\n", "", "کاوه زمانی چاهشور"},
	})
}

// TestR25ESpacedThirdAndCommonParts checks, on pages that type no
// non-joiner, a given name as a surname's third part before a word that
// only follows a name, and a common word as its second part before a
// post; and that neither is read on a page that types the non-joiner.
func TestR25ESpacedThirdAndCommonParts(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"به گزارش خبرنگار ما، کاوه رستمیار داغی بهمن صبح امروز در جلسه شورای شهرستان گفت: کار ادامه دارد.\n", "کاوه رستمیار داغی بهمن", ""},
		{"از زحمات کاوه تهرانی شرق فرماندار پیشین قدردانی شد.\n", "کاوه تهرانی شرق", ""},
		{"از زحمات کاوه تهرانی شرق فرماندار پیشین قدردانی می‌شود.\n", "", "کاوه تهرانی شرق"},
	})
}

// TestR25ESpacedAllahAndReplace checks a given name in «الله» typed apart
// («روح الله»), with a place's name as the surname after it; a
// surname's second word typed apart before «جایگزین»; and three words of
// a surname before «شد» after «جایگزین».
func TestR25ESpacedAllahAndReplace(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"با حضور کاوه رستمیار، روح الله کاوسی فر معاون هماهنگی امور اقتصادی استاندار سخن گفت.\n", "روح الله کاوسی فر", ""},
		{"در این آیین سردار نعمت الله ممسنی زاده فرمانده سپاه شهرستان سخن گفت.\n", "نعمت الله ممسنی زاده", ""},
		{"با حکم سرپرست، کاوه بهرامی چاهشور جایگزین نگار سالکی در ریاست اداره شد.\n", "کاوه بهرامی چاهشور", ""},
		{"وی جایگزین کاوه قادری سیه چاهشور شد که به سمت مدیر امور منصوب شده است.\n", "کاوه قادری سیه چاهشور", ""},
		{"در این مراسم آیت الله کاوه رستمیار سخن گفت.\n", "کاوه رستمیار", "آیت الله کاوه رستمیار"},
	})
}
