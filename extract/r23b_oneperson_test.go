package extract

import (
	"strings"
	"testing"
)

// TestR23BGuestPostOfShortBody checks a guest list with «؛» in which a post
// stands alone in the short form of a body named before with its
// province: «با حضور R؛ مدیرکل X؛ الف، معاون ...». The bare «مدیرکل X» is
// the guest named before, not the next name's post.
func TestR23BGuestPostOfShortBody(t *testing.T) {
	affs, _, _ := r20bDoc(t, "بازدید از مزارع\n\n"+
		"دکتر کیوان سپیدرود، مدیرکل منابع طبیعی استان سمنان، روز گذشته از طرح جنگل‌کاری بازدید کرد.\n\n"+
		"پس از این بازدید، نشستی با حضور فرماندار؛ مدیرکل منابع طبیعی؛ نوید آبکناری‌پور، معاون فنی این اداره کل؛ و کشاورزان منطقه برگزار شد.\n")
	if !has(affs, "نوید آبکناری‌پور | معاون فنی | اداره کل منابع طبیعی استان سمنان") {
		t.Errorf("affiliations %q, want the deputy's own post", affs)
	}
	for _, f := range affs {
		if strings.HasPrefix(f, "نوید آبکناری‌پور | مدیرکل |") {
			t.Errorf("affiliations %q, want no director's post for the deputy", affs)
		}
	}
}

// TestR23BDirectorOfNamedDirectorate checks «مدیرکل BODY» where BODY is a
// body of its own head («گمرک») and the report also names «اداره کل
// BODY»: the director general's post is in the directorate, not in
// another customs house of the province the report names.
func TestR23BDirectorOfNamedDirectorate(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست ترخیص کالا\n\n"+
		"نشست هماهنگی صبح امروز با حضور مهندس کیوان سپیدرود، مدیرکل گمرک استان سمنان؛ و نمایندگان شرکت‌ها برگزار شد.\n\n"+
		"سپیدرود گفت: اظهارنامه‌ها در اداره کل گمرک استان سمنان بررسی می‌شود و گمرک فرودگاه سمنان نیز کار شبانه‌روزی را آغاز کرده است.\n\n"+
		"نوید آبکناری‌پور، رئیس گمرک فرودگاه سمنان نیز در این نشست سخن گفت.\n")
	if !has(affs, "کیوان سپیدرود | مدیرکل | اداره کل گمرک استان سمنان") {
		t.Errorf("affiliations %q, want the directorate general", affs)
	}
}

// TestR23BChargeFromNowByDecree checks «الف ... از این پس با حکم R،
// مسئولیت BODY را بر عهده دارد»: a decree's phrase between «از این پس»
// and the charge still makes the charge a new one, an appointment.
func TestR23BChargeFromNowByDecree(t *testing.T) {
	_, apps, _ := r20bDoc(t, "تودیع فرماندار\n\n"+
		"آیین تودیع و معارفه فرماندار شهرستان سپیدان صبح امروز با حضور بهمن آبرنگی‌فرد معاون سیاسی استاندار فارس برگزار شد.\n\n"+
		"وی با اشاره به خدمات کیوان سپیدرود افزود: فرماندار پیشین در سه سال گذشته تلاش کرد و از این پس با حکم استاندار، مسئولیت دفتر امور روستایی استانداری فارس را بر عهده دارد.\n")
	if !has(apps, "کیوان سپیدرود | مسئول | دفتر امور روستایی استانداری فارس") {
		t.Errorf("appointments %q, want the former governor's new charge", apps)
	}
}

// TestR23BChargeFromThisWeek checks «الف پیش از این رئیس BODY بود و ب از
// این هفته مسئولیت این اداره را بر عهده دارد»: a charge held from this
// week is an appointment, and the head told before is its predecessor.
func TestR23BChargeFromThisWeek(t *testing.T) {
	doc, err := File("made-up.txt", []byte("نشست شورای مهارت\n\n"+
		"مدیرکل آموزش فنی و حرفه‌ای استان فارس گفت: کیوان سپیدرود پیش از این رئیس اداره آموزش اداره کل آموزش فنی و حرفه‌ای استان فارس بود و خانم نوشین آبکناری‌پور از این هفته مسئولیت این اداره را بر عهده دارد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ap := range doc.Appointments {
		if ap.Person == "نوشین آبکناری‌پور" && ap.Organization == "اداره آموزش اداره کل آموزش فنی و حرفه‌ای استان فارس" {
			found = true
			if ap.Predecessor != "کیوان سپیدرود" {
				t.Errorf("predecessor %q, want the head told before", ap.Predecessor)
			}
		}
	}
	if !found {
		t.Errorf("appointments %+v, want the charge from this week", doc.Appointments)
	}
}

// TestR23BJoinedGuestPost checks «الف نیز به جمع هیئت پیوست. R BODY با
// اشاره به ... گفت: ...»: a post no one holds opening the sentence after
// one naming one person only is his, though a manner adjunct opened by
// «با» stands between the post and «گفت».
func TestR23BJoinedGuestPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "بازدید هیئت بازرگانی\n\n"+
		"هیئت اتاق بازرگانی شیراز امروز از منطقه ویژه اقتصادی لامرد بازدید کرد.\n\n"+
		"کیوان سپیدرود نیز به جمع هیئت پیوست. فرماندار لامرد با اشاره به ظرفیت منطقه گفت: فرمانداری لامرد آماده همکاری است.\n")
	if !has(affs, "کیوان سپیدرود | فرماندار | فرمانداری لامرد") {
		t.Errorf("affiliations %q, want the joined guest's post", affs)
	}
}

// TestR23BThisPostNotGuests checks «آیین معارفه R BODY با حضور الف R1 و
// ب R2 برگزار شد. ... ج که ... به این سمت منصوب شده است، معرفی شد»: «این
// سمت» is the post the ceremony fills, not the post of a guest listed
// after it.
func TestR23BThisPostNotGuests(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "رئیس جدید مرکز بهداشت معرفی شد\n\n"+
		"آیین تودیع و معارفه رئیس مرکز بهداشت شهرستان سپیدان دیروز با حضور دکتر بهمن آبرنگی‌فرد رئیس دانشگاه علوم پزشکی شیراز و نوید آبکناری‌پور فرماندار سپیدان برگزار شد.\n\n"+
		"در این آیین دکتر کیوان سپیدرود که با حکم رئیس دانشگاه به این سمت منصوب شده است، معرفی شد.\n")
	if !has(apps, "کیوان سپیدرود | رئیس | مرکز بهداشت شهرستان سپیدان") {
		t.Errorf("appointments %q, want the ceremony's post", apps)
	}
	for _, f := range append(affs, apps...) {
		if strings.HasPrefix(f, "کیوان سپیدرود | فرماندار") {
			t.Errorf("affiliations %q, appointments %q: want no guest's post for the appointee", affs, apps)
		}
	}
}

// TestR23BWordsSourceNotHolder checks «به گفته R BODY، الف از این پس ...»:
// the post after «به گفته» is the source's, not الف's, so الف, the
// thanked former holder, stays the new holder's predecessor.
func TestR23BWordsSourceNotHolder(t *testing.T) {
	doc, err := File("made-up.txt", []byte("معرفی مدیر روابط عمومی شرکت ملی گاز\n\n"+
		"در آیینی با حضور مدیران ستادی، کیوان سپیدرود به عنوان مدیر روابط عمومی شرکت ملی گاز ایران معرفی و از تلاش‌های نوید آبکناری‌پور قدردانی شد.\n\n"+
		"به گفته مدیرعامل شرکت، آبکناری‌پور از این پس به عنوان مشاور مدیرعامل فعالیت خواهد کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	affs, apps := affPairs(doc)
	for _, f := range affs {
		if strings.HasPrefix(f, "نوید آبکناری‌پور | مدیرعامل") {
			t.Errorf("affiliations %q, want no post of the words' source for the name after it", affs)
		}
	}
	for _, ap := range doc.Appointments {
		if ap.Person == "کیوان سپیدرود" && ap.Predecessor != "نوید آبکناری‌پور" {
			t.Errorf("predecessor %q, want the thanked former holder (appointments %q)", ap.Predecessor, apps)
		}
	}
}

// TestR23BManagerOfHeadlessBody checks «مدیر امور X BODY» where BODY is a
// body the report names, told without its head («بنادر و دریانوردی Y»
// of «اداره کل بنادر و دریانوردی Y»): the manager of a field in that
// body, not the head of a «مدیریت امور X ...» of its own.
func TestR23BManagerOfHeadlessBody(t *testing.T) {
	affs, _, bodies := r20bDoc(t, "کاهش زمان ترخیص کالا\n\n"+
		"مدیران اداره کل بنادر و دریانوردی بوشهر صبح امروز نشست مشترکی برگزار کردند.\n\n"+
		"به گفته کیوان سپیدرود، مدیر امور بندری و اقتصادی بنادر و دریانوردی بوشهر، لایروبی کانال از هفته آینده آغاز می‌شود.\n")
	if !has(affs, "کیوان سپیدرود | مدیر امور بندری و اقتصادی | اداره کل بنادر و دریانوردی بوشهر") {
		t.Errorf("affiliations %q, want the field manager of the directorate", affs)
	}
	for _, b := range bodies {
		if strings.HasPrefix(b, "مدیریت") {
			t.Errorf("bodies %q, want no management office made of the post", bodies)
		}
	}
}

// TestR23BDistrictOfficeBeforeObject checks «الف بخشدار W طرح X را ...»
// with W a district no place list holds: the district office is named
// by W alone, not by the object of the clause after it; a district of two
// words before a verb keeps both.
func TestR23BDistrictOfficeBeforeObject(t *testing.T) {
	affs, _, _ := r20bDoc(t, "افتتاح طرح‌ها\n\n"+
		"نوید آبکناری‌پور بخشدار ارژن طرح آبرسانی روستاها را تشریح کرد.\n\n"+
		"سارا نیک‌اندیش دهیار قلات طرح آبرسانی را تشریح کرد.\n\n"+
		"کیوان سپیدرود بخشدار سیاخ دارنگون هم در این بازدید حضور داشت.\n")
	for _, want := range []string{"نوید آبکناری‌پور | بخشدار | بخشداری ارژن", "سارا نیک‌اندیش | دهیار | دهیاری قلات", "کیوان سپیدرود | بخشدار | بخشداری سیاخ دارنگون"} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want «%s»", affs, want)
		}
	}
}

// TestR23BActingHeadNotOfPastPost checks «الف که پیش از این مدیرکل BODY
// استان X بود، به عنوان سرپرست این اداره کل معرفی شد» in a report of the
// directorate of province Y: «این اداره کل» is Y's, not the one الف left.
func TestR23BActingHeadNotOfPastPost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معارفه سرپرست جدید\n\n"+
		"بوشهر - آیین معارفه سرپرست جدید اداره کل راه و شهرسازی استان بوشهر امروز برگزار شد.\n\n"+
		"در این آیین کیوان سپیدرود که پیش از این مدیرکل راه و شهرسازی استان فارس بود، به عنوان سرپرست این اداره کل معرفی شد.\n")
	if !has(apps, "کیوان سپیدرود | سرپرست | اداره کل راه و شهرسازی استان بوشهر") {
		t.Errorf("appointments %q, want the directorate the report is about", apps)
	}
}

// TestR23BTaskChargeNoPost checks «الف، R BODY، مسئول راه‌اندازی این مرکز
// است»: one in charge of a task («راه‌اندازی»، «پیگیری») holds no post in
// the body the task is about; his own post stays.
func TestR23BTaskChargeNoPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "مرکز نوآوری افتتاح می‌شود\n\n"+
		"مرکز نوآوری پارک علم و فناوری استان سمنان تا پایان دی افتتاح می‌شود.\n\n"+
		"به گفته وی، کیوان سپیدرود، معاون فناوری پارک علم و فناوری استان سمنان، مسئول راه‌اندازی این مرکز است.\n")
	if !has(affs, "کیوان سپیدرود | معاون فناوری | پارک علم و فناوری استان سمنان") {
		t.Errorf("affiliations %q, want the deputy's own post", affs)
	}
	for _, f := range affs {
		if strings.HasPrefix(f, "کیوان سپیدرود | مسئول") {
			t.Errorf("affiliations %q, want no post for a task", affs)
		}
	}
}

// TestR23BChargeTitledByFormerHolder checks «مسئولیت BODY به الف سپرده شد
// و از زحمات مسئول قبلی این اداره تقدیر شد»: the title the sentence gives
// the body's former holder is the post's, not the head's title the body's
// name implies («رئیس» of an «اداره»).
func TestR23BChargeTitledByFormerHolder(t *testing.T) {
	_, apps, _ := r20bDoc(t, "بازدید از بندر\n\n"+
		"در همین بازدید و با حکم مدیرکل بنادر و دریانوردی استان هرمزگان، مسئولیت اداره بنادر و دریانوردی بندر لنگه به ناخدا کیوان سپیدرود سپرده شد و از زحمات مسئول قبلی این اداره تقدیر شد.\n")
	if !has(apps, "کیوان سپیدرود | مسئول | اداره بنادر و دریانوردی بندر لنگه") {
		t.Errorf("appointments %q, want the title of the former holder", apps)
	}
}

// TestR23BFormerPostAfterColon checks «الف با قدردانی از تلاش ب افزود: R
// پیشین BODY از این پس به عنوان R2 خدمت خواهد کرد»: the former holder
// told by his old post after the colon is the one thanked before it, and
// the post from now on is his new one.
func TestR23BFormerPostAfterColon(t *testing.T) {
	_, apps, _ := r20bDoc(t, "تودیع و معارفه رئیس اداره منابع طبیعی شهرستان نور\n\n"+
		"آیین تودیع و معارفه رئیس اداره منابع طبیعی و آبخیزداری شهرستان نور صبح دیروز برگزار شد و بهمن آبرنگی‌فرد جایگزین کیوان سپیدرود شد.\n\n"+
		"مدیرکل منابع طبیعی و آبخیزداری استان مازندران با قدردانی از سه سال تلاش سپیدرود افزود: رئیس پیشین اداره منابع طبیعی شهرستان نور از این پس به عنوان معاون آبخیزداری اداره کل منابع طبیعی و آبخیزداری استان مازندران خدمت خواهد کرد.\n")
	if !has(apps, "کیوان سپیدرود | معاون آبخیزداری | اداره کل منابع طبیعی و آبخیزداری استان مازندران") {
		t.Errorf("appointments %q, want the former holder's new post", apps)
	}
}

// TestR23BNewPostAfterIssuer checks «الف با حکم وزیر X R BODY شد» with no
// comma after the issuer's post: the post taken is read apart from the
// issuer's, also after a deputy's word («... معاون استاندار Y شد»).
func TestR23BNewPostAfterIssuer(t *testing.T) {
	head := "سرپرست جدید منصوب شد\n\nبوشهر - سرپرست جدید اداره کل راه و شهرسازی استان بوشهر امروز منصوب شد.\n\n"
	for _, tc := range []struct{ text, want string }{
		{"بهمن آبرنگی‌فرد با حکم وزیر راه و شهرسازی سرپرست اداره کل راه و شهرسازی استان بوشهر شد.\n", "بهمن آبرنگی‌فرد | سرپرست | اداره کل راه و شهرسازی استان بوشهر"},
		{"بهمن آبرنگی‌فرد با حکم وزیر سرپرست این اداره کل شد.\n", "بهمن آبرنگی‌فرد | سرپرست | اداره کل راه و شهرسازی استان بوشهر"},
		{"بهمن آبرنگی‌فرد با حکم استاندار بوشهر معاون استاندار بوشهر شد.\n", "بهمن آبرنگی‌فرد | معاون استاندار | استانداری بوشهر"},
	} {
		if _, apps, _ := r20bDoc(t, head+tc.text); !has(apps, tc.want) {
			t.Errorf("%s: appointments %q, want «%s»", tc.text, apps, tc.want)
		}
	}
}

// TestR23BActingHeadNotOfRelativePastPost checks «الف که سال‌ها مدیرکل
// BODY استان X بود، با حکم وزیر سرپرست این اداره کل شد»: a post told in
// a relative clause with «بود» is one left, so «این اداره کل» is the
// directorate of province Y the report is about.
func TestR23BActingHeadNotOfRelativePastPost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "سرپرست جدید منصوب شد\n\n"+
		"بوشهر - سرپرست جدید اداره کل راه و شهرسازی استان بوشهر امروز منصوب شد.\n\n"+
		"بهمن آبرنگی‌فرد که سال‌ها مدیرکل راه و شهرسازی استان هرمزگان بود، با حکم وزیر سرپرست این اداره کل شد.\n")
	if !has(apps, "بهمن آبرنگی‌فرد | سرپرست | اداره کل راه و شهرسازی استان بوشهر") {
		t.Errorf("appointments %q, want the directorate the report is about", apps)
	}
}

// TestR23BCountyAffairsUnit checks «مدیر امور X شهرستان Y»: a company's
// county unit named «امور» is the body its manager heads, «امور X
// شهرستان Y», not a «مدیریت امور X شهرستان Y».
func TestR23BCountyAffairsUnit(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معارفه مدیر امور منابع آب استهبان\n\n"+
		"در این آیین مهندس کیوان سپیدرود با حکم مدیرعامل شرکت آب منطقه‌ای فارس به عنوان مدیر جدید امور منابع آب شهرستان استهبان معرفی شد.\n")
	if !has(apps, "کیوان سپیدرود | مدیر | امور منابع آب شهرستان استهبان") {
		t.Errorf("appointments %q, want the county unit", apps)
	}
}

// TestR23BThisBodyNotOfPastPost checks «الف که پیش از این R BODY2 بود،
// جایگزین سرپرست پیشین این HEAD شد»: «این HEAD» refers past the body of
// the post الف left to the one he was introduced to, and gives no second
// appointment in the body he left.
func TestR23BThisBodyNotOfPastPost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "بازدید از گمرک\n\n"+
		"در این بازدید، کیوان سپیدرود با حکم مدیرکل گمرک استان به عنوان سرپرست گمرک جلفا معرفی شد. سپیدرود که پیش از این معاون فنی گمرک نوردوز بود، جایگزین سرپرست پیشین این گمرک شد که به تازگی بازنشسته شده است.\n")
	if !has(apps, "کیوان سپیدرود | سرپرست | گمرک جلفا") {
		t.Errorf("appointments %q, want the post introduced to", apps)
	}
	for _, f := range apps {
		if strings.HasSuffix(f, "| گمرک نوردوز") {
			t.Errorf("appointments %q, want none in the body he left", apps)
		}
	}
}

// TestR23BPassiveAgentPost checks «BODY2 مورد بازدید R BODY قرار گرفت»
// then «به گزارش X، الف در این بازدید گفت»: the post told as the agent of
// the passive is held by the one named in the next sentence.
func TestR23BPassiveAgentPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "خبرگزاری فارس\nاستان‌ها > فارس\nیکشنبه ۱۵ آذر ۱۴۰۵ - ۱۲:۳۶\n\n"+
		"مدیرکل گمرک فارس در بازدید از بندر:\nصف کامیون‌ها تا پایان هفته برچیده می‌شود\n\n"+
		"لار- روند ترخیص کالا در پایانه مرزی صبح امروز مورد بازدید مدیرکل گمرک استان فارس قرار گرفت.\n\n"+
		"به گزارش خبرگزاری فارس از لار، مهندس کیوان سپیدرود در این بازدید گفت: کار ترخیص سریع‌تر می‌شود.\n")
	if !has(affs, "کیوان سپیدرود | مدیرکل | گمرک استان فارس") && !has(affs, "کیوان سپیدرود | مدیرکل | اداره کل گمرک استان فارس") {
		t.Errorf("affiliations %q, want the visitor's post", affs)
	}
}

// TestR23BBinomialInImpliedBody checks «مدیرکل راهداری و حمل و نقل
// جاده‌ای استان X»: a fixed pair («حمل و نقل») inside the field of a
// post's implied body is read whole, not cut at its «و».
func TestR23BBinomialInImpliedBody(t *testing.T) {
	affs, _, _ := r20bDoc(t, "خبر\n\nکیوان سپیدرود، مدیرکل راهداری و حمل و نقل جاده‌ای استان فارس گفت: کار آغاز شد.\n")
	if !has(affs, "کیوان سپیدرود | مدیرکل | اداره کل راهداری و حمل و نقل جاده‌ای استان فارس") {
		t.Errorf("affiliations %q, want the whole directorate", affs)
	}
}

// TestR23BAdviserOfNamedHead checks «الف از این پس به عنوان مشاور مدیرعامل
// فعالیت خواهد کرد» in a report naming «ب، مدیرعامل شرکت X»: the post
// that serves a head, naming no body, is in that head's body, not in the
// body of the report's own post.
func TestR23BAdviserOfNamedHead(t *testing.T) {
	_, apps, _ := r20bDoc(t, "مدیر جدید مجتمع فولاد معرفی شد\n\n"+
		"آیین تودیع و معارفه مدیر مجتمع فولاد نی‌ریز روز پنجشنبه با حضور دکتر بهمن آبرنگی‌فرد، مدیرعامل شرکت ملی فولاد ایران برگزار شد.\n\n"+
		"در این آیین مهندس نوید آبکناری‌پور به عنوان مدیر مجتمع فولاد نی‌ریز معرفی و از تلاش‌های مهندس کیوان سپیدرود، مدیر پیشین این مجتمع، تجلیل شد.\n\n"+
		"آبرنگی‌فرد افزود: سپیدرود از این پس به عنوان مشاور مدیرعامل در امور معادن فعالیت خواهد کرد.\n")
	if !has(apps, "کیوان سپیدرود | مشاور مدیرعامل | شرکت ملی فولاد ایران") {
		t.Errorf("appointments %q, want the adviser in the chief executive's company", apps)
	}
}

// TestR23BDelegateNoPost checks «الف، عضو هیئت رئیسه اتاق X و نماینده این
// اتاق در جلسه» and «ب، نماینده اتاق X در این نشست»: one who stands for a
// body at a gathering is its delegate there and holds no post of
// «نماینده»; a post beside it stays.
func TestR23BDelegateNoPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست\n\n"+
		"در این نشست دکتر کیوان سپیدرود، عضو هیئت رئیسه اتاق ایران و نماینده این اتاق در جلسه، حضور داشت.\n\n"+
		"نوید آبکناری‌پور، نماینده اتاق ایران در این نشست، گفت: کار آغاز شد.\n")
	if !has(affs, "کیوان سپیدرود | عضو هیئت رئیسه | اتاق ایران") {
		t.Errorf("affiliations %q, want the member's post", affs)
	}
	for _, f := range affs {
		if strings.Contains(f, "| نماینده |") {
			t.Errorf("affiliations %q, want no delegate's post", affs)
		}
	}
}

// TestR23BThisOfficialHoldsCharge checks «الف گفت: ... . این مقام که
// ریاست BODY را بر عهده دارد، افزود»: «این مقام» refers back to الف like
// «وی», so the charge held is his post.
func TestR23BThisOfficialHoldsCharge(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست\n\n"+
		"نوید آبکناری‌پور در این نشست گفت: کار آغاز شد. این مقام که ریاست اداره دامپزشکی شهرستان لار را بر عهده دارد، افزود: برنامه ادامه دارد.\n")
	if !has(affs, "نوید آبکناری‌پور | رئیس | اداره دامپزشکی شهرستان لار") {
		t.Errorf("affiliations %q, want the charge of the official referred back to", affs)
	}
}
