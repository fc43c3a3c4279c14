package extract

import (
	"strings"
	"testing"
)

// TestR18aRespectivelyAfterAlso checks that «نیز» between a list of
// persons and «به ترتیب» keeps the list: each person holds the post in the
// same place.
func TestR18aRespectivelyAfterAlso(t *testing.T) {
	text := "در این نشست سخنانی ایراد شد.\n" +
		"دکتر کامران نیک‌فر و خانم مینا راد نیز به ترتیب رئیس دانشگاه فنی سمنان و رئیس دانشگاه هنر سمنان، گزارش کار خود را ارائه کردند."
	got := affiliationsOf(text)
	for _, w := range []string{
		"کامران نیک‌فر|رئیس|دانشگاه فنی سمنان",
		"مینا راد|رئیس|دانشگاه هنر سمنان",
	} {
		if !r18aHas(got, w) {
			t.Errorf("affiliations %q: want %q", got, w)
		}
	}
}

func r18aHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestR18aPluralDirectorsOfFields checks that «مدیران کل FIELD1 و FIELD2
// استان X» before a list of persons gives each person the directorate of
// the field in the same place, with or without «به ترتیب».
func TestR18aPluralDirectorsOfFields(t *testing.T) {
	for _, text := range []string{
		"مدیران کل منابع طبیعی و بهزیستی استان سمنان، به ترتیب کامران نیک‌فر و دکتر بهمن کیانی، نیز سخن گفتند.",
		"مدیران کل منابع طبیعی و بهزیستی استان سمنان، کامران نیک‌فر و دکتر بهمن کیانی، نیز سخن گفتند.",
	} {
		got := affiliationsOf(text)
		want := []string{
			"کامران نیک‌فر|مدیرکل|اداره کل منابع طبیعی استان سمنان",
			"بهمن کیانی|مدیرکل|اداره کل بهزیستی استان سمنان",
		}
		if len(got) != len(want) || !r18aHas(got, want[0]) || !r18aHas(got, want[1]) {
			t.Errorf("%s: affiliations %q, want %q", text, got, want)
		}
	}
}

// TestR18aBranchNumberedInWords checks that a numbered branch with its
// number written as a word («شعبه دو تأمین اجتماعی X») is a body, as
// with a digit.
func TestR18aBranchNumberedInWords(t *testing.T) {
	for _, n := range []string{"یک", "دو"} {
		text := "کامران نیک‌فر، رئیس شعبه " + n + " تأمین اجتماعی سمنان گفت کار آغاز شد."
		want := "کامران نیک‌فر|رئیس|شعبه " + n + " تأمین اجتماعی سمنان"
		if got := affiliationsOf(text); !r18aHas(got, want) {
			t.Errorf("affiliations %q, want %q", got, want)
		}
	}
}

// TestR18aChargeDatedBeforeDecree checks «مسئولیت BODY از روز شنبه ۱۰ آذر
// با حکم Z به X سپرده شد»: the date between the body and the decree keeps
// the charge.
func TestR18aChargeDatedBeforeDecree(t *testing.T) {
	text := "مسئولیت اداره ورزش و جوانان شهرستان رامسر از روز شنبه ۱۰ آذر با حکم نیک‌فر به سارا مقدم سپرده شد."
	want := "سارا مقدم|رئیس|اداره ورزش و جوانان شهرستان رامسر|"
	if got := appointmentsOf(text); !r18aHas(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR18aReplacesNotInLaterPost checks that «الف جایگزین ب شد» after
// الف's own appointment is not read in a post the report names only later,
// for another person's change.
func TestR18aReplacesNotInLaterPost(t *testing.T) {
	text := "تودیع و معارفه در سمنان برگزار شد.\n" +
		"سارا مقدم با حکم مدیرکل بهزیستی استان سرپرست اداره بهزیستی شهرستان دامغان شد و عصر دیروز در آیینی با حضور بهرام طاهری فرماندار دامغان معرفی شد. مقدم جایگزین بهمن کیانی شد که بازنشسته شده است.\n" +
		"در خبری دیگر، مسئولیت شعبه دو تأمین اجتماعی سمنان با حکم نیک‌فر به کامران راد سپرده شد. رئیس جدید شعبه دو تأمین اجتماعی سمنان پیش از این معاون همین شعبه بود."
	for _, g := range appointmentsOf(text) {
		if strings.Contains(strings.SplitN(g, "|", 2)[0], "مقدم") && strings.Contains(g, "شعبه") {
			t.Errorf("appointments %q: سارا مقدم is given the branch", appointmentsOf(text))
		}
	}
}

// TestR18aOnBehalfIsNoPost checks that «X به نمایندگی از R BODY» gives X
// no post «نماینده R»: standing for the head in an event is none, and a
// post of X's own told before the name stays his.
func TestR18aOnBehalfIsNoPost(t *testing.T) {
	got := affiliationsOf("در این نشست بهرام طاهری به نمایندگی از وزیر نیرو حضور داشت.")
	if len(got) != 0 {
		t.Errorf("affiliations %q, want none", got)
	}
	got = affiliationsOf("در این نشست معاون وزیر نیرو، بهرام طاهری، به نمایندگی از وزیر نیرو حضور داشت.")
	if !r18aHas(got, "بهرام طاهری|معاون وزیر|وزارت نیرو") || len(got) != 1 {
		t.Errorf("affiliations %q, want only his own post", got)
	}
}

// TestR18aOnBehalfDeputy checks «جلسه ... با حضور معاون R2 BODY برگزار
// شد. X به نمایندگی از HEAD BODY ...»: X, with no post of his own told,
// is the deputy named before; and nobody when two such deputies are named.
func TestR18aOnBehalfDeputy(t *testing.T) {
	lead := "جلسه شورای آب استان سمنان صبح امروز با حضور معاون برنامه‌ریزی وزارت نیرو در سمنان برگزار شد.\n"
	got := affiliationsOf(lead + "در این جلسه بهرام طاهری به نمایندگی از وزیر نیرو سخن گفت.")
	if want := "بهرام طاهری|معاون برنامه‌ریزی|وزارت نیرو"; !r18aHas(got, want) {
		t.Errorf("affiliations %q, want %q", got, want)
	}
	two := "جلسه شورای آب استان سمنان صبح امروز با حضور معاون برنامه‌ریزی وزارت نیرو و معاون امور برق وزارت نیرو در سمنان برگزار شد.\n"
	if got := affiliationsOf(two + "در این جلسه بهرام طاهری به نمایندگی از وزیر نیرو سخن گفت."); len(got) != 0 {
		t.Errorf("affiliations %q, want none (two deputies)", got)
	}
}

// TestR18aStandInAtEvent checks that one who stood in for a head («X به
// نمایندگی از وزیر نیرو») is the «نماینده وزیر نیرو» present at a later
// event, though the stand-in is no post of his.
func TestR18aStandInAtEvent(t *testing.T) {
	text := "نشست شورای آب سمنان\n\n۲۴ مهر ۱۴۰۳ ۱۱:۲۰\n\n" +
		"به گزارش خبرنگار ما، نشست شورای آب استان سمنان صبح امروز برگزار شد و بهرام طاهری به نمایندگی از وزیر نیرو، تحقیقات و فناوری آب در آن سخن گفت.\n\n" +
		"عصر همان روز تصفیه‌خانه آب شهر دامغان با حضور نماینده وزیر نیرو افتتاح شد.\n"
	checkEventSummaries(t, []struct {
		name, text string
		want       []string
	}{
		{"stand-in at a later opening", text, []string{"meeting 2024-10-15: بهرام طاهری", "opening 2024-10-15: بهرام طاهری"}},
	})
}

// TestR18aFixedPairInPost checks that a fixed «A و B» pair inside a post's
// words («معاون حمل و نقل و ترافیک») keeps the post going to its body.
func TestR18aFixedPairInPost(t *testing.T) {
	for _, text := range []string{
		"کامران نیک‌فر معاون حمل و نقل و ترافیک شهرداری سمنان از پروژه بازدید کرد.",
		"کامران نیک‌فر، معاون حمل و نقل و ترافیک شهرداری سمنان، از پروژه بازدید کرد.",
	} {
		want := "کامران نیک‌فر|معاون حمل و نقل و ترافیک|شهرداری سمنان"
		if got := affiliationsOf(text); !r18aHas(got, want) {
			t.Errorf("%s: affiliations %q, want %q", text, got, want)
		}
	}
}

// TestR18aRelativeBecame checks the post a relative clause after a name
// says the person became («X که دیروز (با حکم R) سرپرست BODY شده است،
// معرفی شد»), and no post for one held before («که پیش از این R بود») or
// for «شده بود».
func TestR18aRelativeBecame(t *testing.T) {
	for _, text := range []string{
		"در این نشست، کامران نیک‌فر که روز گذشته با حکم استاندار سمنان سرپرست بخشداری امیریه شده است، معرفی شد.",
		"کامران نیک‌فر که دیروز سرپرست بخشداری امیریه شد، معرفی شد.",
	} {
		want := "کامران نیک‌فر|سرپرست|بخشداری امیریه|"
		if got := appointmentsOf(text); !r18aHas(got, want) {
			t.Errorf("%s: appointments %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		"کامران نیک‌فر که پیش از این سرپرست بخشداری امیریه بود، سخن گفت.",
		"کامران نیک‌فر که سال گذشته سرپرست بخشداری امیریه شده بود، سخن گفت.",
	} {
		if got := appointmentsOf(text); len(got) != 0 {
			t.Errorf("%s: appointments %q, want none", text, got)
		}
	}
}

// TestR18aFromTodayPredicate checks «الف (نیز) از امروز R BODY شد»: the
// time between the subject and the post keeps the appointment.
func TestR18aFromTodayPredicate(t *testing.T) {
	for _, text := range []string{
		"خانم سارا مقدم از امروز معاون گردشگری اداره کل میراث فرهنگی استان سمنان شد.",
		"با حکم نیک‌فر، سارا مقدم نیز از امروز شنبه معاون گردشگری اداره کل میراث فرهنگی استان سمنان شد.",
	} {
		want := "سارا مقدم|معاون گردشگری|اداره کل میراث فرهنگی استان سمنان|"
		if got := appointmentsOf(text); !r18aHas(got, want) {
			t.Errorf("%s: appointments %q, want %q", text, got, want)
		}
	}
}

// TestR18aDecreedChargeAlsoNewTitle checks «مسئولیت BODY نیز از امروز با
// حکم Z به X سپرده شد» with the new holder called «رئیس جدید BODY» after:
// the «نیز» and the date before the decree keep the charge, and X is the
// body's رئیس.
func TestR18aDecreedChargeAlsoNewTitle(t *testing.T) {
	text := "مسئولیت مرکز آموزش اتاق بازرگانی سمنان نیز از امروز شنبه با حکم نیک‌فر به خانم سارا مقدم سپرده شد. رئیس جدید مرکز آموزش اتاق بازرگانی سمنان پیش از این کارشناس همین مرکز بود."
	want := "سارا مقدم|رئیس|مرکز آموزش اتاق بازرگانی سمنان|"
	if got := appointmentsOf(text); !r18aHas(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR18aRecentlyBecame checks «الف (نیز) (که ... بر عهده داشت،) اخیراً
// R BODY شده است»: «نیز» before the relative clause and the adverb of a
// recent change before the post keep the appointment.
func TestR18aRecentlyBecame(t *testing.T) {
	for _, text := range []string{
		"بهرام نیک‌فر نیز که چهار سال مدیریت اوقاف سمنان را بر عهده داشت، اخیراً مدیرکل اوقاف و امور خیریه استان قم شده است.",
		"بهرام نیک‌فر اخیراً مدیرکل اوقاف و امور خیریه استان قم شده است.",
	} {
		want := "بهرام نیک‌فر|مدیرکل|اداره کل اوقاف و امور خیریه استان قم|"
		if got := appointmentsOf(text); !r18aHas(got, want) {
			t.Errorf("%s: appointments %q, want %q", text, got, want)
		}
	}
}

// TestR18aNamedDecreeIssuer checks «الف با حکم دکتر ب، مدیرکل X، سرپرست
// اداره Y شد»: الف becomes the head of Y, and ب, who issues the decree,
// is no appointee.
func TestR18aNamedDecreeIssuer(t *testing.T) {
	text := "مهندس کامران نیک‌فر با حکم دکتر بهرام طاهری، مدیرکل منابع طبیعی و آبخیزداری استان سمنان، سرپرست اداره منابع طبیعی و آبخیزداری شهرستان دامغان شد."
	got := appointmentsOf(text)
	want := []string{"کامران نیک‌فر|سرپرست|اداره منابع طبیعی و آبخیزداری شهرستان دامغان|"}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR18aIssuerHoldsNoPredicate checks «الف با حکم ب سرپرست اداره X شد»:
// the post before «شد» is the subject's, not the issuer's told before it.
func TestR18aIssuerHoldsNoPredicate(t *testing.T) {
	text := "کامران نیک‌فر با حکم بهرام طاهری سرپرست اداره منابع طبیعی شهرستان دامغان شد."
	for _, g := range affiliationsOf(text) {
		if strings.HasPrefix(g, "بهرام طاهری|") {
			t.Errorf("affiliations %q: the issuer holds the post", affiliationsOf(text))
		}
	}
}

// TestR18aPostAndNameListed checks «مدیرکل میراث فرهنگی و الف بازدید
// کردند»: a post ending in «و» right before a name is another person of
// the list, not الف's post.
func TestR18aPostAndNameListed(t *testing.T) {
	text := "کامران نیک‌فر معاون وزارت میراث فرهنگی، گردشگری و صنایع‌دستی در سمنان بود.\n" +
		"مدیرکل میراث فرهنگی و نیک‌فر عصر همان روز از بازار سمنان بازدید کردند."
	for _, g := range affiliationsOf(text) {
		if strings.Contains(g, "|مدیرکل|") {
			t.Errorf("affiliations %q: the post listed before نیک‌فر is given to him", affiliationsOf(text))
		}
	}
}

// TestR18aReplacedInOwnPost checks that «الف جایگزین ب شد» after الف's own
// appointment with ب as predecessor gives no second appointment in the
// report's main post.
func TestR18aReplacedInOwnPost(t *testing.T) {
	text := "آیین تودیع و معارفه مدیرکل میراث فرهنگی استان سمنان برگزار شد\n\n" +
		"در این آیین بهرام طاهری به عنوان مدیرکل جدید میراث فرهنگی استان سمنان معرفی شد.\n" +
		"همچنین در این آیین، حکم مهندس کامران نیک‌فر به عنوان سرپرست اداره میراث فرهنگی شهرستان دامغان از سوی مدیرکل جدید به وی ابلاغ شد. نیک‌فر جایگزین سارا مقدم شد که بازنشسته شده است."
	for _, g := range appointmentsOf(text) {
		if strings.Contains(strings.SplitN(g, "|", 2)[0], "نیک‌فر") && !strings.Contains(g, "دامغان") {
			t.Errorf("appointments %q: نیک‌فر given the main post", appointmentsOf(text))
		}
	}
}

// TestR18aRespectivelyBodyLater checks «الف و ب به ترتیب به عنوان R1 و R2
// و ج به عنوان R3 BODY انتخاب شدند»: the bare posts are in the body the
// next post of the sentence names.
func TestR18aRespectivelyBodyLater(t *testing.T) {
	text := "همچنین کامران نیک‌فر و سارا مقدم به ترتیب به عنوان نایب‌رئیس اول و نایب‌رئیس دوم و بهرام طاهری به عنوان خزانه‌دار اتاق بازرگانی سمنان انتخاب شدند."
	got := appointmentsOf(text)
	for _, w := range []string{
		"کامران نیک‌فر|نایب‌رئیس اول|اتاق بازرگانی سمنان|",
		"سارا مقدم|نایب‌رئیس دوم|اتاق بازرگانی سمنان|",
	} {
		if !r18aHas(got, w) {
			t.Errorf("appointments %q, want %q", got, w)
		}
	}
}

// TestR18aReplacesInOwnPredicate checks «X از روز شنبه هفتم آذر سرپرست BODY
// شد و جایگزین Y شد» in a handover report of BODY's head: X replaces Y as
// the سرپرست the sentence names, not in the headline's post.
func TestR18aReplacesInOwnPredicate(t *testing.T) {
	text := "آیین تودیع و معارفه مدیرکل امور مالیاتی استان سمنان برگزار شد\n\n" +
		"با حکم رئیس کل سازمان امور مالیاتی کشور، دکتر کامران نیک‌فر از روز شنبه هفتم آذر سرپرست اداره کل امور مالیاتی استان سمنان شد و جایگزین دکتر بهرام طاهری شد."
	got := appointmentsOf(text)
	want := []string{"کامران نیک‌فر|سرپرست|اداره کل امور مالیاتی استان سمنان|بهرام طاهری"}
	if len(got) != 1 || got[0] != want[0] {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR18aOrdinalDayBeforePredicate checks a date with its day written as
// an ordinal word («از روز شنبه هفتم آذر») between a subject and its post.
func TestR18aOrdinalDayBeforePredicate(t *testing.T) {
	text := "دکتر کامران نیک‌فر از روز شنبه هفتم آذر سرپرست اداره کل امور مالیاتی استان سمنان شد."
	want := "کامران نیک‌فر|سرپرست|اداره کل امور مالیاتی استان سمنان|"
	if got := appointmentsOf(text); !r18aHas(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}
