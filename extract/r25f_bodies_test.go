package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR25FDepartmentPostWithPreposition checks a department's head placed
// in a post whose field takes a preposition («مبارزه با»، «حمایت از»)
// before the parent body: the post goes on past the preposition, and the
// body is the parent named at its end (the deputyship), not the field's
// first words cut at «با».
func TestR25FDepartmentPostWithPreposition(t *testing.T) {
	affs, apps, bodies := r20bDoc(t, "معرفی مدیران جدید\n\n"+
		"به گزارش روابط عمومی دانشگاه علوم پزشکی سمنان، دکتر کوروش بیابانکی‌نژاد با حکم رئیس دانشگاه به سمت مدیر گروه مبارزه با بیماری‌های واگیر معاونت بهداشت دانشگاه علوم پزشکی سمنان منصوب شد.\n")
	want := "کوروش بیابانکی‌نژاد | مدیر گروه مبارزه با بیماری‌های واگیر | معاونت بهداشت دانشگاه علوم پزشکی سمنان"
	if !has(apps, want) {
		t.Errorf("appointments %q, want «%s»", apps, want)
	}
	if !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
	if slices.ContainsFunc(bodies, func(b string) bool { return strings.HasPrefix(b, "گروه") }) {
		t.Errorf("bodies %q, want no department cut at its preposition", bodies)
	}
}

// TestR25FDepartmentPostFromNow checks «X از این پس مدیر گروه F معاونت Y
// خواهد بود»: a post one is placed in, like «به سمت ... منصوب شد», whose
// body is the parent named at its end; the same words give no second post
// «مدیر گروه» of a department «گروه F معاونت Y».
func TestR25FDepartmentPostFromNow(t *testing.T) {
	affs, apps, bodies := r20bDoc(t, "تودیع رئیس شبکه\n\n"+
		"به گزارش روابط عمومی دانشگاه علوم پزشکی سمنان، آیین تودیع رئیس شبکه بهداشت و درمان شهرستان گرمسار امروز برگزار شد و از زحمات دکتر کوروش بیابانکی‌نژاد قدردانی شد. "+
		"بیابانکی‌نژاد از این پس مدیر گروه حمایت از سلامت خانواده معاونت بهداشت دانشگاه علوم پزشکی سمنان خواهد بود.\n")
	want := "کوروش بیابانکی‌نژاد | مدیر گروه حمایت از سلامت خانواده | معاونت بهداشت دانشگاه علوم پزشکی سمنان"
	if !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
	if !has(apps, want) {
		t.Errorf("appointments %q, want «%s»", apps, want)
	}
	for _, list := range [][]string{affs, apps, bodies} {
		if slices.ContainsFunc(list, func(b string) bool { return strings.Contains(b, "| گروه") || strings.HasPrefix(b, "گروه") }) {
			t.Errorf("%q, want no department read as a body of its own", list)
		}
	}
}

// TestR25FBareDirectorateBeforeService checks «از این پس به عنوان معاون
// F اداره کل خدمت خواهد کرد» in a report of a county office under the
// directorate general: the bare «اداره کل» before the noun of serving is
// the directorate named before, not the county's office («اداره X»)
// named last.
func TestR25FBareDirectorateBeforeService(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معارفه رئیس اداره\n\n"+
		"به گزارش خبرنگار ما، با حکم مدیرکل منابع طبیعی و آبخیزداری استان سمنان، کاوه گرمساری‌پور به عنوان رئیس اداره منابع طبیعی و آبخیزداری شهرستان دامغان معرفی و از زحمات سهراب کویری‌نسب تقدیر شد. "+
		"مدیرکل گفت: کویری‌نسب از این پس به عنوان معاون آبخیزداری اداره کل خدمت خواهد کرد.\n")
	want := "سهراب کویری‌نسب | معاون آبخیزداری | اداره کل منابع طبیعی و آبخیزداری استان سمنان"
	if !has(apps, want) {
		t.Errorf("appointments %q, want «%s»", apps, want)
	}
}

// TestR25FProvinceWordOfDirectorate checks a directorate general told by
// its head's post with the field and the province only («مدیرکل F
// X»): it is named in full with «استان» before the province, unless the
// page names the short form as a body itself; a directorate of the
// governorate keeps its words.
func TestR25FProvinceWordOfDirectorate(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست شورای اداری\n\n"+
		"به گزارش خبرنگار ما، نشست شورای اداری استان امروز برگزار شد و مهندس کاوه رشتی‌نژاد مدیرکل بهزیستی گیلان و دکتر سارا لاهیجی‌پور، مدیرکل مدیریت بحران استانداری گیلان، در آن سخن گفتند.\n")
	for _, want := range []string{
		"کاوه رشتی‌نژاد | مدیرکل | اداره کل بهزیستی استان گیلان",
		"سارا لاهیجی‌پور | مدیرکل | اداره کل مدیریت بحران استانداری گیلان",
	} {
		if !has(affs, want) {
			t.Errorf("affiliations %q, want «%s»", affs, want)
		}
	}
	affs, _, _ = r20bDoc(t, "افتتاح مرکز\n\n"+
		"به گزارش روابط عمومی اداره کل بهزیستی گیلان، مرکز جدید امروز افتتاح شد و مهندس کاوه رشتی‌نژاد مدیرکل بهزیستی گیلان در این آیین سخن گفت.\n")
	if want := "کاوه رشتی‌نژاد | مدیرکل | اداره کل بهزیستی گیلان"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s» as the page names it", affs, want)
	}
}

// TestR25FBareDistrictOfBody checks a post followed by a bare «ناحیه»
// («معاون پرورشی ناحیه») in a report of a body whose name holds the
// district («اداره آموزش و پرورش ناحیه ۲ X»): the post is that body's.
func TestR25FBareDistrictOfBody(t *testing.T) {
	affs, _, _ := r20bDoc(t, "گفت و گو با مدیر ناحیه\n\n"+
		"به گزارش خبرنگار ما، بهرام سپاهانی‌نژاد، مدیر اداره آموزش و پرورش ناحیه ۲ اصفهان، در گفت و گو با ما از مدارس جدید گفت.\n\n"+
		"سپاهانی‌نژاد گفت: از ابتدای مهر خانم نرگس زاینده‌رودی با حکم اینجانب معاون پرورشی ناحیه شده است.\n")
	if want := "نرگس زاینده‌رودی | معاون پرورشی | اداره آموزش و پرورش ناحیه ۲ اصفهان"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}

// TestR25FNamedOtherBodyOfNextPost checks an outgoing head whose next post
// names another body by its proper name («از این پس به عنوان مشاور
// مدیرعامل شرکت X ... فعالیت خواهد کرد»), in a report of a provincial
// company of the same head word: the post is in the body it names, not
// in the report's company.
func TestR25FNamedOtherBodyOfNextPost(t *testing.T) {
	_, apps, _ := r20bDoc(t, "معارفه مدیرعامل\n\n"+
		"به گزارش خبرنگار ما، آیین معارفه مدیرعامل شرکت گاز استان سمنان امروز برگزار شد و مهندس کامران شاهرودی‌فر جایگزین مهندس بیژن کویرنشین‌پور شد. "+
		"در این آیین مهندس هوشنگ البرزی‌نیا، مدیرعامل شرکت مپنا حضور داشت.\n\n"+
		"وی اعلام کرد که کویرنشین‌پور از این پس به عنوان مشاور مدیرعامل شرکت مپنا در امور بین‌الملل فعالیت خواهد کرد.\n")
	if want := "بیژن کویرنشین‌پور | مشاور مدیرعامل | شرکت مپنا"; !has(apps, want) {
		t.Errorf("appointments %q, want «%s»", apps, want)
	}
}

// TestR25FThisOfficeOfDirectorate checks «R این اداره» after a
// directorate general named in full («اداره کل X استان Y»): the one-word
// head is the first word of the directorate's, and the post is the
// directorate's.
func TestR25FThisOfficeOfDirectorate(t *testing.T) {
	affs, _, _ := r20bDoc(t, "شورای اداری استان\n\n"+
		"به گزارش خبرنگار ما، جلسه شورای اداری استان سمنان امروز برگزار شد. سپس نوبت به گزارش اداره کل هواشناسی استان سمنان رسید. "+
		"کیوان ابرپور، مدیرکل این اداره، گفت: بارش‌ها ادامه دارد.\n")
	if want := "کیوان ابرپور | مدیرکل | اداره کل هواشناسی استان سمنان"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}

// TestR25FHeadOfItBefore checks «BODY و R آن، X»: the post with «آن»
// after it is in the body named right before «و».
func TestR25FHeadOfItBefore(t *testing.T) {
	affs, _, _ := r20bDoc(t, "راه‌اندازی سامانه\n\n"+
		"به گزارش خبرنگار ما، این سامانه با همکاری بیمارستان شهید رجایی قزوین و رئیس آن، دکتر کامیار الموتی‌فر، راه‌اندازی شد.\n")
	if want := "کامیار الموتی‌فر | رئیس | بیمارستان شهید رجایی قزوین"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}

// TestR25FHeadlessCompanyAfterPost checks a company named once with its
// head («شرکت کاشی میبد», میبد a town) and then by its brand alone after a post:
// «معاون فروش کاشی میبد، X» and «X از این پس به عنوان مشاور عالی
// هیئت‌مدیره در کاشی میبد خدمت خواهد کرد» are posts in the company.
func TestR25FHeadlessCompanyAfterPost(t *testing.T) {
	affs, apps, _ := r20bDoc(t, "مدیرعامل جدید\n\n"+
		"به گزارش خبرنگار ما، مهندس بردیا سپیددشتی با رأی هیئت‌مدیره شرکت کاشی میبد به عنوان مدیرعامل این شرکت برگزیده شد و جانشین مهندس کامران زرین‌شهری شد. "+
		"رئیس هیئت‌مدیره گفت: زرین‌شهری از این پس به عنوان مشاور عالی هیئت‌مدیره در کاشی میبد خدمت خواهد کرد.\n\n"+
		"معاون فروش کاشی میبد، رامین گلپایگانی‌پور، در گفت‌وگو با خبرنگار ما گفت: صادرات افزایش یافته است.\n")
	if want := "کامران زرین‌شهری | مشاور عالی هیئت‌مدیره | شرکت کاشی میبد"; !has(apps, want) {
		t.Errorf("appointments %q, want «%s»", apps, want)
	}
	if want := "رامین گلپایگانی‌پور | معاون فروش | شرکت کاشی میبد"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}

// TestR25FShortCompanyAfterPost checks a company named long with its
// head («شرکت توزیع نیروی برق X») and then short without it after a post
// («معاون فنی توزیع برق X، Y»): the short words, first and last kept,
// name that company.
func TestR25FShortCompanyAfterPost(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نشست خبری\n\n"+
		"به گزارش خبرنگار ما، مدیرعامل شرکت توزیع نیروی برق کاشان، مهندس آرمان قمصری‌فر، امروز در نشست خبری گفت: شبکه نوسازی شد.\n\n"+
		"به گفته معاون فنی توزیع برق کاشان، بهرام نیاسری‌پور، که در این نشست حضور داشت، خاموشی‌ها کاهش یافته است.\n")
	if want := "بهرام نیاسری‌پور | معاون فنی | شرکت توزیع نیروی برق کاشان"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}

// TestR25FZoneAffairsUnit checks «مدیر امور برق منطقه سه X»: the manager
// heads the company's zone unit «امور برق منطقه سه X», not a «مدیریت
// امور برق ...».
func TestR25FZoneAffairsUnit(t *testing.T) {
	affs, _, _ := r20bDoc(t, "نوسازی شبکه\n\n"+
		"به گزارش خبرنگار ما، مهندس سپیده کرمانی‌راد، مدیر امور برق منطقه سه کرمان، گفت: شبکه محله نوسازی شد.\n")
	if want := "سپیده کرمانی‌راد | مدیر | امور برق منطقه سه کرمان"; !has(affs, want) {
		t.Errorf("affiliations %q, want «%s»", affs, want)
	}
}
