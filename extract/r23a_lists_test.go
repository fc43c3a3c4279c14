package extract

import (
	"slices"
	"testing"
)

// r23aCheck checks that the appointments of text («person|role|body»,
// predecessor left out) hold every want.
func r23aCheckApps(t *testing.T, text string, want []string) {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range doc.Appointments {
		got = append(got, ap.Person+"|"+ap.Role+"|"+ap.Organization)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("appointments %q lack %q", got, w)
		}
	}
}

// TestR23aRespectivelyAfterAlsoOrComma checks a «به ترتیب» list of posts
// whose names stand before «نیز» or a comma, or that is told «در سمت ...
// قرار گرفتند» or as the predicates of «شدند»: each name takes the post
// in its place of the list, in the body the sentence names.
func TestR23aRespectivelyAfterAlsoOrComma(t *testing.T) {
	lead := "به گزارش روابط عمومی اداره کل ورزش و جوانان استان ایلام، در مجمع انتخاباتی هیئت تیراندازی استان ایلام که امروز برگزار شد، فرشید آبگینه‌فروز با ۱۴ رأی به عنوان رئیس هیئت تیراندازی استان ایلام انتخاب شد"
	body := "هیئت تیراندازی استان ایلام"
	want := []string{"تورج شاهسپرم‌نیا|نایب‌رئیس اول|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس دوم|" + body, "سیامک دره‌شوری‌فر|خزانه‌دار|" + body}
	names := "تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر"
	cases := []struct{ name, text string }{
		{"also", lead + " و " + names + " نیز به ترتیب به عنوان نایب‌رئیس اول، نایب‌رئیس دوم و خزانه‌دار هیئت انتخاب شدند."},
		{"comma", lead + ". در این مجمع، " + names + "، به ترتیب به عنوان نایب‌رئیس اول، نایب‌رئیس دوم و خزانه‌دار هیئت انتخاب شدند."},
		{"placed", lead + ". همچنین " + names + " به ترتیب در سمت نایب‌رئیس اول، نایب‌رئیس دوم و خزانه‌دار هیئت قرار گرفتند."},
		{"predicates", lead + ". " + names + " نیز به ترتیب نایب‌رئیس اول، نایب‌رئیس دوم و خزانه‌دار هیئت شدند."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r23aCheckApps(t, tc.text+"\n", want) })
	}
}

// TestR23aSemicolonBarePosts checks a «با حضور» list whose items are set
// off by «؛», some told by the post alone: the bare post before «؛» is
// not the next name's (that name's own post follows it), and the guest
// it names in short is the holder the report named in full, a
// participant of the meeting.
func TestR23aSemicolonBarePosts(t *testing.T) {
	text := "بازدید فرماندار رامسر از بندر صیادنیا\n\n" +
		"به گزارش روابط عمومی فرمانداری شهرستان رامسر، مهندس کیانوش تبرزین‌پور، فرماندار رامسر، به همراه دکتر هومان زرنگارپور، مدیرکل بنادر و دریانوردی استان مازندران، روز گذشته از بندر صیادنیا رامسر بازدید کردند.\n\n" +
		"پس از این بازدید، جلسه بررسی مشکلات صیادان با حضور فرماندار؛ مدیرکل بنادر و دریانوردی؛ شهره آبتین‌مهر، معاون دریایی این اداره کل؛ و بردیا کوهساری‌نژاد، مدیرعامل شرکت تعاونی صیادان رامسر، در محل فرمانداری برگزار شد.\n"
	body := "اداره کل بنادر و دریانوردی استان مازندران"
	r22aCheckAffs(t, text, []string{"شهره آبتین‌مهر|معاون دریایی|" + body}, []string{"شهره آبتین‌مهر|مدیرکل|" + body})
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && !slices.Contains(e.Participants, "هومان زرنگارپور") {
			t.Errorf("meeting participants %q lack the director general named in short", e.Participants)
		}
	}
}

// TestR23aBoardMembersOfBareBody checks «الف و ب به عنوان اعضای (اصلی)
// هیئت‌مدیره (این) انجمن انتخاب شدند»: the board of the body the report
// named before by that head noun; and «الف و ب به عنوان اعضای اصلی و ج و
// د به عنوان اعضای علی‌البدل هیئت‌مدیره ...»: the first plural, with no
// board of its own, sits on the board the next one names.
func TestR23aBoardMembersOfBareBody(t *testing.T) {
	lead := "به گزارش روابط عمومی انجمن صنفی تولیدکنندگان لبنیات استان همدان، مجمع عمومی انجمن صنفی تولیدکنندگان لبنیات استان همدان صبح امروز برگزار شد. در این مجمع، "
	body := "انجمن صنفی تولیدکنندگان لبنیات استان همدان"
	pair := []string{"تورج شاهسپرم‌نیا|عضو هیئت‌مدیره|" + body, "ژیلا کهربایی‌پور|عضو هیئت‌مدیره|" + body}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"bare head", "تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان اعضای اصلی هیئت‌مدیره انجمن انتخاب شدند.", pair},
		{"this head", "تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان اعضای هیئت‌مدیره این انجمن انتخاب شدند.", pair},
		{"later kind", "تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان اعضای اصلی و سیامک دره‌شوری‌فر و فرشید آبگینه‌فروز به عنوان اعضای علی‌البدل هیئت‌مدیره انجمن انتخاب شدند.",
			append([]string{"سیامک دره‌شوری‌فر|عضو هیئت‌مدیره|" + body}, pair...)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r23aCheckApps(t, lead+tc.text+"\n", tc.want) })
	}
}

// TestR23aPluralOfThisBody checks holders listed before «به عنوان
// معاونان این اداره کل»: each holds the plural's post in the directorate
// a post before names, and the post told before the list («مدیرکل جدید
// X، الف، ب و ج») is not the first name's.
func TestR23aPluralOfThisBody(t *testing.T) {
	body := "اداره کل راه و شهرسازی استان سمنان"
	for _, verb := range []string{"ابقا شدند", "معرفی شدند"} {
		text := "سمنان- ایرنا- در آیین معارفه مدیرکل جدید راه و شهرسازی استان سمنان، تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر به عنوان معاونان این اداره کل " + verb + ".\n"
		r22aCheckAffs(t, text,
			[]string{"تورج شاهسپرم‌نیا|معاون|" + body, "ژیلا کهربایی‌پور|معاون|" + body, "سیامک دره‌شوری‌فر|معاون|" + body},
			[]string{"تورج شاهسپرم‌نیا|مدیرکل|" + body})
	}
}

// TestR23aCoordinatedPostsNoLoop checks posts listed with «،» and «و»
// before «این اداره کل» and «به ترتیب»: the last post looks back for the
// body a post before heads while the post before it looks ahead for the
// last one's body; reading them must end. The posts go to the names
// after «به ترتیب» in order, a bare one in the body the list ends with.
func TestR23aCoordinatedPostsNoLoop(t *testing.T) {
	text := "سمنان- ایرنا- در آیین معارفه مدیرکل جدید راه و شهرسازی استان سمنان، معاون فنی، معاون اداری و مالی و مدیر روابط عمومی این اداره کل، به ترتیب تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر در سمت‌های خود ابقا شدند.\n"
	body := "اداره کل راه و شهرسازی استان سمنان"
	r22aCheckAffs(t, text, []string{"تورج شاهسپرم‌نیا|معاون فنی|" + body, "ژیلا کهربایی‌پور|معاون اداری و مالی|" + body, "سیامک دره‌شوری‌فر|مدیر روابط عمومی|" + body}, nil)
}

// TestR23aListedNameAfterTitle checks a guest or companion whose given
// name no lexicon lists, named after a title or «به همراه» with his post
// after a comma: he is a person and holds the post.
func TestR23aListedNameAfterTitle(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"title after «؛ و»", "گرگان- ایرنا- جلسه بررسی مشکلات مرغداران با حضور فرماندار؛ و حاج دوردی آتابای‌نسب، مدیرعامل شرکت تعاونی مرغداران گنبد، برگزار شد.",
			"دوردی آتابای‌نسب|مدیرعامل|شرکت تعاونی مرغداران گنبد"},
		{"along with", "گرگان- ایرنا- فرماندار گنبد به همراه دوردی آتابای‌نسب، رئیس اداره تعاون روستایی شهرستان گنبد، از سد بازدید کرد.",
			"دوردی آتابای‌نسب|رئیس|اداره تعاون روستایی شهرستان گنبد"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r22aCheckAffs(t, tc.text+"\n", []string{tc.want}, nil) })
	}
}

// TestR23aRepresentedItems checks board members listed each with the
// body he stands for, «الف به نمایندگی از BODY1، ب به نمایندگی از BODY2 و
// ج به نمایندگی از BODY3 به عنوان اعضای هیئت‌مدیره انتخاب شدند»: each is
// that body's representative and a member of the company's board.
func TestR23aRepresentedItems(t *testing.T) {
	co := "شرکت سرمایه‌گذاری صنایع غذایی استان کرمان"
	text := "به گزارش خبرنگار ایرنا، مجمع عمومی عادی سالانه " + co + " صبح امروز برگزار شد. " +
		"در این مجمع، تورج شاهسپرم‌نیا به نمایندگی از شرکت ملی صنایع مس ایران، ژیلا کهربایی‌پور به نمایندگی از بانک صادرات ایران و سیامک دره‌شوری‌فر به نمایندگی از صندوق بازنشستگی کشوری به عنوان اعضای هیئت‌مدیره انتخاب شدند.\n"
	r22aCheckAffs(t, text, []string{
		"تورج شاهسپرم‌نیا|نماینده|شرکت ملی صنایع مس ایران", "ژیلا کهربایی‌پور|نماینده|بانک صادرات ایران", "سیامک دره‌شوری‌فر|نماینده|صندوق بازنشستگی کشوری",
	}, nil)
	r23aCheckApps(t, text, []string{"تورج شاهسپرم‌نیا|عضو هیئت‌مدیره|" + co, "ژیلا کهربایی‌پور|عضو هیئت‌مدیره|" + co, "سیامک دره‌شوری‌فر|عضو هیئت‌مدیره|" + co})
}

// TestR23aPluralOrdinals checks «الف به عنوان رئیس و ب و ج به عنوان
// نایب‌رئیسان اول و دوم شورا انتخاب شدند»: a plural post with a list of
// ordinals is one post for each name, in order, in the council.
func TestR23aPluralOrdinals(t *testing.T) {
	body := "شورای اسلامی شهر کاشمر"
	text := "به گزارش خبرنگار ایسنا، نخستین جلسه " + body + " امروز برگزار شد. در این جلسه فرشید آبگینه‌فروز به عنوان رئیس و ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر به عنوان نایب‌رئیسان اول و دوم شورا انتخاب شدند.\n"
	r23aCheckApps(t, text, []string{"فرشید آبگینه‌فروز|رئیس|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس اول|" + body, "سیامک دره‌شوری‌فر|نایب‌رئیس دوم|" + body})
}

// TestR23aPresidiumItems checks a presidium told as names each with a
// bare post and no verb of election: after the colon that closes the
// presidium's phrase, or before «هستند» / «خواهند بود»; each post is in
// the council.
func TestR23aPresidiumItems(t *testing.T) {
	body := "شورای اسلامی شهر کاشمر"
	lead := "به گزارش خبرنگار ایسنا، نخستین جلسه " + body + " امروز برگزار شد. "
	want := []string{"فرشید آبگینه‌فروز|رئیس|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس|" + body, "سیامک دره‌شوری‌فر|منشی|" + body}
	list := "فرشید آبگینه‌فروز رئیس، ژیلا کهربایی‌پور نایب‌رئیس و سیامک دره‌شوری‌فر منشی"
	cases := []struct{ name, text string }{
		{"colon", "ترکیب هیئت رئیسه جدید " + body + ": " + list + "."},
		{"copula", "بر این اساس " + list + " هیئت رئیسه شورا خواهند بود."},
		{"present", list + " شورا هستند."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r22aCheckAffs(t, lead+tc.text+"\n", want, nil) })
	}
}

// TestR23aListAfterDecree checks a list of appointees told before a
// decree's phrase and «(به ترتیب) به عنوان»: «الف و ب با حکم استاندار
// (X، استاندار Y،) به ترتیب به عنوان فرماندار Z و فرماندار W منصوب
// شدند»; and a singular post over a plural head of places, «فرماندار
// شهرستان‌های Z و W», one office for each name in order.
func TestR23aListAfterDecree(t *testing.T) {
	names := "سمنان- ایرنا- تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور "
	cases := []struct {
		name, text string
		want       []string
	}{
		{"plural", "با حکم استاندار سمنان به عنوان فرمانداران سرخه و آرادان منصوب شدند.",
			[]string{"تورج شاهسپرم‌نیا|فرماندار|فرمانداری سرخه", "ژیلا کهربایی‌پور|فرماندار|فرمانداری آرادان"}},
		{"respectively", "با حکم استاندار سمنان به ترتیب به عنوان فرماندار سرخه و فرماندار آرادان منصوب شدند.",
			[]string{"تورج شاهسپرم‌نیا|فرماندار|فرمانداری سرخه", "ژیلا کهربایی‌پور|فرماندار|فرمانداری آرادان"}},
		{"issuer named", "با حکم سیامک دره‌شوری‌فر، استاندار سمنان، به ترتیب به عنوان فرماندار سرخه و فرماندار آرادان منصوب شدند.",
			[]string{"تورج شاهسپرم‌نیا|فرماندار|فرمانداری سرخه", "ژیلا کهربایی‌پور|فرماندار|فرمانداری آرادان"}},
		{"places plural", "به ترتیب به عنوان فرماندار شهرستان‌های سرخه و آرادان منصوب شدند.",
			[]string{"تورج شاهسپرم‌نیا|فرماندار|فرمانداری شهرستان سرخه", "ژیلا کهربایی‌پور|فرماندار|فرمانداری شهرستان آرادان"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r23aCheckApps(t, names+tc.text+"\n", tc.want) })
	}
}

// TestR23aBoardNamesWithBrackets checks board members listed each with
// the body he stands for in brackets, after «اعضای هیئت‌مدیره این شرکت
// عبارتند از:» or before «به عنوان اعضای هیئت‌مدیره انتخاب شدند»: each is a
// member of the company's board.
func TestR23aBoardNamesWithBrackets(t *testing.T) {
	co := "شرکت سرمایه‌گذاری صنایع غذایی استان کرمان"
	lead := "به گزارش خبرنگار ایرنا، مجمع عمومی عادی سالانه " + co + " صبح امروز برگزار شد. "
	list := "تورج شاهسپرم‌نیا (نماینده شرکت ملی صنایع مس ایران)، ژیلا کهربایی‌پور (نماینده بانک صادرات ایران) و سیامک دره‌شوری‌فر (نماینده صندوق بازنشستگی کشوری)"
	want := []string{"تورج شاهسپرم‌نیا|عضو هیئت‌مدیره|" + co, "ژیلا کهربایی‌پور|عضو هیئت‌مدیره|" + co, "سیامک دره‌شوری‌فر|عضو هیئت‌مدیره|" + co}
	r22aCheckAffs(t, lead+"اعضای هیئت‌مدیره این شرکت عبارتند از: "+list+".\n", want, nil)
	r22aCheckAffs(t, lead+"در این مجمع "+list+" به عنوان اعضای هیئت‌مدیره انتخاب شدند.\n", want, nil)
}

// TestR23aIntroducedDeputies checks deputies introduced at a new
// director general's ceremony, listed with their posts in brackets before
// «نیز معرفی شدند», or before «به عنوان معاونان فنی و اداری این اداره کل»:
// each post is in the directorate the director general's post names.
func TestR23aIntroducedDeputies(t *testing.T) {
	body := "اداره کل راه و شهرسازی استان سمنان"
	lead := "سمنان- ایرنا- آیین معارفه مدیرکل جدید راه و شهرسازی استان سمنان امروز برگزار شد. "
	r23aCheckApps(t, lead+"در این آیین تورج شاهسپرم‌نیا (معاون فنی) و ژیلا کهربایی‌پور (معاون اداری و مالی) نیز معرفی شدند.\n",
		[]string{"تورج شاهسپرم‌نیا|معاون فنی|" + body, "ژیلا کهربایی‌پور|معاون اداری و مالی|" + body})
	r23aCheckApps(t, lead+"در این آیین همچنین تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان معاونان فنی و اداری این اداره کل معرفی شدند.\n",
		[]string{"تورج شاهسپرم‌نیا|معاون فنی|" + body, "ژیلا کهربایی‌پور|معاون اداری|" + body})
}

// TestR23aCommaBeforeAnd checks a list of names whose last item is
// joined by «، و» («الف، ب، و ج»), before «به ترتیب به عنوان» and before a
// plural post: every name of the list is read.
func TestR23aCommaBeforeAnd(t *testing.T) {
	body := "شورای اسلامی شهر کاشمر"
	lead := "به گزارش خبرنگار ایسنا، نخستین جلسه " + body + " امروز برگزار شد. در این جلسه دکتر فرشید آبگینه‌فروز، مهندس سیامک دره‌شوری‌فر، و خانم ژیلا کهربایی‌پور "
	r23aCheckApps(t, lead+"به ترتیب به عنوان رئیس، نایب‌رئیس و منشی شورا انتخاب شدند.\n",
		[]string{"فرشید آبگینه‌فروز|رئیس|" + body, "سیامک دره‌شوری‌فر|نایب‌رئیس|" + body, "ژیلا کهربایی‌پور|منشی|" + body})
	r23aCheckApps(t, lead+"به عنوان اعضای کمیسیون عمران شورای اسلامی شهر کاشمر انتخاب شدند.\n",
		[]string{"فرشید آبگینه‌فروز|عضو|کمیسیون عمران شورای اسلامی شهر کاشمر", "ژیلا کهربایی‌پور|عضو|کمیسیون عمران شورای اسلامی شهر کاشمر"})
	// After the plural: «اعضای کمیسیون X: الف، ب، و ج».
	r22aCheckAffs(t, "به گزارش خبرنگار ایسنا، نخستین جلسه "+body+" امروز برگزار شد. اعضای کمیسیون عمران شورای اسلامی شهر کاشمر: فرشید آبگینه‌فروز، سیامک دره‌شوری‌فر، و ژیلا کهربایی‌پور.\n",
		[]string{"ژیلا کهربایی‌پور|عضو|کمیسیون عمران شورای اسلامی شهر کاشمر"}, nil)
}

// TestR23aAcronymPostHolder checks a guest told by a post whose body is
// named by its acronym («با حضور رئیس سازمان صمت استان و فرماندار X»):
// the holder the report named with the body in full takes part.
func TestR23aAcronymPostHolder(t *testing.T) {
	text := "قزوین- ایرنا- تورج شاهسپرم‌نیا، رئیس سازمان صنعت، معدن و تجارت استان قزوین، امروز از شهرک صنعتی البرز بازدید کرد.\n\n" +
		"ژیلا کهربایی‌پور، فرماندار البرز، نیز در این بازدید گفت: زمین صنعتی کافی است.\n\n" +
		"پس از این بازدید، جلسه بررسی مشکلات واحدهای تولیدی با حضور رئیس سازمان صمت استان و فرماندار البرز در فرمانداری البرز برگزار شد.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "meeting" && !slices.Contains(e.Participants, "تورج شاهسپرم‌نیا") {
			t.Errorf("meeting participants %q lack the head of the body named by its acronym", e.Participants)
		}
	}
}

// TestR23aPluralInPostAndPostsFirst checks names told in a plural post
// with no verb of appointment («الف و ب به عنوان نمایندگان اتاق X ...
// حضور دارند»: each holds the post), and posts told before «به ترتیب» and
// the names with no comma between («R1 و R2 به ترتیب الف و ب»).
func TestR23aPluralInPostAndPostsFirst(t *testing.T) {
	r22aCheckAffs(t, "کرج- ایرنا- تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان نمایندگان اتاق بازرگانی البرز در شورای گفت‌وگوی دولت و بخش خصوصی استان البرز حضور دارند.\n",
		[]string{"تورج شاهسپرم‌نیا|نماینده|اتاق بازرگانی البرز", "ژیلا کهربایی‌پور|نماینده|اتاق بازرگانی البرز"}, nil)
	r22aCheckAffs(t, "کرج- ایرنا- در این نشست مدیرکل راه و شهرسازی استان البرز و رئیس سازمان صنعت، معدن و تجارت استان البرز به ترتیب تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور گزارشی از طرح‌ها ارائه کردند.\n",
		[]string{"تورج شاهسپرم‌نیا|مدیرکل|اداره کل راه و شهرسازی استان البرز", "ژیلا کهربایی‌پور|رئیس|سازمان صنعت، معدن و تجارت استان البرز"}, nil)
}

// TestR23aMembershipList checks names elected together «به عضویت
// هیئت‌مدیره BODY» (vote tallies between too): each is a member of the
// board.
func TestR23aMembershipList(t *testing.T) {
	co := "شرکت تعاونی مصرف کارکنان دانشگاه بیرجند"
	lead := "به گزارش خبرنگار ایرنا، مجمع عمومی " + co + " صبح امروز برگزار شد. در این مجمع، تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و سیامک دره‌شوری‌فر "
	want := []string{"تورج شاهسپرم‌نیا|عضو هیئت‌مدیره|" + co, "ژیلا کهربایی‌پور|عضو هیئت‌مدیره|" + co, "سیامک دره‌شوری‌فر|عضو هیئت‌مدیره|" + co}
	r23aCheckApps(t, lead+"به عضویت هیئت‌مدیره "+co+" انتخاب شدند.\n", want)
	r23aCheckApps(t, lead+"با ۱۲، ۱۰ و ۹ رأی به عضویت هیئت‌مدیره این شرکت انتخاب شدند.\n", want)
}

// TestR23aSharedBodyHolder checks a guest list of posts in which a bare
// post took the body of the post after «و» («با حضور رئیس دانشگاه، معاون
// درمان و مدیرعامل بیمه سلامت استان X»): with no holder of it there, the
// article's one holder of that post takes part.
func TestR23aSharedBodyHolder(t *testing.T) {
	text := "افتتاح درمانگاه دیابت و برگزاری همایش پزشکان خانواده در ایلام\n\n" +
		"ایلام- ایرنا- همایش پزشکان خانواده استان ایلام امروز در دانشگاه علوم پزشکی ایلام برگزار شد.\n\n" +
		"در این همایش تورج شاهسپرم‌نیا، معاون درمان دانشگاه علوم پزشکی ایلام، گفت: پزشکان خانواده باید بیشتر شوند.\n\n" +
		"در حاشیه همایش، درمانگاه تخصصی دیابت بیمارستان امام خمینی (ره) ایلام با حضور رئیس دانشگاه، معاون درمان و مدیرعامل بیمه سلامت استان ایلام افتتاح شد.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "opening" {
			found = true
			if !slices.Contains(e.Participants, "تورج شاهسپرم‌نیا") {
				t.Errorf("opening participants %q lack the deputy named in full before", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no opening in %+v", doc.Events)
	}
}

// TestR23aPostAndNameListed checks a post and a name listed together as a
// subject, «مدیرکل میراث فرهنگی و X از ... بازدید کردند»: the post's body
// stops before «و X», so the post names its holder told in full before,
// a participant of the visit.
func TestR23aPostAndNameListed(t *testing.T) {
	text := "سیامک دره‌شوری‌فر مدیرکل میراث فرهنگی استان مرکزی شد\n\n" +
		"اراک- ایرنا- با حکم وزیر میراث فرهنگی، گردشگری و صنایع‌دستی، سیامک دره‌شوری‌فر به سمت مدیرکل میراث فرهنگی، گردشگری و صنایع‌دستی استان مرکزی منصوب شد و صبح امروز در آیینی معرفی شد.\n\n" +
		"ژیلا کهربایی‌پور، شهردار اراک، نیز در این آیین سخن گفت.\n\n" +
		"مدیرکل میراث فرهنگی و کهربایی‌پور عصر همان روز از روند مرمت بازار سرپوشیده اراک بازدید کردند.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "visit" {
			found = true
			if !slices.Contains(e.Participants, "سیامک دره‌شوری‌فر") {
				t.Errorf("visit participants %q lack the director general told by post", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no visit in %+v", doc.Events)
	}
}

// TestR23aSameHeadPostHolder checks a guest told by a short post, «رئیس
// شورای شهر», in a report that also names the chair of a commission of
// that council: the council's chair takes part, not the commission's.
func TestR23aSameHeadPostHolder(t *testing.T) {
	text := "کاشان- ایرنا- تفاهم‌نامه استفاده از پساب تصفیه‌خانه کاشان برای فضای سبز امروز امضا شد.\n\n" +
		"مراسم امضای این تفاهم‌نامه با حضور خانم ژیلا کهربایی‌پور، رئیس شورای اسلامی شهر کاشان و سیامک دره‌شوری‌فر، عضو شورای اسلامی شهر کاشان و رئیس کمیسیون محیط زیست شورای اسلامی شهر کاشان برگزار شد.\n\n" +
		"پس از امضای تفاهم‌نامه، تصفیه‌خانه فاضلاب کاشان با حضور شهردار و رئیس شورای شهر مورد بازدید قرار گرفت.\n"
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Events {
		if e.Type == "visit" {
			found = true
			if !slices.Contains(e.Participants, "ژیلا کهربایی‌پور") {
				t.Errorf("visit participants %q lack the council's chair", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no visit in %+v", doc.Events)
	}
}
