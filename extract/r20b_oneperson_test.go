package extract

import (
	"slices"
	"strings"
	"testing"
)

// r20bDoc extracts a made-up page and returns its affiliations and
// appointments as "person | role | body" and its bodies' names.
func r20bDoc(t *testing.T, text string) (affs, apps, bodies []string) {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	affs, apps = affPairs(doc)
	for _, o := range doc.Organizations {
		bodies = append(bodies, o.Name)
	}
	return affs, apps, bodies
}

// TestR20BNestedOfficeOfDirectorate checks a directorate named whole at
// the end of an office inside it («اداره نظارت ... اداره کل X استان Y»)
// and also told short from a post in the headline («مدیرکل X Y»): the
// short form and the directorate are one body, the office another, and
// the director general's post stays in the directorate.
func TestR20BNestedOfficeOfDirectorate(t *testing.T) {
	affs, _, bodies := r20bDoc(t, "مدیرکل استاندارد یزد: واحدهای تولیدی باید نشان بگیرند\n\n"+
		"یزد- ایسنا- نشست آموزشی روز گذشته به همت اداره کل استاندارد استان یزد برگزار شد و مهندس بهزاد طالب‌زاده مدیرکل استاندارد استان یزد در آن سخنرانی کرد.\n\n"+
		"خانم ژاله آذرمهر، رئیس اداره نظارت بر اجرای استاندارد اداره کل استاندارد استان یزد، در این نشست سخن گفت.\n")
	for _, want := range []string{"اداره کل استاندارد استان یزد", "اداره نظارت بر اجرای استاندارد اداره کل استاندارد استان یزد"} {
		if !slices.Contains(bodies, want) {
			t.Errorf("bodies %q, want «%s»", bodies, want)
		}
	}
	if !has(affs, "بهزاد طالب‌زاده | مدیرکل | اداره کل استاندارد استان یزد") {
		t.Errorf("affiliations %q, want the director general in the directorate", affs)
	}
}

// TestR20BChargeAfterAlsoAndDay checks «مسئولیت BODY نیز روز گذشته با
// حکم ISSUER به X سپرده شد»: «نیز» and a relative day of two words
// between the body and the issuer; the local office's head post.
func TestR20BChargeAfterAlsoAndDay(t *testing.T) {
	for _, text := range []string{
		"بنابر این گزارش، مسئولیت بخشداری مرکزی نیلوفرآباد نیز روز گذشته با حکم استاندار به خانم نرگس فلاحتی‌زاده سپرده شد.",
		"مسئولیت بخشداری مرکزی نیلوفرآباد روز گذشته با حکم استاندار به خانم نرگس فلاحتی‌زاده سپرده شد.",
	} {
		_, apps, _ := r20bDoc(t, text)
		if !has(apps, "نرگس فلاحتی‌زاده | بخشدار | بخشداری مرکزی نیلوفرآباد") {
			t.Errorf("%s: appointments %q, want the بخشدار", text, apps)
		}
	}
}

// TestR20BPostOfSpeakerNamingOthers checks «X گفت: ... . R BODY افزود:
// ... Y ...»: the unnamed post going on with the speech of the one named
// before is his, though the speech after the colon names someone else.
func TestR20BPostOfSpeakerNamingOthers(t *testing.T) {
	affs, _, _ := r20bDoc(t, "رشت- ایرنا- آیین معارفه فرماندار جدید آستارا صبح امروز با حضور استاندار گیلان برگزار شد.\n\n"+
		"مهندس سهیل مهرآیین در این مراسم گفت: فرمانداری آستارا باید پیشران رفع موانع تولید باشد.\n\n"+
		"استاندار گیلان افزود: مهندس داوود رهنورد، فرماندار پیشین آستارا، کارنامه‌ای موفق داشت.\n")
	if !has(affs, "سهیل مهرآیین | استاندار | استانداری گیلان") {
		t.Errorf("affiliations %q, want the speaker as استاندار", affs)
	}
	if has(affs, "داوود رهنورد | استاندار | استانداری گیلان") {
		t.Errorf("affiliations %q: the one named in the speech holds no such post", affs)
	}
}

// TestR20BBoardChairByPostNoun checks «X به ریاست هیئت مدیره برگزیده شد»
// with the board named without its company: the company whose board the
// report named before, not the agency of «به گزارش» in the sentence.
func TestR20BBoardChairByPostNoun(t *testing.T) {
	_, apps, _ := r20bDoc(t, "کرمان - خبرگزاری مهر - هیئت مدیره شرکت سیمان دشت‌آرا در جلسه یکشنبه، مهندس کاوه برومندیان را به عنوان مدیرعامل این شرکت انتخاب کرد.\n\n"+
		"به گزارش خبرگزاری مهر، در همین جلسه دکتر فرهاد افراسیابی‌نیا که نماینده سهامدار عمده است، به ریاست هیئت مدیره برگزیده شد.\n")
	if !has(apps, "فرهاد افراسیابی‌نیا | رئیس هیئت مدیره | شرکت سیمان دشت‌آرا") {
		t.Errorf("appointments %q, want the board's chair in the company", apps)
	}
}

// TestR20BTrusteeBoardPosts checks posts of the board of trustees of a
// religious site: «X رئیس هیئت امنای مسجد Y شد» and «Z به عنوان دبیر
// هیئت امنا انتخاب شد» are appointments in the board, «هیئت امنای مسجد
// Y», the body such a site is run by.
func TestR20BTrusteeBoardPosts(t *testing.T) {
	_, apps, _ := r20bDoc(t, "رشت - ایکنا - با حکم مدیرکل اوقاف و امور خیریه استان گیلان، حاج پرویز شبنم‌پور رئیس هیئت امنای مسجد جامع لاهیجان شد.\n\n"+
		"در همین جلسه سهراب نوبخت‌نیا نیز به عنوان دبیر هیئت امنا انتخاب شد.\n")
	for _, want := range []string{
		"پرویز شبنم‌پور | رئیس | هیئت امنای مسجد جامع لاهیجان",
		"سهراب نوبخت‌نیا | دبیر | هیئت امنای مسجد جامع لاهیجان",
	} {
		if !has(apps, want) {
			t.Errorf("appointments %q, want %q", apps, want)
		}
	}
}

// TestR20BPostThenHolderCallingFor checks a post told in one sentence and
// its holder named at the start of the next, whose speech act is «خواستار
// ... شد» (called for) rather than a verb of saying.
func TestR20BPostThenHolderCallingFor(t *testing.T) {
	affs, _, _ := r20bDoc(t, "تویسرکان- ایرنا- نشست شورای اداری شهرستان تویسرکان صبح امروز برگزار شد.\n\n"+
		"شهردار تویسرکان نیز در این جلسه سخن گفت. فرامرز نیک‌رفتار خواستار تسریع در تکمیل پروژه‌های نیمه‌تمام شهری شد.\n")
	if !has(affs, "فرامرز نیک‌رفتار | شهردار | شهرداری تویسرکان") {
		t.Errorf("affiliations %q, want the mayor named in the next sentence", affs)
	}
}

// TestR20BBarePostOfTheOneMinistry checks «به سمت مشاور وزیر و دبیر ستاد
// X منصوب شد» with no ministry named in the sentence: the one ministry
// of the report (written long and short) is the adviser's body, and the
// coordinated post keeps its own.
func TestR20BBarePostOfTheOneMinistry(t *testing.T) {
	_, apps, _ := r20bDoc(t, "اراک- تسنیم- در این آیین مهندس سیاوش دلاوری‌فام معاون توسعه مدیریت و منابع وزارت ورزش و جوانان حضور داشت.\n\n"+
		"دلاوری‌فام با قدردانی از خدمات کامران رهنورد، مدیرکل پیشین، گفت: «رهنورد با حکم وزیر به سمت مشاور وزیر و دبیر ستاد مرکزی هماهنگی المپیاد ورزشی منصوب شده است.» وی افزود: «وزارت ورزش از مدیرکل جدید انتظار دارد.»\n")
	for _, want := range []string{
		"کامران رهنورد | مشاور وزیر | وزارت ورزش و جوانان",
		"کامران رهنورد | دبیر | ستاد مرکزی هماهنگی المپیاد ورزشی",
	} {
		if !has(apps, want) {
			t.Errorf("appointments %q, want %q", apps, want)
		}
	}
}

// TestR20BChargeHeldAsTitle checks «مسئولیت BODY به‌عنوان سرپرست به X
// سپرده شده است»: the charge is held in the post told, and a sub-head
// naming that post («سرپرست جدید BODY») stands in no apposition to the
// name opening the next paragraph, the one who announces it.
func TestR20BChargeHeldAsTitle(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "سمنان- تسنیم- تفاهم‌نامه آموزش مهارتی کارگران امروز امضا شد و مهندس بهمن شاکری‌راد، مدیرکل آموزش فنی و حرفه‌ای استان سمنان، در این آیین سخن گفت.\n\n"+
		"سرپرست جدید مرکز آموزش فنی و حرفه‌ای شماره ۳ گرمسار\n\n"+
		"شاکری‌راد همچنین اعلام کرد که از دوشنبه نهم آذرماه مسئولیت مرکز آموزش فنی و حرفه‌ای شماره ۳ گرمسار به‌عنوان سرپرست به مهندس ترانه وثوقی‌نیا سپرده شده است.\n")
	if !has(apps, "ترانه وثوقی‌نیا | سرپرست | مرکز آموزش فنی و حرفه‌ای شماره ۳ گرمسار") {
		t.Errorf("appointments %q, want the acting head's", apps)
	}
	for _, s := range append(affs, apps...) {
		if strings.HasPrefix(s, "بهمن شاکری‌راد | سرپرست") {
			t.Errorf("%q: the announcer holds no such post", s)
		}
	}
}

// TestR20BPostAfterSlashDateline checks a lead opening «OUTLET/PLACE R
// BODY ... بازدید کرد» and the holder named in the report's next sentence
// («به گزارش OUTLET، X ...»): the dateline written with a slash opens the
// sentence as «شهر- OUTLET-» does.
func TestR20BPostAfterSlashDateline(t *testing.T) {
	affs, _, _ := r20bDoc(t, "ایسنا/گیلان رئیس سازمان مدیریت بحران کشور امروز از مناطق آسیب‌دیده شهرستان رودسر بازدید کرد.\n\n"+
		"به گزارش ایسنا، دکتر کامران رهنورد صبح امروز از روستای اشکیک بازدید کرد.\n")
	if !has(affs, "کامران رهنورد | رئیس | سازمان مدیریت بحران کشور") {
		t.Errorf("affiliations %q, want the head named in the next sentence", affs)
	}
}

// TestR20BPronounCoordinatedPosts checks «X ... حضور داشت. او R1 و R2 BODY
// است»: both coordinated posts told through the pronoun are X's.
func TestR20BPronounCoordinatedPosts(t *testing.T) {
	affs, _, _ := r20bDoc(t, "رشت- ایسنا- آیین افتتاح انبار امدادی امروز برگزار شد. ترانه وثوقی‌نیا نیز در این آیین حضور داشت. او عضو هیئت‌مدیره و معاون امداد و نجات جمعیت هلال‌احمر استان گیلان است و از آماده‌باش پایگاه‌ها خبر داد.\n")
	for _, want := range []string{
		"ترانه وثوقی‌نیا | عضو هیئت‌مدیره | جمعیت هلال‌احمر استان گیلان",
		"ترانه وثوقی‌نیا | معاون امداد و نجات | جمعیت هلال‌احمر استان گیلان",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want %q", affs, want)
		}
	}
}

// TestR20BUnpostedSpeakerThenPostSaid checks «X هم ... خبر داد. R BODY
// گفت: ...»: the post that speaks right after one named with no post,
// and held by no one named, is his.
func TestR20BUnpostedSpeakerThenPostSaid(t *testing.T) {
	affs, _, _ := r20bDoc(t, "رشت- ایسنا- جلسه ستاد مدیریت بحران استان امروز برگزار شد.\n\n"+
		"ژاله آذرمهر هم در این جلسه از احتمال بارش‌های سنگین خبر داد. مدیرکل هواشناسی استان گیلان گفت: رودخانه‌های شرق استان باید پایش شوند.\n")
	if !has(affs, "ژاله آذرمهر | مدیرکل | اداره کل هواشناسی استان گیلان") {
		t.Errorf("affiliations %q, want the speaker as مدیرکل", affs)
	}
}

// TestR20BIssuersCoordinatedPosts checks «با حکم X، R1 و R2 BODY، Y روز
// گذشته به عنوان R3 منصوب شد»: both posts after the issuer's name are
// his; Y, the appointee, holds neither.
func TestR20BIssuersCoordinatedPosts(t *testing.T) {
	affs, _, _ := r20bDoc(t, "اردبیل- تسنیم- همچنین با حکم حجت‌الاسلام بهمن شاکری‌راد، نماینده ولی‌فقیه و رئیس سازمان اوقاف و امور خیریه، حجت‌الاسلام سهراب نوبخت‌نیا روز گذشته به عنوان مدیرکل اوقاف و امور خیریه استان اردبیل منصوب شد.\n")
	if !has(affs, "بهمن شاکری‌راد | رئیس | سازمان اوقاف و امور خیریه") {
		t.Errorf("affiliations %q, want the issuer's second post", affs)
	}
	if has(affs, "سهراب نوبخت‌نیا | رئیس | سازمان اوقاف و امور خیریه") {
		t.Errorf("affiliations %q: the appointee holds no post of the issuer", affs)
	}
}

// TestR20BOrdinalBeforePost checks «X به عنوان چهارمین رئیس BODY منصوب
// شده است»: the ordinal counting holders stands before the post.
func TestR20BOrdinalBeforePost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "قم- ایکنا- به گفته مدیرکل تبلیغات اسلامی استان قم، سهراب نوبخت‌نیا به عنوان چهارمین رئیس اداره تبلیغات اسلامی شهرستان کهک منصوب شده است.\n")
	if !has(apps, "سهراب نوبخت‌نیا | رئیس | اداره تبلیغات اسلامی شهرستان کهک") {
		t.Errorf("appointments %q, want the head's", apps)
	}
}

// TestR20BDeputyNotOfUnit checks «X، معاون فنی و رئیس کمیته Y شرکت Z»:
// the deputy with no body of its own is the company's, the committee's
// head post the committee's.
func TestR20BDeputyNotOfUnit(t *testing.T) {
	affs, _, _ := r20bDoc(t, "شیراز- ایرنا- در پایان این آیین، مهندس کاوه برومندیان، معاون فنی و رئیس کمیته پدافند غیرعامل شرکت گاز استان فارس، از آغاز طرح خبر داد.\n")
	for _, want := range []string{
		"کاوه برومندیان | معاون فنی | شرکت گاز استان فارس",
		"کاوه برومندیان | رئیس | کمیته پدافند غیرعامل شرکت گاز استان فارس",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want %q", affs, want)
		}
	}
}

// TestR20BPostsOfTheOneNamedBefore checks «... با حضور X برگزار می‌شود.
// R1 BODY1 و R2 BODY2 در گفت‌وگو با خبرنگار Y گفت: ...»: the posts no
// one named holds, told right after the one person named before, are his.
func TestR20BPostsOfTheOneNamedBefore(t *testing.T) {
	affs, _, _ := r20bDoc(t, "اردبیل- تسنیم- آیین معارفه سرپرست جدید دانشکده، دوشنبه ۹ آذر با حضور سهیل مهرآیین برگزار می‌شود. "+
		"مدیرکل آموزش و پرورش استان اردبیل و دبیر شورای آموزش و پرورش استان اردبیل در گفت‌وگو با خبرنگار تسنیم گفت: کمبود معلم جبران خواهد شد.\n")
	for _, want := range []string{
		"سهیل مهرآیین | مدیرکل | اداره کل آموزش و پرورش استان اردبیل",
		"سهیل مهرآیین | دبیر | شورای آموزش و پرورش استان اردبیل",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want %q", affs, want)
		}
	}
}

// TestR20BThisOfficialPost checks «X ... تأکید کرد. این مقام، R BODY است»:
// the official referred back to holds the post.
func TestR20BThisOfficialPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "آمل- ایرنا- سرهنگ بردیا آرین‌مهر هم که در این آیین حضور داشت، بر آموزش روستاییان تأکید کرد. این مقام، معاون اجتماعی فرماندهی انتظامی استان مازندران است.\n")
	if !has(affs, "بردیا آرین‌مهر | معاون اجتماعی | فرماندهی انتظامی استان مازندران") {
		t.Errorf("affiliations %q, want the official's post", affs)
	}
}

// TestR20BSpeakerAfterDateline checks «شهر- OUTLET- X ... گفت: ... . R
// BODY افزود: ...»: the speaker who goes on by his post opens the
// sentence before right after its dateline.
func TestR20BSpeakerAfterDateline(t *testing.T) {
	affs, _, _ := r20bDoc(t, "طرح‌های راه استان ادامه دارد\n\nیزد- ایرنا- کامران رهنورد در این نشست گفت: طرح‌ها ادامه دارد. مدیرکل راه و شهرسازی استان یزد افزود: بودجه کافی است.\n")
	if !has(affs, "کامران رهنورد | مدیرکل | اداره کل راه و شهرسازی استان یزد") {
		t.Errorf("affiliations %q, want the speaker as مدیرکل", affs)
	}
}

// TestR20BHeadOfDirectorateGeneral checks «X که ریاست اداره کل Y را بر
// عهده دارد» and «X به ریاست اداره کل Y منصوب شد»: the head of a
// directorate general is its مدیرکل.
func TestR20BHeadOfDirectorateGeneral(t *testing.T) {
	affs, _, _ := r20bDoc(t, "یزد- ایرنا- کامران رهنورد که ریاست اداره کل راه و شهرسازی استان یزد را بر عهده دارد، گفت: طرح‌ها ادامه دارد.\n")
	if !has(affs, "کامران رهنورد | مدیرکل | اداره کل راه و شهرسازی استان یزد") {
		t.Errorf("affiliations %q, want the مدیرکل", affs)
	}
	_, apps, _ := r20bDoc(t, "یزد- ایرنا- کامران رهنورد به ریاست اداره کل راه و شهرسازی استان یزد منصوب شد.\n")
	if !has(apps, "کامران رهنورد | مدیرکل | اداره کل راه و شهرسازی استان یزد") {
		t.Errorf("appointments %q, want the مدیرکل", apps)
	}
}

// TestR20BFirstPersonPostInQuote checks «X گفت: «... با حضور من به عنوان
// دبیر شورا ...»»: the post the speaker tells of himself is his.
func TestR20BFirstPersonPostInQuote(t *testing.T) {
	affs, _, _ := r20bDoc(t, "یاسوج- تسنیم- کاوه برومندیان در این آیین گفت: «نخستین جلسه شورای فرهنگ عمومی استان کهگیلویه و بویراحمد با حضور من به عنوان دبیر شورا، شنبه ۲۱ آذر برگزار می‌شود.»\n")
	if !has(affs, "کاوه برومندیان | دبیر | شورای فرهنگ عمومی استان کهگیلویه و بویراحمد") {
		t.Errorf("affiliations %q, want the speaker as the council's secretary", affs)
	}
}

// TestR20BBareTrusteeBoard checks a post ending with, or followed by, a
// bare «هیئت امنا» after the report named its board of trustees: the post
// is in that board.
func TestR20BBareTrusteeBoard(t *testing.T) {
	affs, _, _ := r20bDoc(t, "اهواز- تسنیم- جلسه هیئت امنای دانشگاه‌ها و مؤسسات آموزش عالی استان خوزستان صبح دیروز برگزار شد و دکتر کاوه برومندیان، نماینده مردم اهواز در مجلس شورای اسلامی و عضو هیئت امنا، در آن سخن گفت. "+
		"همچنین حاج سهیل مهرآیین، عضو حقیقی هیئت امنا و از خیران آموزش عالی استان، از اهدای یک خوابگاه خبر داد.\n")
	for _, want := range []string{
		"کاوه برومندیان | عضو | هیئت امنای دانشگاه‌ها و مؤسسات آموزش عالی استان خوزستان",
		"سهیل مهرآیین | عضو حقیقی | هیئت امنای دانشگاه‌ها و مؤسسات آموزش عالی استان خوزستان",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want %q", affs, want)
		}
	}
}

// TestR20BFirstPersonHumble checks «بنده به عنوان R BODY» in a quote (the
// speaker's post) and «با حکم اینجانب به عنوان R» (the post of the one the
// speaker appointed, not his).
func TestR20BFirstPersonHumble(t *testing.T) {
	affs, _, _ := r20bDoc(t, "خبر\n\nیزد- ایرنا- کامران رهنورد در این آیین گفت: «بنده به عنوان دبیر شورای ترافیک استان یزد پیگیر این طرح هستم.»\n")
	if !has(affs, "کامران رهنورد | دبیر | شورای ترافیک استان یزد") {
		t.Errorf("affiliations %q, want the speaker's post", affs)
	}
	affs, _, _ = r20bDoc(t, "خبر\n\nیزد- ایرنا- کامران رهنورد در این آیین گفت: «بهمن شاکری‌راد اکنون با حکم اینجانب به عنوان مدیرکل دفتر امور شهری استانداری یزد منصوب شده است.»\n")
	if has(affs, "کامران رهنورد | مدیرکل | دفتر امور شهری استانداری یزد") {
		t.Errorf("affiliations %q: the issuer holds no post he appointed to", affs)
	}
}
