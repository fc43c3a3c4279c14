package extract

import (
	"strings"
	"testing"
)

// TestR25BBareHeadOfDirectorate checks a post whose body is told by its
// head alone («... به عنوان معاون X اداره کل خدمت خواهد کرد»), said by
// the director general of a directorate in a report of an office's new
// head: the post is in the directorate, not in the office the report
// is about.
func TestR25BBareHeadOfDirectorate(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معرفی رئیس جدید اداره ورزش نیکدشت\n\n"+
		"نیکدشت - ایرنا - در آیینی که صبح امروز برگزار شد، کیوان سپیدرود با حکم مدیرکل ورزش و جوانان استان فارس به عنوان رئیس اداره ورزش و جوانان شهرستان نیکدشت معرفی و از زحمات بهمن آبرنگی‌فرد تقدیر شد.\n\n"+
		"به گزارش ایرنا، مهندس ژاله آذرمهر، مدیرکل ورزش و جوانان استان فارس، در این آیین گفت: ورزش همگانی در شهرستان رشد کرده است.\n\n"+
		"وی افزود: آبرنگی‌فرد در چهار سال گذشته ده سالن ورزشی را به بهره‌برداری رساند و از این پس به عنوان معاون توسعه ورزش همگانی اداره کل خدمت خواهد کرد.\n")
	if !has(apps, "بهمن آبرنگی‌فرد | معاون توسعه ورزش همگانی | اداره کل ورزش و جوانان استان فارس") {
		t.Errorf("appointments %q, want the outgoing head's new post in the directorate", apps)
	}
	if has(apps, "بهمن آبرنگی‌فرد | معاون توسعه ورزش همگانی | اداره ورزش و جوانان شهرستان نیکدشت") {
		t.Errorf("appointments %q, want no post in the office he leaves", apps)
	}
}

// TestR25BAgainAdverbEndsName checks «X مجدداً R BODY شد» and «X مجددا
// به سمت R برگزیده شد»: the adverb, with its tanwin or without, is no
// word of X's name, and the post after it is still X's.
func TestR25BAgainAdverbEndsName(t *testing.T) {
	doc, err := File("made-up.txt", []byte("انتخابات هیئت رئیسه شورا\n\n"+
		"در جلسه امروز شورای اسلامی شهر یاسوج، مهندس بهمن آبرنگی مجدداً نایب رئیس شد و ژاله آذرمهر مجددا به سمت منشی شورا برگزیده شد.\n\n"+
		"در خبری دیگر رحیم گلشن مجدداً رئیس دانشگاه یاسوج شد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range doc.Persons {
		names = append(names, p.Name)
	}
	for _, want := range []string{"بهمن آبرنگی", "ژاله آذرمهر", "رحیم گلشن"} {
		if !has(names, want) {
			t.Errorf("persons %q, want «%s» without the adverb", names, want)
		}
	}
	_, apps := affPairs(doc)
	for _, want := range []string{"بهمن آبرنگی | نایب رئیس | شورای اسلامی شهر یاسوج", "ژاله آذرمهر | منشی | شورای اسلامی شهر یاسوج", "رحیم گلشن | رئیس | دانشگاه یاسوج"} {
		if !has(apps, want) {
			t.Errorf("appointments %q, want «%s»", apps, want)
		}
	}
}

// TestR25BSecondDeputyOfBareBody checks two deputies of one company, each
// told «معاون F (این) شرکت، X،» in a sentence of his own: the second
// deputy's post, another field's, is no guest post held by the first.
func TestR25BSecondDeputyOfBareBody(t *testing.T) {
	affs, _, _ := r20bDoc(t, "چاه‌های جدید\n\n"+
		"کیوان سپیدرود، مدیرعامل شرکت آب و فاضلاب استان فارس، گفت: ده حلقه چاه جدید حفر می‌شود.\n\n"+
		"معاون بهره‌برداری این شرکت، مهندس بهمن آبرنگی‌فرد، نیز گفت: کار از هفته آینده آغاز می‌شود.\n\n"+
		"معاون مالی شرکت، ژاله آذرمهر، هم گفت: اعتبار طرح تأمین شده است.\n")
	for _, want := range []string{"بهمن آبرنگی‌فرد | معاون بهره‌برداری | شرکت آب و فاضلاب استان فارس", "ژاله آذرمهر | معاون مالی | شرکت آب و فاضلاب استان فارس"} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want «%s»", affs, want)
		}
	}
}

// TestR25BPostBeforeNameWithBodilessPostAfter checks «R BODY، X، مسئول
// این طرح است»: a post after the name that names no body leaves the post
// told before the name X's.
func TestR25BPostBeforeNameWithBodilessPostAfter(t *testing.T) {
	affs, _, _ := r20bDoc(t, "طرح چاه\n\n"+
		"کیوان سپیدرود، مدیرعامل شرکت آب و فاضلاب استان فارس، گفت: ده حلقه چاه جدید حفر می‌شود.\n\n"+
		"معاون بهره‌برداری این شرکت، مهندس بهمن آبرنگی‌فرد، مسئول این طرح است.\n")
	if !has(affs, "بهمن آبرنگی‌فرد | معاون بهره‌برداری | شرکت آب و فاضلاب استان فارس") {
		t.Errorf("affiliations %q, want the deputy's post told before his name", affs)
	}
}

// TestR25BDirectorOfThisOffice checks «... اداره کل X ... . الف، مدیرکل
// این اداره، گفت»: «این اداره» after a director general's post is the
// directorate general named before.
func TestR25BDirectorOfThisOffice(t *testing.T) {
	affs, _, _ := r20bDoc(t, "جلسه شورای اداری\n\n"+
		"جلسه شورای اداری استان فارس صبح امروز برگزار شد.\n\n"+
		"سپس نوبت به گزارش اداره کل مدیریت بحران استان فارس رسید. بهمن آبرنگی‌فرد، مدیرکل این اداره، گفت: ده پایگاه امداد مستقر شده است.\n")
	if !has(affs, "بهمن آبرنگی‌فرد | مدیرکل | اداره کل مدیریت بحران استان فارس") {
		t.Errorf("affiliations %q, want the director general of the directorate named before", affs)
	}
}

// TestR25BLongBoardPost checks «الف از این پس به عنوان مشاور عالی
// هیئت‌مدیره خدمت خواهد کرد» in a report of a company's board: a post of
// the board named with more than one word before it is in the company
// whose board the report names.
func TestR25BLongBoardPost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "مدیرعامل جدید\n\n"+
		"کیوان سپیدرود با رأی اعضای هیئت‌مدیره شرکت پتروشیمی فجر به عنوان مدیرعامل این شرکت برگزیده شد و جانشین بهمن آبرنگی‌فرد شد.\n\n"+
		"به گفته رئیس هیئت‌مدیره، آبرنگی‌فرد از این پس به عنوان مشاور عالی هیئت‌مدیره خدمت خواهد کرد.\n")
	if !has(apps, "بهمن آبرنگی‌فرد | مشاور عالی هیئت‌مدیره | شرکت پتروشیمی فجر") {
		t.Errorf("appointments %q, want the outgoing head's post at the board's company", apps)
	}
}

// TestR25BSignatureUnderMessage checks a message signed with the name on
// one line and the post with its body alone on the next: the signer
// holds the post.
func TestR25BSignatureUnderMessage(t *testing.T) {
	affs, _, _ := r20bDoc(t, "پیام تبریک\n\n"+
		"متن پیام به این شرح است:\n\n"+
		"«فرا رسیدن هفته تربیت بدنی را به همه ورزشکاران استان تبریک عرض می‌کنم.\n\n"+
		"کیوان سپیدرود\n"+
		"مدیرکل ورزش و جوانان استان فارس»\n")
	if !has(affs, "کیوان سپیدرود | مدیرکل | اداره کل ورزش و جوانان استان فارس") {
		t.Errorf("affiliations %q, want the signer's post", affs)
	}
}

// TestR25BAddressedAppointment checks a message of congratulation: the
// one named alone on the salutation line takes the post that «انتصاب
// جنابعالی به سمت R BODY» tells.
func TestR25BAddressedAppointment(t *testing.T) {
	_, apps, _ := r20bDoc(t, "پیام تبریک\n\n"+
		"مدیرکل ورزش و جوانان استان فارس در پیامی انتصاب رئیس جدید اداره ورزش و جوانان شهرستان کازرون را تبریک گفت. متن پیام به این شرح است:\n\n"+
		"«جناب آقای دکتر بهمن آبرنگی‌فرد\n"+
		"انتصاب شایسته جنابعالی به سمت رئیس اداره ورزش و جوانان شهرستان کازرون را تبریک عرض می‌کنم.\n\n"+
		"کیوان سپیدرود\n"+
		"مدیرکل ورزش و جوانان استان فارس»\n")
	if !has(apps, "بهمن آبرنگی‌فرد | رئیس | اداره ورزش و جوانان شهرستان کازرون") {
		t.Errorf("appointments %q, want the addressee's new post", apps)
	}
	if has(apps, "کیوان سپیدرود | رئیس | اداره ورزش و جوانان شهرستان کازرون") {
		t.Errorf("appointments %q, want none for the signer", apps)
	}
}

// TestR25BHeadOfIt checks «با همکاری BODY و رئیس آن، دکتر X، ...»: «آن»
// after the post stands for the body named before «و», and X heads it.
func TestR25BHeadOfIt(t *testing.T) {
	affs, _, _ := r20bDoc(t, "تله‌پزشکی\n\n"+
		"کیوان سپیدرود گفت: با همکاری بیمارستان شهید بهشتی یاسوج و رئیس آن، دکتر بهمن آبرنگی‌فرد، سامانه تله‌پزشکی راه‌اندازی شد.\n")
	if !has(affs, "بهمن آبرنگی‌فرد | رئیس | بیمارستان شهید بهشتی یاسوج") {
		t.Errorf("affiliations %q, want the hospital's head", affs)
	}
}

// TestR25BSpacedStopCompoundInPost checks a post whose title holds a
// compound typed with a space whose first part is a stop word («پیش
// بینی»، «بین الملل»، «پیش گیری»): the post goes on to its body.
func TestR25BSpacedStopCompoundInPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست\n\n"+
		"خانم ژاله آذرمهر، کارشناس مسئول پیش بینی اداره کل هواشناسی استان فارس، گفت: برف می بارد.\n\n"+
		"کیوان سپیدرود، معاون امور بین الملل دانشگاه شیراز، گفت: کار آغاز شد.\n\n"+
		"بهمن آبرنگی، معاون پیش گیری اداره کل بهزیستی استان فارس، گفت: کار آغاز شد.\n")
	for _, want := range []string{
		"ژاله آذرمهر | کارشناس مسئول پیش بینی | اداره کل هواشناسی استان فارس",
		"کیوان سپیدرود | معاون امور بین الملل | دانشگاه شیراز",
		"بهمن آبرنگی | معاون پیش گیری | اداره کل بهزیستی استان فارس",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want «%s»", affs, want)
		}
	}
}

// TestR25BChairOpensNext checks «جلسه ... به ریاست R BODY برگزار شد.
// مهندس X در آغاز این جلسه گفت»: the unnamed chair's post is that of the
// one who opens the session in the next sentence.
func TestR25BChairOpensNext(t *testing.T) {
	affs, _, _ := r20bDoc(t, "ستاد زمستانی\n\n"+
		"جلسه ستاد زمستانی شهرداری یاسوج صبح امروز به ریاست شهردار یاسوج و با حضور معاونان در ساختمان شهرداری برگزار شد.\n\n"+
		"مهندس کیوان سپیدرود در آغاز این جلسه گفت: همه نیروها آماده‌اند.\n")
	if !has(affs, "کیوان سپیدرود | شهردار | شهرداری یاسوج") {
		t.Errorf("affiliations %q, want the chair's post for the one who opens the session", affs)
	}
}

// TestR25BFromNowPostSpacedVerb checks «X از این پس به عنوان R، ... قرار
// می دهد» with the verb's «می» typed as a word of its own: a post from
// now on, an appointment as with «می‌دهد».
func TestR25BFromNowPostSpacedVerb(t *testing.T) {
	_, apps, _ := r20bDoc(t, "تودیع و معارفه\n\n"+
		"در آیین امروز کیوان سپیدرود به عنوان مدیر مجتمع فولاد سپید معرفی و از تلاش های بهمن آبرنگی فرد، مدیر پیشین این مجتمع، تجلیل شد.\n\n"+
		"مدیرعامل شرکت فولاد سپیدان گفت: آبرنگی فرد از این پس به عنوان مشاور مدیرعامل شرکت فولاد سپیدان در امور معادن، تجربه خود را در اختیار شرکت قرار می دهد.\n")
	if !has(apps, "بهمن آبرنگی فرد | مشاور مدیرعامل | شرکت فولاد سپیدان") {
		t.Errorf("appointments %q, want the outgoing head's post from now on", apps)
	}
}

// TestR25BLeadPostHeldByNameAfter checks an interview's lead, «R BODY در
// گفت‌وگو با ایرنا ... گفت. X که از تیرماه این مسئولیت را بر عهده
// دارد، ...»: the name the next sentence opens with, referred to the post
// by «این مسئولیت», holds the post.
func TestR25BLeadPostHeldByNameAfter(t *testing.T) {
	affs, _, _ := r20bDoc(t, "گفت‌وگو\n\n"+
		"ایرنا - شیراز - مدیرکل ورزش و جوانان استان فارس در گفت‌وگو با ایرنا از برنامه‌های سال آینده گفت. کیوان سپیدرود که از تیرماه امسال این مسئولیت را بر عهده دارد، پیش از این رئیس هیئت فوتبال استان بوده است.\n\n"+
		"ایرنا: برنامه اصلی شما چیست؟\n\n"+
		"سپیدرود: ساخت ده سالن ورزشی در شهرستان‌ها.\n")
	if !has(affs, "کیوان سپیدرود | مدیرکل | اداره کل ورزش و جوانان استان فارس") {
		t.Errorf("affiliations %q, want the interviewee's post told in the lead", affs)
	}
}

// TestR25BNamedAboveRelativePost checks «X گفت: ... . نامبرده که R BODY
// است، ...»: «نامبرده» stands for X, as «وی» does, and the present post
// of the relative clause is X's.
func TestR25BNamedAboveRelativePost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست\n\n"+
		"ژاله آذرمهر گفت: بودجه تأمین شده است. نامبرده که معاون توسعه منابع اداره کل ورزش و جوانان استان فارس است، از پیشرفت طرح‌ها خبر داد.\n")
	if !has(affs, "ژاله آذرمهر | معاون توسعه منابع | اداره کل ورزش و جوانان استان فارس") {
		t.Errorf("affiliations %q, want the post «نامبرده» is told with", affs)
	}
}

// TestR25BOtherCompanyShortName checks a handover report of one company
// in which a guest is «مدیرعامل شرکت X» with no place: «مدیرعامل پیشین از
// این پس به عنوان مشاور مدیرعامل شرکت X ... فعالیت خواهد کرد» is in that
// company, not in the report's own company of the same head noun.
func TestR25BOtherCompanyShortName(t *testing.T) {
	_, apps, _ := r20bDoc(t, "با حکم مدیرعامل شرکت سپهر؛\n\n"+
		"به گزارش خبرنگار مهر، آیین تودیع و معارفه مدیرعامل شرکت پخش فرآورده‌های نفتی استان فارس صبح امروز برگزار شد و مهندس کیوان سپیدرود جایگزین مهندس بهمن آبرنگی‌فرد شد.\n\n"+
		"در این آیین مهندس ژاله آذرمهر، معاون وزیر نفت و مدیرعامل شرکت سپهر حضور داشت.\n\n"+
		"وی با قدردانی از خدمات آبرنگی‌فرد اعلام کرد که مدیرعامل پیشین از این پس به عنوان مشاور مدیرعامل شرکت سپهر در امور انرژی فعالیت خواهد کرد.\n")
	if !has(apps, "بهمن آبرنگی‌فرد | مشاور مدیرعامل | شرکت سپهر") {
		t.Errorf("appointments %q, want the adviser's post in the company the guest heads", apps)
	}
	if has(apps, "بهمن آبرنگی‌فرد | مشاور مدیرعامل | شرکت پخش فرآورده‌های نفتی استان فارس") {
		t.Errorf("appointments %q, want none in the report's own company", apps)
	}
}

// TestR25BInterimPostAfterApposition checks «تا آن زمان X، R1 BODY، R2
// HEAD خواهد بود»: the post to be held is X's too, in the body of the
// apposition's post that its head alone stands for, and no appointment.
func TestR25BInterimPostAfterApposition(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "انتخاب شهردار\n\n"+
		"اعضای شورای اسلامی شهر یاسوج امروز کیوان سپیدرود را به عنوان شهردار یاسوج انتخاب کردند. حکم وی پس از تأیید وزارت کشور ابلاغ می‌شود؛ تا آن زمان بهمن آبرنگی‌فرد، معاون خدمات شهری شهرداری یاسوج، سرپرست شهرداری خواهد بود.\n")
	if !has(affs, "بهمن آبرنگی‌فرد | سرپرست | شهرداری یاسوج") {
		t.Errorf("affiliations %q, want the interim head's post", affs)
	}
	if has(apps, "بهمن آبرنگی‌فرد | سرپرست | شهرداری یاسوج") {
		t.Errorf("appointments %q, want no appointment for the interim post", apps)
	}
}

// TestR25BEndOfWorkPredecessor checks «پس از پایان همکاری X با شهرداری»
// in a report of a new mayor: X left the post and is the predecessor, as
// with «پس از استعفای X».
func TestR25BEndOfWorkPredecessor(t *testing.T) {
	doc, err := File("made-up.txt", []byte("شهردار جدید\n\n"+
		"اعضای شورای اسلامی شهر یاسوج در جلسه‌ای که عصر روز گذشته برگزار شد، مهندس کیوان سپیدرود را به عنوان شهردار جدید این شهر برگزیدند.\n\n"+
		"به گفته رئیس شورا، پس از پایان همکاری بهمن آبرنگی‌فرد با شهرداری در مهرماه، ۱۱ داوطلب برنامه‌های خود را ارائه کردند.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ap := range doc.Appointments {
		if ap.Person == "کیوان سپیدرود" {
			found = true
			if ap.Predecessor != "بهمن آبرنگی‌فرد" {
				t.Errorf("predecessor %q, want the one whose work ended", ap.Predecessor)
			}
		}
	}
	if !found {
		t.Errorf("appointments %+v, want the new mayor's", doc.Appointments)
	}
}

// TestR25BDecreeGiverIsNoAppointee checks «X همچنین طی حکمی Y را به سمت R
// منصوب کرد» with Y a surname told alone that no rule reads as a name:
// the post is not given to X, the decree's giver; «Z R2 BODY2 را به عنوان
// R منصوب کرد», with Z's own post before «را», still gives Z the post.
func TestR25BDecreeGiverIsNoAppointee(t *testing.T) {
	_, apps, _ := r20bDoc(t, "انتصاب\n\n"+
		"مهندس کیوان سپیدرود مدیرعامل شرکت آب و فاضلاب استان فارس طی حکمی مهندس ژاله آذرمهر را به سمت معاون بهره برداری این شرکت منصوب کرد.\n\n"+
		"سپیدرود همچنین طی حکمی آبرنگی فرد را به سمت مدیر امور آب و فاضلاب شهرستان لار منصوب کرد.\n\n"+
		"همچنین اعضای شورای اسلامی شهر یاسوج، بهمن گلشن نایب‌رئیس شورا را به عنوان نماینده شورا در هیئت‌مدیره سازمان پارک‌های شهرداری یاسوج انتخاب کردند.\n")
	for _, a := range apps {
		if strings.HasPrefix(a, "کیوان سپیدرود | مدیر |") {
			t.Errorf("appointments %q, want no post for the decree's giver", apps)
		}
	}
	if !has(apps, "ژاله آذرمهر | معاون بهره برداری | شرکت آب و فاضلاب استان فارس") {
		t.Errorf("appointments %q, want the named appointee's post", apps)
	}
	found := false
	for _, a := range apps {
		found = found || strings.HasPrefix(a, "بهمن گلشن | نماینده")
	}
	if !found {
		t.Errorf("appointments %q, want the deputy chair's seat", apps)
	}
}
