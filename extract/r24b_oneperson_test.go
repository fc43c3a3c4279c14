package extract

import "testing"

// TestR24BNisbaSurnameAlone checks a surname ending in «ه‌ای» with its
// non-joiner typed (a place's nisba), told alone after the full name: it
// still names its person, so the new post of the sentence is his, not
// the speaker's.
func TestR24BNisbaSurnameAlone(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "معرفی مدیر جدید\n\n"+
		"آیین معارفه مدیر شرکت گاز شهرستان نیکدشت صبح امروز با حضور مهندس بهمن آبرنگی‌فرد، مدیرعامل شرکت گاز استان فارس برگزار شد و از زحمات مهندس کیوان سپیدرود‌ساوه‌ای قدردانی شد.\n\n"+
		"آبرنگی‌فرد در این مراسم گفت: سپیدرود‌ساوه‌ای از این پس به عنوان معاون بهره‌برداری شرکت گاز استان فارس خدمت خواهد کرد.\n")
	if !has(affs, "کیوان سپیدرود‌ساوه‌ای | معاون بهره‌برداری | شرکت گاز استان فارس") {
		t.Errorf("affiliations %q, want the thanked manager's new post", affs)
	}
	if has(affs, "بهمن آبرنگی‌فرد | معاون بهره‌برداری | شرکت گاز استان فارس") {
		t.Errorf("affiliations %q, want no new post for the speaker", affs)
	}
	_ = apps
}

// TestR24BPostsBeforeStatingClause checks «X نیز در این مراسم سخن گفت.
// R BODY و نماینده BODY2 در این هیئت، با بیان اینکه ...، گفت: ...»: the
// posts opening the next sentence, before a «با بیان اینکه» clause, are
// the speaker's; the representation «در این هیئت» is no post of its own.
func TestR24BPostsBeforeStatingClause(t *testing.T) {
	affs, _, _ := r20bDoc(t, "افتتاح اسکله\n\n"+
		"آیین افتتاح اسکله جدید بندر دیلم صبح امروز با حضور بهمن آبرنگی‌فرد، مدیرکل بنادر و دریانوردی استان بوشهر برگزار شد.\n\n"+
		"مهندس کیوان سپیدرود نیز در این مراسم سخن گفت. عضو هیئت‌مدیره شرکت کشتیرانی خلیج فارس و نماینده سازمان بنادر و دریانوردی در این هیئت، با بیان اینکه نیمی از بار استان از این اسکله می‌گذرد و ظرفیت آن دو برابر می‌شود، گفت: «کار تازه‌ای آغاز شده است.»\n")
	if !has(affs, "کیوان سپیدرود | عضو هیئت‌مدیره | شرکت کشتیرانی خلیج فارس") {
		t.Errorf("affiliations %q, want the speaker's board seat", affs)
	}
	if has(affs, "کیوان سپیدرود | نماینده | سازمان بنادر و دریانوردی") {
		t.Errorf("affiliations %q, want no post for whom he stands for in the board", affs)
	}
}

// TestR24BCommonGivenAppointee checks a given name that is also a common
// word («امید») in a decree's appointee slot, «X Y را به سمت R منصوب کرد»:
// the name is a person and the post is his, not the decree-giver's.
func TestR24BCommonGivenAppointee(t *testing.T) {
	_, apps, _ := r20bDoc(t, "انتصاب\n\n"+
		"کیوان شب‌افروز، مدیرکل ورزش و جوانان استان فارس، روز گذشته طی حکمی امید تابنده را به سمت سرپرست هیئت شنای استان فارس منصوب کرد.\n")
	if !has(apps, "امید تابنده | سرپرست | هیئت شنای استان فارس") {
		t.Errorf("appointments %q, want the appointee's", apps)
	}
	if has(apps, "کیوان شب‌افروز | سرپرست | هیئت شنای استان فارس") {
		t.Errorf("appointments %q, want none for the decree-giver", apps)
	}
}

// TestR24BPostTakenAgain checks «الف بار دیگر R BODY شد»: a post taken
// once more is an appointment, as without the adverb.
func TestR24BPostTakenAgain(t *testing.T) {
	for _, again := range []string{"بار دیگر"} {
		_, apps, _ := r20bDoc(t, "انتخابات هیئت‌رئیسه\n\n"+
			"در جلسه امروز شورای اسلامی شهر یاسوج، کیوان شب‌افروز "+again+" رئیس شورای اسلامی شهر یاسوج شد.\n")
		if !has(apps, "کیوان شب‌افروز | رئیس | شورای اسلامی شهر یاسوج") {
			t.Errorf("%s: appointments %q, want the head re-elected", again, apps)
		}
	}
}

// TestR24BDecreeReadInHandover checks a handover «آیین تودیع و معارفه R
// BODY» whose new holder is told only as «حکم X (که ... صادر شده بود،)
// قرائت شد»: X takes the ceremony's post, after the head thanked.
func TestR24BDecreeReadInHandover(t *testing.T) {
	for _, rel := range []string{"", " که یکشنبه ۸ آذر از سوی مدیرکل صادر شده بود،"} {
		_, apps, _ := r20bDoc(t, "معارفه\n\n"+
			"آیین تودیع و معارفه رئیس اداره میراث فرهنگی شهرستان اردکان صبح امروز با حضور کیوان شب‌افروز مدیرکل میراث فرهنگی استان یزد برگزار شد.\n\n"+
			"در این آیین، حکم نادر تابنده"+rel+" قرائت شد و از زحمات بهمن کاریزی، رئیس پیشین اداره، تقدیر شد.\n")
		if !has(apps, "نادر تابنده | رئیس | اداره میراث فرهنگی شهرستان اردکان") {
			t.Errorf("%q: appointments %q, want the one whose decree is read", rel, apps)
		}
	}
}

// TestR24BChargeOfThisBodyNotIssuers checks «الف با حکم R BODY2، سرپرستی
// این HEAD را بر عهده گرفت» after a report about «HEAD X»: «این HEAD» is
// the body the report is about, not the issuer's body of the same head.
func TestR24BChargeOfThisBodyNotIssuers(t *testing.T) {
	_, apps, _ := r20bDoc(t, "نشست ترخیص\n\n"+
		"نشست هماهنگی گمرک بندر آستارا صبح امروز با حضور فعالان اقتصادی برگزار شد.\n\n"+
		"کیوان شب‌افروز از هفته گذشته با حکم رئیس کل گمرک جمهوری اسلامی ایران سرپرستی این گمرک را بر عهده گرفته است.\n")
	if !has(apps, "کیوان شب‌افروز | سرپرست | گمرک بندر آستارا") {
		t.Errorf("appointments %q, want the charge of the port's customs house", apps)
	}
}

// TestR24BChargeTakenInstead checks «الف ... به جای ب که بازنشسته شده،
// سرپرستی این HEAD را بر عهده گرفته است»: the one replaced is the
// predecessor of the charge taken.
func TestR24BChargeTakenInstead(t *testing.T) {
	doc, err := File("made-up.txt", []byte("نشست ترخیص\n\n"+
		"نشست هماهنگی گمرک بندر آستارا صبح امروز با حضور فعالان اقتصادی برگزار شد.\n\n"+
		"کیوان شب‌افروز از هفته گذشته به جای بهمن کاریزی که بازنشسته شده، سرپرستی این گمرک را بر عهده گرفته است.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, ap := range doc.Appointments {
		if ap.Person == "کیوان شب‌افروز" && ap.Predecessor != "بهمن کاریزی" {
			t.Errorf("appointment %+v, want the one replaced as predecessor", ap)
		}
	}
	if len(doc.Appointments) == 0 {
		t.Errorf("no appointment, want the charge taken")
	}
}

// TestR24BGuestBareHeadOfReportBody checks a guest of a «با حضور» list
// told with a bare head post, «با حضور مهندس الف مدیرعامل، ب ...», after
// the sentence named the company the report is about: the post is the
// head of that company.
func TestR24BGuestBareHeadOfReportBody(t *testing.T) {
	affs, _, _ := r20bDoc(t, "معارفه\n\n"+
		"به گزارش روابط عمومی شرکت گاز استان سمنان، آیین معارفه معاون فنی این شرکت صبح امروز با حضور مهندس کیوان شب‌افروز مدیرعامل، بهمن کاریزی فرماندار سمنان و جمعی از مدیران برگزار شد.\n")
	if !has(affs, "کیوان شب‌افروز | مدیرعامل | شرکت گاز استان سمنان") {
		t.Errorf("affiliations %q, want the company's head", affs)
	}
}

// TestR24BPostOfHostNotGuests checks a sentence naming its subject and,
// after «با حضور», guests, then «R BODY با بیان اینکه ...، گفت:»: the post
// opening the next sentence is the subject's, not a guest's.
func TestR24BPostOfHostNotGuests(t *testing.T) {
	affs, _, _ := r20bDoc(t, "بازدید از بندر\n\n"+
		"به گزارش روابط عمومی اداره کل شیلات استان بوشهر، دکتر کیوان شب‌افروز صبح امروز در بازدید از بندر صیادنیا دیلم که با حضور بهمن کاریزی فرماندار دیلم و نادر تابنده انجام شد، از اسکله جدید بازدید کرد.\n\n"+
		"مدیرکل شیلات استان بوشهر با بیان اینکه لایروبی حوضچه بندر رو به پایان است، گفت: صیادان از ماه آینده از اسکله استفاده می‌کنند.\n")
	if !has(affs, "کیوان شب‌افروز | مدیرکل | اداره کل شیلات استان بوشهر") {
		t.Errorf("affiliations %q, want the host's post", affs)
	}
	if has(affs, "نادر تابنده | مدیرکل | اداره کل شیلات استان بوشهر") {
		t.Errorf("affiliations %q, want no post for a guest", affs)
	}
}
