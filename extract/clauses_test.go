package extract

import (
	"strings"
	"testing"
)

// appointmentsOf returns the appointments of a made-up article as
// "person|role|body|predecessor" strings.
func appointmentsOf(text string) []string {
	a := analyze(text)
	var out []string
	for _, ap := range a.apps {
		pred := ""
		if ap.predecessor != nil {
			pred = ap.predecessor.name
		}
		out = append(out, ap.person.name+"|"+ap.role.role+"|"+ap.role.org+"|"+pred)
	}
	return out
}

// appointmentCases are the made-up sentences of each appointment
// construction, with the appointments they tell.
var appointmentCases = []appointmentCase{
	{"to the post by decree", "با حکم استاندار، بهرام نیکزاد به سمت فرماندار شهرستان نطنز منصوب شد.",
		[]string{"بهرام نیکزاد|فرماندار|فرمانداری شهرستان نطنز|"}},
	{"post as predicate", "در آیینی که دیروز برگزار شد، سارا مقدم سرپرست اداره ورزش و جوانان شهرستان رامسر شد.",
		[]string{"سارا مقدم|سرپرست|اداره ورزش و جوانان شهرستان رامسر|"}},
	{"past post is not new", "سارا مقدم که پیش از این سرپرست اداره ورزش و جوانان شهرستان رامسر شد، سخن گفت.", nil},
	{"replaces in a body", "سرهنگ پرویز تابان جایگزین سرهنگ منصور کیانی در فرمانداری شهرستان بم شد.",
		[]string{"پرویز تابان|فرماندار|فرمانداری شهرستان بم|منصور کیانی"}},
	{"kept in post", "در مجمع انتخاباتی، ناصر فرهمند با کسب ۱۲ رأی در سمت رئیس هیئت تنیس استان یزد ابقا شد.",
		[]string{"ناصر فرهمند|رئیس|هیئت تنیس استان یزد|"}},
	{"a list after a plural verb", "با حکم شهردار کرمان، مدیران مناطق ۲، ۵ و ۹ منصوب شدند: مهرداد سلیمی مدیر منطقه ۲، کامران فرزین مدیر منطقه ۵ و نادر امینی مدیر منطقه ۹.",
		[]string{"مهرداد سلیمی|مدیر|شهرداری منطقه 2 کرمان|", "کامران فرزین|مدیر|شهرداری منطقه 5 کرمان|", "نادر امینی|مدیر|شهرداری منطقه 9 کرمان|"}},
	{"a list of lines, post first", "با حکم شهردار یزد، مدیران جدید دو منطقه به شرح زیر منصوب شدند:\nمدیر منطقه ۱: مهرداد سلیمی\nمدیر منطقه ۳: کامران فرزین\nدر این حکم بر خدمت به مردم تاکید شد.",
		[]string{"مهرداد سلیمی|مدیر|شهرداری منطقه 1 یزد|", "کامران فرزین|مدیر|شهرداری منطقه 3 یزد|"}},
	{"a sentence after a list is not one of its lines", "برگزیدگان جشنواره معرفی شدند: زهرا نوری از دانشگاه شیراز و علی رستمی از دانشگاه صنعتی شیراز.\nدر این آیین رضا نیک‌فر، مدیرکل فرهنگ و ارشاد اسلامی استان فارس، گفت که جشنواره هر سال برگزار می‌شود.", nil},
	{"takes charge", "مهندس کامران فرزین سرپرستی اداره کل ورزش و جوانان استان یزد را بر عهده گرفت.",
		[]string{"کامران فرزین|سرپرست|اداره کل ورزش و جوانان استان یزد|"}},
	{"holds a charge is no appointment", "مهندس کامران فرزین سرپرستی اداره کل ورزش و جوانان استان یزد را برعهده دارد.", nil},
	{"a pronoun for the appointee", "کامران فرزین در جلسه هیئت‌مدیره شرکت فولاد سپید حاضر شد. وی با حکم رئیس هیئت‌مدیره به عنوان مدیرعامل شرکت فولاد سپید منصوب شد.",
		[]string{"کامران فرزین|مدیرعامل|شرکت فولاد سپید|"}},
	{"the decree of a named appointee", "حکم مهرداد سلیمی به عنوان مدیرکل دامپزشکی استان لرستان امضا شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل دامپزشکی استان لرستان|"}},
	{"the issuer after «با حکم» is not appointed", "با حکم مهرداد سلیمی به عنوان رئیس سازمان جهاد کشاورزی استان زنجان، کار آغاز شد.", nil},
	{"replaces in a body no role names", "مهرداد سلیمی جایگزین نادر امینی در شرکت آب منطقه‌ای سمنان شد.",
		[]string{"مهرداد سلیمی|مدیرعامل|شرکت آب منطقه‌ای سمنان|نادر امینی"}},
	{"introduced into the post the former holder left", "کامران فرزین، مدیرکل پیشین اداره کل ورزش استان یزد، در آیین معارفه مهرداد سلیمی حضور داشت.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|کامران فرزین"}},
	{"a title naming the appointment", "انتصاب کامران فرزین به سمت فرماندار شهرستان بافق",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان بافق|"}},
	{"a successor to a person", "مهرداد سلیمی جانشین نادر امینی در فرمانداری شهرستان بم شد.",
		[]string{"مهرداد سلیمی|فرماندار|فرمانداری شهرستان بم|نادر امینی"}},
	{"a quoted post", "با حکم استاندار، مهرداد سلیمی به عنوان «سرپرست» فرمانداری شهرستان بم منصوب شد.",
		[]string{"مهرداد سلیمی|سرپرست|فرمانداری شهرستان بم|"}},
	{"chosen by the post holder", "استاندار کرمان مهرداد سلیمی را به عنوان فرماندار شهرستان بم برگزید.",
		[]string{"مهرداد سلیمی|فرماندار|فرمانداری شهرستان بم|"}},
	{"a decree addressed to its appointee", "در متن این حکم آمده است: جناب آقای مهرداد سلیمی\nنظر به تعهد و تجارب ارزنده، به موجب این حکم به سمت مدیرکل اداره کل ثبت اسناد و املاک استان گیلان منصوب می‌شوید.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ثبت اسناد و املاک استان گیلان|"}},
	{"a replacement told after a relative clause", "امیر قاسمی به عنوان مدیرعامل شرکت گاز استان زنجان معرفی شد. قاسمی که پیش از این مدیر دیسپچینگ شرکت گاز استان قزوین بود، جایگزین حسن مرادی شد.",
		[]string{"امیر قاسمی|مدیرعامل|شرکت گاز استان زنجان|حسن مرادی"}},
	{"a replacement told of a pronoun", "با رأی اعضای شورای اسلامی شهر لاهیجان، پیمان رحیمی به عنوان شهردار لاهیجان انتخاب شد. وی جایگزین رضا توکلی شد.",
		[]string{"پیمان رحیمی|شهردار|شهرداری لاهیجان|رضا توکلی"}},
	{"«به این سمت» is not the speaker's post", "پیمان رحیمی به عنوان شهردار لاهیجان انتخاب شد. رئیس شورای اسلامی شهر لاهیجان گفت: رحیمی با کسب پنج رأی موافق به این سمت برگزیده شد.",
		[]string{"پیمان رحیمی|شهردار|شهرداری لاهیجان|"}},
	{"a resigned holder is the predecessor", "در پی استعفای رضا توکلی، پیمان رحیمی با کسب پنج رأی موافق به عنوان شهردار لاهیجان برگزیده شد.",
		[]string{"پیمان رحیمی|شهردار|شهرداری لاهیجان|رضا توکلی"}},
	{"a thanked holder is the predecessor of an introduction", "در این نشست، بهمن راد به عنوان رئیس اداره ورزش و جوانان شهرستان تفت معرفی شد و با اهدای لوح از تلاش‌های نادر امینی تقدیر به عمل آمد.",
		[]string{"بهمن راد|رئیس|اداره ورزش و جوانان شهرستان تفت|نادر امینی"}},
	{"coordinated posts, the second typed with its place", "به دنبال استعفای خانم لیلا صدری شهردارتفت، شورای شهر خانم مینا کاوه را بعنوان سرپرست و شهردارتفت برگزید.",
		[]string{"مینا کاوه|سرپرست|شهرداری تفت|لیلا صدری"}},
	{"respectively", "کامران فرزین و مهرداد سلیمی به ترتیب به عنوان فرماندار شهرستان تفت و فرماندار شهرستان مهریز منصوب شدند.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان تفت|", "مهرداد سلیمی|فرماندار|فرمانداری شهرستان مهریز|"}},
	{"two appointments in one sentence", "کامران فرزین به عنوان فرماندار شهرستان تفت و مهرداد سلیمی به عنوان فرماندار شهرستان مهریز منصوب شدند.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان تفت|", "مهرداد سلیمی|فرماندار|فرمانداری شهرستان مهریز|"}},
	{"a new holder in apposition", "کامران فرزین، فرماندار جدید شهرستان تفت، در نخستین جلسه شورای اداری گفت که طرح آغاز شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان تفت|"}},
	{"a new holder named after the post", "مدیرکل جدید اداره کل ورزش و جوانان استان یزد، مهرداد سلیمی، گفت که طرح آغاز شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش و جوانان استان یزد|"}},
	{"a holder not told as new is no appointment", "کامران فرزین، فرماندار شهرستان تفت، در جلسه شورای اداری گفت که طرح آغاز شد.", nil},
	{"the body named before in the sentence", "در نشستی در اداره کل ورزش و جوانان استان یزد، مهرداد سلیمی به عنوان مدیرکل جدید معرفی شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش و جوانان استان یزد|"}},
	{"a holder gave way to the appointee", "نادر امینی پس از چهار سال جای خود را به مهرداد سلیمی داد و سلیمی به عنوان مدیرعامل شرکت گاز استان یزد معرفی شد.",
		[]string{"سلیمی|مدیرعامل|شرکت گاز استان یزد|نادر امینی"}},
	{"a thanked holder named after the former post", "در این آیین مهرداد سلیمی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی و از زحمات مدیرکل سابق، کامران فرزین، قدردانی شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|کامران فرزین"}},
	{"a former holder named after the post", "در این آیین مهرداد سلیمی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد. مدیرکل پیشین این اداره کل، کامران فرزین، نیز گزارشی ارائه کرد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|کامران فرزین"}},
	{"a holder told to have held the post", "در این آیین مهرداد سلیمی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد. کامران فرزین که به مدت چهار سال مدیرکل این اداره کل بود، گزارشی ارائه کرد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|کامران فرزین"}},
	{"a guest is no predecessor", "در این آیین مهرداد سلیمی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد. کامران فرزین که به مدت چهار سال معاون این اداره کل بود، گزارشی ارائه کرد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|"}},
	{"a charge entrusted by an issuer", "مسئولیت اداره کل منابع طبیعی استان گلستان از سوی وزیر جهاد کشاورزی به مهرداد سلیمی سپرده شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل منابع طبیعی استان گلستان|"}},
	{"an acting post entrusted", "سرپرستی اداره کل منابع طبیعی استان گلستان به مهرداد سلیمی سپرده شد.",
		[]string{"مهرداد سلیمی|سرپرست|اداره کل منابع طبیعی استان گلستان|"}},
	{"a post with no place of its own, then the verb", "شورای اسلامی شهر کاشان در جلسه دیروز، مهرداد سلیمی را به عنوان شهردار انتخاب کرد.",
		[]string{"مهرداد سلیمی|شهردار|شهرداری کاشان|"}},
	{"«به‌سمت» typed as one word", "با حکم استاندار، مهرداد سلیمی به‌سمت فرماندار شهرستان تفت منصوب شد.",
		[]string{"مهرداد سلیمی|فرماندار|فرمانداری شهرستان تفت|"}},
	{"to the post by its noun", "دکتر مهرداد سلیمی با حکم وزیر بهداشت به سمت سرپرستی دانشگاه علوم پزشکی کرمان منصوب شد.",
		[]string{"مهرداد سلیمی|سرپرست|دانشگاه علوم پزشکی کرمان|"}},
	{"to a command named by its noun", "سرهنگ مهرداد سلیمی به سمت فرماندهی انتظامی شهرستان تفت منصوب شد.",
		[]string{"مهرداد سلیمی|فرمانده|فرماندهی انتظامی شهرستان تفت|"}},
	{"to a deputy's office of a body", "مهرداد سلیمی به عنوان معاونت عمرانی استانداری یزد منصوب شد.",
		[]string{"مهرداد سلیمی|معاون عمرانی|استانداری یزد|"}},
	{"to a post's noun and words, then its body", "مهرداد سلیمی به سمت مدیریت امور مالی بانک ملی استان یزد منصوب شد.",
		[]string{"مهرداد سلیمی|مدیر امور مالی|بانک ملی استان یزد|"}},
	{"a successor in this post", "با حکم استاندار، مهرداد سلیمی به سمت فرماندار شهرستان تفت منصوب شد. سلیمی جانشین نادر امینی در این سمت شد.",
		[]string{"مهرداد سلیمی|فرماندار|فرمانداری شهرستان تفت|نادر امینی"}},
	{"the holder named after the filled post", "با حکم استاندار یزد، فرماندار جدید شهرستان تفت منصوب شد. کامران فرزین پیش از این معاون عمرانی فرمانداری شهرستان مهریز بود.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان تفت|"}},
	{"the issuer named after the filled post is not its holder", "فرماندار جدید شهرستان تفت منصوب شد. مهرداد سلیمی، استاندار یزد، این حکم را صادر کرد.", nil},
	{"a decree of a post for its holder", "حکم سرپرستی اداره کل منابع طبیعی استان گلستان برای کامران فرزین صادر شد.",
		[]string{"کامران فرزین|سرپرست|اداره کل منابع طبیعی استان گلستان|"}},
	{"a decree of appointment to a post for its holder", "حکم انتصاب مدیرکل اداره کل ثبت اسناد و املاک استان گیلان برای مهرداد سلیمی صادر شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ثبت اسناد و املاک استان گیلان|"}},
	{"an issuer's decree for a person is no appointment to the issuer's post", "حکم استاندار گلستان برای کامران فرزین صادر شد.", nil},
	{"a thanked guest with a post of his own is no predecessor", "در این آیین مهرداد سلیمی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد و از کامران فرزین، رئیس دانشگاه یزد، به پاس میزبانی تقدیر شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش استان یزد|"}},
	{"a replacement in the post of the ceremony's title", "آیین تودیع و معارفه مدیرکل اداره کل ورزش و جوانان استان یزد برگزار شد.\nدر این آیین مهرداد سلیمی جایگزین کامران فرزین شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش و جوانان استان یزد|کامران فرزین"}},
	{"a new holder in the post of the ceremony's title, the outgoing one unnamed", "آیین تودیع و معارفه مدیرکل اداره کل ورزش و جوانان استان یزد برگزار شد.\nدر این آیین مهرداد سلیمی به عنوان مدیرکل جدید معرفی و از خدمات مدیرکل پیشین قدردانی شد.",
		[]string{"مهرداد سلیمی|مدیرکل|اداره کل ورزش و جوانان استان یزد|"}},
	{"to this post", "طی حکمی از سوی استاندار یزد، فرماندار جدید شهرستان ابرکوه منصوب شد. بر اساس این حکم، کامران فرزین به این سمت منصوب شد.",
		[]string{"کامران فرزین|فرماندار|فرمانداری شهرستان ابرکوه|"}},
}

// appointmentCase is a made-up text and the appointments it tells, as
// appointmentsOf gives them.
type appointmentCase struct {
	name, text string
	want       []string
}

// checkAppointmentCases runs each case as a subtest.
func checkAppointmentCases(t *testing.T, cases []appointmentCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := appointmentsOf(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}

// TestAppointmentClauses checks each appointment construction on made-up
// sentences.
func TestAppointmentClauses(t *testing.T) { checkAppointmentCases(t, appointmentCases) }

// affiliationsOf returns the affiliations of a made-up article as
// "person|role|body" strings.
func affiliationsOf(text string) []string {
	a := analyze(text)
	var out []string
	for _, af := range a.affs {
		out = append(out, af.person.name+"|"+af.role.role+"|"+af.role.org)
	}
	return out
}

// TestCoordinatedPosts checks that posts joined by «و» are read apart:
// two posts in one body, or two posts in two bodies after one name.
func TestCoordinatedPosts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two posts, one body", "مهندس کاوه شریفیان به عنوان رئیس هیئت‌مدیره و مدیرعامل شرکت فولاد کویر منصوب شد.",
			[]string{"کاوه شریفیان|رئیس هیئت‌مدیره|شرکت فولاد کویر|", "کاوه شریفیان|مدیرعامل|شرکت فولاد کویر|"}},
		{"two posts, two bodies", "در این آیین، بهمن یزدی، معاون وزیر نیرو و مدیرعامل شرکت مدیریت منابع آب ایران، سخن گفت.",
			[]string{"بهمن یزدی|معاون وزیر|وزارت نیرو", "بهمن یزدی|مدیرعامل|شرکت مدیریت منابع آب ایران"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			if tc.name == "two posts, one body" {
				a := analyze(tc.text)
				for _, ap := range a.apps {
					got = append(got, ap.person.name+"|"+ap.role.role+"|"+ap.role.org+"|")
				}
				if len(got) != 1 || got[0] != tc.want[0] && got[0] != tc.want[1] {
					t.Errorf("appointments %q, want one in شرکت فولاد کویر", got)
				}
				return
			}
			got = affiliationsOf(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}

// TestBodyBoundaries checks that a light verb and the noun of a compound
// verb end a body's name, and that a number after منطقه is part of it.
func TestBodyBoundaries(t *testing.T) {
	tests := []struct{ text, want string }{
		{"این قرارداد را شرکت ملی پخش فرآورده‌های نفتی امضا کرد.", "شرکت ملی پخش فرآورده‌های نفتی"},
		{"تفاهم‌نامه به امضای رئیس دانشگاه صنعتی سهند رسید.", "دانشگاه صنعتی سهند"},
		{"شهرداری منطقه ۷ اعلام کرد.", "شهرداری منطقه ۷"},
		{"از زندان مرکزی تبریز بازدید شد.", "زندان مرکزی تبریز"},
		{"مدیر دفتر ایسنا در گیلان گفت.", "دفتر ایسنا در گیلان"},
		{"حکمی که از سوی فدراسیون تنیس صادر شده بود، اعطا شد.", "فدراسیون تنیس"},
	}
	checkFirstBody(t, tests)
}

// TestOutlets checks datelines: an outlet named after «به گزارش» or after
// «خبرنگار», with «از» and the city after it.
func TestOutlets(t *testing.T) {
	tests := []struct{ text, want string }{
		{"به گزارش خبرنگار برنا از یزد، جلسه برگزار شد.", "برنا"},
		{"به گزارش خبرنگار اقتصادی خبرگزاری تسنیم از کرمان، جلسه برگزار شد.", "خبرگزاری تسنیم"},
		{"به گزارش خبرنگار فارس از ارومیه، جلسه برگزار شد.", "فارس"},
		{"به گزارش ایسنا از بوشهر، جلسه برگزار شد.", "ایسنا"},
		{"در بیمارستان محلی جلسه برگزار شد.", ""},
	}
	checkFirstBody(t, tests)
}

// TestPredecessorLater checks «X جایگزین Y شده است» after X's appointment,
// names in the «...الدین» pattern, and a surname that is also a county.
func TestPredecessorLater(t *testing.T) {
	got := appointmentsOf("با حکم وزیر نیرو، منصور کیانفر به سمت مدیرعامل شرکت توزیع برق استان یزد منصوب شد. کیانفر جایگزین صدرالدین فرزانگان شده است.")
	want := "منصور کیانفر|مدیرعامل|شرکت توزیع برق استان یزد|صدرالدین فرزانگان"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
	a := analyze("در این جلسه منصور دشتی، مدیرکل بنادر استان بوشهر، سخن گفت.")
	if len(a.persons) != 1 || a.persons[0].name != "منصور دشتی" {
		t.Errorf("a surname that is also a county: persons %+v", a.persons)
	}
}

// TestThisCounty checks that «این شهرستان» is the county named just
// before, not the article's main city.
func TestThisCounty(t *testing.T) {
	text := "دادستان شهر یزد گفت. دادستان شهر یزد افزود. در آیین معارفه دادستان شهرستان میبد، حسن نوری دادستان این شهرستان شد."
	got := appointmentsOf(text)
	if len(got) != 1 || got[0] != "حسن نوری|دادستان|دادسرای شهرستان میبد|" {
		t.Errorf("got %q", got)
	}
}

// TestDecreeAndChargeClauses checks the appointee named in a decree, in a
// ceremony's title, and in «مسئولیت ... به X سپرده شد».
func TestDecreeAndChargeClauses(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"decree handed", "در این مراسم حکم انتصاب ساسان کیانی، مدیرکل جدید بنیاد مسکن استان ایلام، اعطا شد.",
			"ساسان کیانی|مدیرکل|بنیاد مسکن استان ایلام|"},
		{"ceremony title", "آیین معارفه ساسان کیانی، سرپرست جدید بنیاد مسکن استان ایلام برگزار شد.",
			"ساسان کیانی|سرپرست|بنیاد مسکن استان ایلام|"},
		{"charge entrusted", "مسئولیت بنیاد مسکن استان ایلام به ساسان کیانی سپرده شد.",
			"ساسان کیانی|مسئول|بنیاد مسکن استان ایلام|"},
	}
	for _, tc := range tests {
		got := appointmentsOf(tc.text)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSurnameWithoutNonJoiner checks a surname in «ه‌ای» typed without
// its non-joiner.
func TestSurnameWithoutNonJoiner(t *testing.T) {
	a := analyze("در این جلسه بهرام قلعهای، مدیرکل بنادر استان بوشهر، سخن گفت.")
	if len(a.persons) != 1 || a.persons[0].name != "بهرام قلعهای" {
		t.Errorf("persons %+v", a.persons)
	}
}

// TestFixedExpressions checks that «علی رغم» and «حسن نیت» are no persons.
func TestFixedExpressions(t *testing.T) {
	for _, text := range []string{"علی رغم مشکلات، کار ادامه یافت.", "با حسن نیت همکاری کردند."} {
		if a := analyze(text); len(a.persons) != 0 {
			t.Errorf("%s: persons %+v", text, a.persons)
		}
	}
}

// TestIssuerPost checks that the post of a decree's issuer («با حکم وزیر
// نیرو، X») is not the appointee's.
func TestIssuerPost(t *testing.T) {
	got := affiliationsOf("با حکم وزیر نیرو، بهرام نیکزاد به سمت مدیرعامل شرکت آب منطقه‌ای یزد منصوب شد.")
	for _, g := range got {
		if strings.Contains(g, "وزارت نیرو") {
			t.Errorf("affiliations %q give the issuer's post to the appointee", got)
		}
	}
}

// TestAcronymJoinsLongForm checks that «آبفای استان X» is a form of «شرکت
// آب و فاضلاب استان X» when the file names the long form.
func TestAcronymJoinsLongForm(t *testing.T) {
	doc, err := File("a.txt", []byte("کاوه نیکنام به عنوان مدیرعامل شرکت آب و فاضلاب استان یزد معرفی شد. نیکنام گفت: آبفای استان یزد آماده است.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if o.Name == "آبفای استان یزد" {
			t.Errorf("the acronym is a body of its own: %+v", doc.Organizations)
		}
		if o.Name == "شرکت آب و فاضلاب استان یزد" && (len(o.Aliases) != 1 || o.Aliases[0] != "آبفای استان یزد") {
			t.Errorf("aliases %q, want the acronym's form", o.Aliases)
		}
	}
}

// TestHeadlessFormJoins checks that «پتروشیمی X» joins «شرکت پتروشیمی X»
// and a bare «فرمانداری» the one county office the file names.
func TestHeadlessFormJoins(t *testing.T) {
	doc, err := File("h.txt", []byte("مدیرعامل شرکت پتروشیمی کاوه سبز گفت: پتروشیمی کاوه سبز فعال است. بهرام نیکزاد، فرماندار شهرستان نطنز، در محل فرمانداری حضور یافت.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.Organizations {
		if o.Name == "پتروشیمی کاوه سبز" || o.Name == "فرمانداری" {
			t.Errorf("%q is a body of its own: %+v", o.Name, doc.Organizations)
		}
	}
}
