package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR20aPresidiumPosts checks that posts told before «هیئت رئیسه
// BODY» (a council's presidium) are posts of that council, in each way a
// list of its elected members is told: «به ترتیب» with the posts as
// predicates or after «به عنوان», «الف R1، ب R2 و ج R3 ... شدند», and
// «الف به عنوان R1، ... و ج به عنوان R3 هیئت رئیسه BODY انتخاب شدند».
func TestR20aPresidiumPosts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"respectively, as predicates", "در جلسه امروز، سیمین آبنوس‌پور، فرهاد کوهی‌نژاد و بهرام دشتی‌فر به ترتیب نایب‌رئیس، منشی اول و منشی دوم هیئت رئیسه شورای اسلامی شهر کوهدشت شدند.",
			[]string{"سیمین آبنوس‌پور|نایب‌رئیس|شورای اسلامی شهر کوهدشت|", "فرهاد کوهی‌نژاد|منشی اول|شورای اسلامی شهر کوهدشت|", "بهرام دشتی‌فر|منشی دوم|شورای اسلامی شهر کوهدشت|"}},
		{"respectively, as titles", "صبح امروز سیمین آبنوس‌پور و فرهاد کوهی‌نژاد به ترتیب به عنوان نایب‌رئیس و منشی هیئت رئیسه شورای اسلامی شهر ازنا انتخاب شدند.",
			[]string{"سیمین آبنوس‌پور|نایب‌رئیس|شورای اسلامی شهر ازنا|", "فرهاد کوهی‌نژاد|منشی|شورای اسلامی شهر ازنا|"}},
		{"each name with its post", "صبح امروز سیمین آبنوس‌پور رئیس، فرهاد کوهی‌نژاد نایب‌رئیس و بهرام دشتی‌فر منشی هیئت رئیسه شورای اسلامی شهر الشتر شدند.",
			[]string{"سیمین آبنوس‌پور|رئیس|شورای اسلامی شهر الشتر|", "فرهاد کوهی‌نژاد|نایب‌رئیس|شورای اسلامی شهر الشتر|", "بهرام دشتی‌فر|منشی|شورای اسلامی شهر الشتر|"}},
		{"each name as a title", "در این جلسه کیوان آبشار به عنوان رئیس، تورج برفاب به عنوان نایب رئیس و داریوش کوهسار به عنوان منشی هیئت رئیسه شورای اسلامی شهر ازنا انتخاب شدند.",
			[]string{"کیوان آبشار|رئیس|شورای اسلامی شهر ازنا|", "تورج برفاب|نایب رئیس|شورای اسلامی شهر ازنا|", "داریوش کوهسار|منشی|شورای اسلامی شهر ازنا|"}},
		{"one name as a title", "در جلسه دیگری مهتاب سبزوار به عنوان خزانه‌دار هیئت رئیسه شورای اسلامی شهر الشتر انتخاب شد.",
			[]string{"مهتاب سبزوار|خزانه‌دار|شورای اسلامی شهر الشتر|"}},
	})
}

// TestR20aBoardMembersOfAssembly checks that «اعضای (اصلی/علی‌البدل)
// هیئت‌مدیره» with no body after it is the board of the company whose
// general assembly the report names before.
func TestR20aBoardMembersOfAssembly(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"main members", "مجمع عمومی عادی سالیانه شرکت کاشی نگین کوهپایه روز گذشته برگزار شد. در این مجمع آقایان بهرام کاووسی‌پور و فرهاد سبزواری‌نیا به عنوان اعضای اصلی هیئت مدیره برای مدت دو سال انتخاب شدند.",
			[]string{"بهرام کاووسی‌پور|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه|", "فرهاد سبزواری‌نیا|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه|"}},
		{"alternate members", "مجمع عمومی عادی شرکت لبنیات پگاه کوهسار صبح امروز برگزار شد و سیروس کوهدشتی‌نیا و مهتاب آبنوسی‌فر به عنوان اعضای علی‌البدل هیئت‌مدیره انتخاب شدند.",
			[]string{"سیروس کوهدشتی‌نیا|عضو هیئت‌مدیره|شرکت لبنیات پگاه کوهسار|", "مهتاب آبنوسی‌فر|عضو هیئت‌مدیره|شرکت لبنیات پگاه کوهسار|"}},
		{"no company named", "در این جلسه سیروس کوهدشتی‌نیا و مهتاب آبنوسی‌فر به عنوان اعضای اصلی هیئت مدیره انتخاب شدند.", nil},
	})
}

// TestR20aNominatingShareholders checks «BODY1، BODY2 و BODY3 به ترتیب با
// معرفی الف، ب و ج به عنوان اعضای هیئت‌مدیره انتخاب شدند»: each nominee
// represents the body that put him forward, in order; a shareholder's one
// nominee too; no list of nominees without a board seat.
func TestR20aNominatingShareholders(t *testing.T) {
	text := "مجمع عمومی عادی سالیانه شرکت کاشی نگین کوهپایه روز گذشته برگزار شد. در این مجمع شرکت سرمایه‌گذاری آتیه کوهسار، شرکت گسترش صنایع دامون و صندوق بازنشستگی کارکنان صنعت کاشی به ترتیب با معرفی کیانوش برفاب‌زاده، سیروس کوهدشتی‌نیا و مهتاب آبنوسی‌فر به عنوان اعضای اصلی هیئت مدیره برای مدت دو سال انتخاب شدند. همچنین بانک توسعه صادرات با معرفی فرهاد سبزواری‌نیا به عنوان عضو هیئت مدیره شرکت کاشی نگین کوهپایه انتخاب شد."
	got := r19aAffs(t, text)
	for _, want := range []string{
		"کیانوش برفاب‌زاده|نماینده|شرکت سرمایه‌گذاری آتیه کوهسار",
		"سیروس کوهدشتی‌نیا|نماینده|شرکت گسترش صنایع دامون",
		"مهتاب آبنوسی‌فر|نماینده|صندوق بازنشستگی کارکنان صنعت کاشی",
		"فرهاد سبزواری‌نیا|نماینده|بانک توسعه صادرات",
		"کیانوش برفاب‌زاده|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه",
		"مهتاب آبنوسی‌فر|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("affiliations %q lack %q", got, want)
		}
	}
	other := "در این همایش دانشگاه کوهسار با معرفی کیانوش برفاب‌زاده از پژوهشگران برتر تقدیر کرد."
	for _, g := range r19aAffs(t, other) {
		if strings.Contains(g, "|نماینده|") {
			t.Errorf("a nominee with no board seat: %q", g)
		}
	}
}

// TestR20aRespectiveVotes checks «به ترتیب» lists whose persons carry a
// list of vote tallies, «(به ترتیب) با ۷، ۶ و ۵ رأی (به ترتیب)», told
// before the posts as titles or as predicates: each person takes the
// post in the same place, not the last one alone the first post.
func TestR20aRespectiveVotes(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"titles after the tallies", "در جلسه امروز شورای اسلامی شهر کوهدشت، کیوان آبشارزاده، تورج برفاب‌نیا و داریوش کوهساری به ترتیب با ۷، ۶ و ۵ رأی به عنوان رئیس، نایب‌رئیس و منشی شورا انتخاب شدند.",
			[]string{"کیوان آبشارزاده|رئیس|شورای اسلامی شهر کوهدشت|", "تورج برفاب‌نیا|نایب‌رئیس|شورای اسلامی شهر کوهدشت|", "داریوش کوهساری|منشی|شورای اسلامی شهر کوهدشت|"}},
		{"tallies before «به ترتیب»", "در جلسه شورای اسلامی شهر الشتر کامران لاله‌زاری و سیروس دامونی با ۸ و ۶ رأی به ترتیب به عنوان رئیس و نایب‌رئیس شورا انتخاب شدند.",
			[]string{"کامران لاله‌زاری|رئیس|شورای اسلامی شهر الشتر|", "سیروس دامونی|نایب‌رئیس|شورای اسلامی شهر الشتر|"}},
		{"predicates after the tallies", "در جلسه امروز شورای اسلامی شهر ازنا، کیوان آبشارزاده و تورج برفاب‌نیا به ترتیب با ۷ و ۶ رأی رئیس و نایب‌رئیس شورا شدند.",
			[]string{"کیوان آبشارزاده|رئیس|شورای اسلامی شهر ازنا|", "تورج برفاب‌نیا|نایب‌رئیس|شورای اسلامی شهر ازنا|"}},
	})
}

// TestR20aRespectiveBareFirstPost checks «الف، ب و ج، به ترتیب R1، R2 و R3
// BODY» with as many posts as persons: a bare post takes the body the list
// ends with, and a post that heads a body of its own kind keeps its own.
func TestR20aRespectiveBareFirstPost(t *testing.T) {
	text := "همچنین آقایان فرهاد کوهی‌نژاد، نادر کوهپایه و سیروس دامونی، به ترتیب رئیس، معاون و کارشناس اداره ورزش و جوانان شهرستان کوهدشت در این نشست سخن گفتند. کیوان آبشارزاده و تورج برفاب‌نیا به ترتیب فرماندار و معاون اداره ورزش و جوانان شهرستان کوهدشت نیز حضور داشتند."
	got := affiliationsOf(text)
	if want := "فرهاد کوهی‌نژاد|رئیس|اداره ورزش و جوانان شهرستان کوهدشت"; !slices.Contains(got, want) {
		t.Errorf("affiliations %q lack %q", got, want)
	}
	if bad := "کیوان آبشارزاده|فرماندار|اداره ورزش و جوانان شهرستان کوهدشت"; slices.Contains(got, bad) {
		t.Errorf("a governor given another's body: %q", got)
	}
}

// TestR20aPluralPostsNoun checks «به/در سمت‌های R1 و R2», the plural of
// «به سمت», in a «به ترتیب» list and for one person's two posts.
func TestR20aPluralPostsNoun(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"respectively", "فرهاد کوهی‌نژاد و نادر کوهپایه به ترتیب به سمت‌های رئیس و دبیر انجمن حمایت از بیماران کلیوی شهرستان الشتر انتخاب شدند.",
			[]string{"فرهاد کوهی‌نژاد|رئیس|انجمن حمایت از بیماران کلیوی شهرستان الشتر|", "نادر کوهپایه|دبیر|انجمن حمایت از بیماران کلیوی شهرستان الشتر|"}},
		{"one person's two posts", "با حکم استاندار، کیوان آبشارزاده به سمت‌های معاون عمرانی استاندار و رئیس شورای ترافیک استان لرستان منصوب شد.",
			[]string{"کیوان آبشارزاده|معاون عمرانی استاندار|استانداری لرستان|", "کیوان آبشارزاده|رئیس|شورای ترافیک استان لرستان|"}},
	})
}

// TestR20aMembersAfterColon checks «اعضای (هیئت‌مدیره جدید) BODY انتخاب
// شدند: الف، ب و ج»: each name listed after the colon is a member of the
// one body; names that go on to posts of their own are not read so.
func TestR20aMembersAfterColon(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"board members", "در مجمع عمومی این شرکت، اعضای هیئت مدیره جدید شرکت لبنیات پگاه کوهسار انتخاب شدند: فرهاد کوهی‌نژاد، نادر کوهپایه و سیروس دامونی.",
			[]string{"فرهاد کوهی‌نژاد|عضو هیئت مدیره|شرکت لبنیات پگاه کوهسار|", "نادر کوهپایه|عضو هیئت مدیره|شرکت لبنیات پگاه کوهسار|", "سیروس دامونی|عضو هیئت مدیره|شرکت لبنیات پگاه کوهسار|"}},
		{"council members", "با حکم وزیر، اعضای شورای راهبردی دانشگاه کوهسار منصوب شدند: کیوان آبشارزاده و تورج برفاب‌نیا.",
			[]string{"کیوان آبشارزاده|عضو|شورای راهبردی دانشگاه کوهسار|", "تورج برفاب‌نیا|عضو|شورای راهبردی دانشگاه کوهسار|"}},
	})
	for _, g := range appointmentsOf("اعضای هیئت رئیسه شورای اسلامی شهر کوهدشت انتخاب شدند: کیوان آبشارزاده، تورج برفاب‌نیا و داریوش کوهساری به ترتیب به عنوان رئیس، نایب‌رئیس و منشی.") {
		if strings.Contains(g, "|عضو هیئت رئیسه|") {
			t.Errorf("names with posts of their own read as members: %q", g)
		}
	}
}

// TestR20aElectedChairs checks the chair and deputy chair elected «به
// ریاست/نیابت ریاست» of a council named by its bare head: the council of
// that head the report names before; a guest «با X» is no chair.
func TestR20aElectedChairs(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"object of an active verb", "اعضای شورای اسلامی شهر کوهدشت در جلسه امروز، مهندس کیوان آبشارزاده را برای یک سال دیگر به ریاست شورا برگزیدند.",
			[]string{"کیوان آبشارزاده|رئیس|شورای اسلامی شهر کوهدشت|"}},
		{"after a vote tally, and a deputy", "در جلسه شورای اسلامی شهر ازنا تورج برفاب‌نیا با هفت رأی به ریاست شورا انتخاب شد و داریوش کوهساری به نیابت ریاست شورا برگزیده شد.",
			[]string{"تورج برفاب‌نیا|رئیس|شورای اسلامی شهر ازنا|", "داریوش کوهساری|نایب‌رئیس|شورای اسلامی شهر ازنا|"}},
		{"a guest", "در جلسه شورای اسلامی شهر الشتر با سیمین آبنوس‌پور به ریاست شورا انتخاب شد.", nil},
	})
}

// TestR20aPresidiumNoPost checks that «رئیسه» of «هیئت رئیسه» typed apart
// is read as no post: a headline on a presidium gives its next named
// person no post «رئیسه».
func TestR20aPresidiumNoPost(t *testing.T) {
	for _, text := range []string{
		"هیئت رئیسه شورای شهر کوهدشت انتخاب شد\n\nدر ازنا نیز کیوان آبشار به عنوان رئیس، تورج برفاب به عنوان نایب رئیس و داریوش کوهسار به عنوان منشی انتخاب شدند.\n",
		"هیئت رئیسه جدید شورای اسلامی شهر الشتر: فرهاد کوهی‌نژاد (رئیس)، نادر کوهپایه (نایب رئیس) و سیروس دامونی (منشی).\n",
	} {
		d, err := File("page.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, af := range d.Affiliations {
			if af.Role == "رئیسه" {
				t.Errorf("a post «رئیسه»: %+v", af)
			}
		}
		for _, ap := range d.Appointments {
			if ap.Role == "رئیسه" {
				t.Errorf("an appointment to «رئیسه»: %+v", ap)
			}
		}
	}
}

// TestR20aBracketedLists checks persons elected together with each post
// in brackets after the name, before the plural verb or after its colon,
// the bare posts in the body the sentence names; a bracketed list with no
// verb of election is no appointment.
func TestR20aBracketedLists(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"after the colon", "در جلسه امروز، اعضای هیئت رئیسه شورای اسلامی شهر الشتر انتخاب شدند: فرهاد کوهی‌نژاد (رئیس)، نادر کوهپایه (نایب رئیس) و سیروس دامونی (منشی).",
			[]string{"فرهاد کوهی‌نژاد|رئیس|شورای اسلامی شهر الشتر|", "نادر کوهپایه|نایب رئیس|شورای اسلامی شهر الشتر|", "سیروس دامونی|منشی|شورای اسلامی شهر الشتر|"}},
		{"before the verb", "در جلسه شورای اسلامی شهر ازنا، کیوان آبشار (رئیس) و تورج برفاب (نایب‌رئیس) انتخاب شدند.",
			[]string{"کیوان آبشار|رئیس|شورای اسلامی شهر ازنا|", "تورج برفاب|نایب‌رئیس|شورای اسلامی شهر ازنا|"}},
		{"no verb of election", "در جلسه شورای اسلامی شهر ازنا، کیوان آبشار (رئیس) و تورج برفاب (نایب‌رئیس) سخن گفتند.", nil},
	})
}

// TestR20aRepresentedOnBoard checks «الف و ب به ترتیب به نمایندگی از
// BODY1 و BODY2 به عنوان اعضای هیئت‌مدیره انتخاب شدند»: each represents
// the body in the same place and sits on the board of the company named
// before; one who stands for a body at the meeting only holds no post.
func TestR20aRepresentedOnBoard(t *testing.T) {
	text := "مجمع عمومی عادی سالیانه شرکت کاشی نگین کوهپایه روز گذشته برگزار شد. در این مجمع کیانوش برفاب‌زاده و سیروس کوهدشتی‌نیا به ترتیب به نمایندگی از شرکت سرمایه‌گذاری آتیه کوهسار و صندوق بازنشستگی کارکنان صنعت کاشی به عنوان اعضای اصلی هیئت مدیره انتخاب شدند. فرهاد سبزواری‌نیا به نمایندگی از استانداری لرستان در این مجمع حضور داشت."
	got := r19aAffs(t, text)
	for _, want := range []string{
		"کیانوش برفاب‌زاده|نماینده|شرکت سرمایه‌گذاری آتیه کوهسار",
		"سیروس کوهدشتی‌نیا|نماینده|صندوق بازنشستگی کارکنان صنعت کاشی",
		"کیانوش برفاب‌زاده|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه",
		"سیروس کوهدشتی‌نیا|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("affiliations %q lack %q", got, want)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "فرهاد سبزواری‌نیا|") {
			t.Errorf("one who stands for a body at the meeting holds a post: %q", g)
		}
	}
}

// TestR20aBoardPostsLists checks «به ترتیب» lists of a company's board
// posts told with no body: the posts take the company whose general
// assembly the report names before, after «به عنوان» and as predicates
// before «هیئت‌مدیره».
func TestR20aBoardPostsLists(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"titles", "مجمع عمومی عادی سالیانه شرکت کاشی نگین کوهپایه روز گذشته برگزار شد. عصر همان روز نخستین جلسه هیئت مدیره تشکیل شد. در این جلسه بهرام دشتی‌فر و سیمین آبنوس‌پور به ترتیب به عنوان مدیرعامل و عضو هیئت مدیره انتخاب شدند.",
			[]string{"بهرام دشتی‌فر|مدیرعامل|شرکت کاشی نگین کوهپایه|", "سیمین آبنوس‌پور|عضو هیئت مدیره|شرکت کاشی نگین کوهپایه|"}},
		{"predicates", "مجمع عمومی عادی شرکت لبنیات پگاه کوهسار برگزار شد. مهتاب سبزواری، فرهاد کوهی‌نژاد و نادر کوهپایه به ترتیب رئیس، نایب رئیس و منشی هیئت مدیره شدند.",
			[]string{"مهتاب سبزواری|رئیس|شرکت لبنیات پگاه کوهسار|", "فرهاد کوهی‌نژاد|نایب رئیس|شرکت لبنیات پگاه کوهسار|", "نادر کوهپایه|منشی|شرکت لبنیات پگاه کوهسار|"}},
		{"no company named", "در این جلسه بهرام دشتی‌فر و سیمین آبنوس‌پور به ترتیب به عنوان مدیرعامل و عضو هیئت مدیره انتخاب شدند.", nil},
	})
}

// TestR20aPairedTitles checks «الف و ب (نیز) به عنوان R1 و R2 انتخاب
// شدند» with no «به ترتیب»: each name takes the post in its place, the
// first name is not left out.
func TestR20aPairedTitles(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two names, two posts", "در جلسه امروز شورای اسلامی شهر کوهدشت، کیوان آبشارزاده و تورج برفاب‌نیا به عنوان رئیس و نایب‌رئیس شورا انتخاب شدند.",
			[]string{"کیوان آبشارزاده|رئیس|شورای اسلامی شهر کوهدشت|", "تورج برفاب‌نیا|نایب‌رئیس|شورای اسلامی شهر کوهدشت|"}},
		{"with «نیز»", "در جلسه شورای اسلامی شهر ازنا داریوش کوهساری و بهرام دشتی‌فر نیز به عنوان رئیس و نایب‌رئیس انتخاب شدند.",
			[]string{"داریوش کوهساری|رئیس|شورای اسلامی شهر ازنا|", "بهرام دشتی‌فر|نایب‌رئیس|شورای اسلامی شهر ازنا|"}},
	})
}

// TestR20aOrdinalPosts checks one post told with a list of ordinals in a
// «به ترتیب» list, «منشی اول و دوم»: a post for each ordinal, in order,
// read into the post or after it.
func TestR20aOrdinalPosts(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"ordinals after the post", "در جلسه امروز شورای اسلامی شهر کوهدشت، کیوان آبشارزاده و تورج برفاب‌نیا به ترتیب منشی اول و دوم شورا شدند.",
			[]string{"کیوان آبشارزاده|منشی اول|شورای اسلامی شهر کوهدشت|", "تورج برفاب‌نیا|منشی دوم|شورای اسلامی شهر کوهدشت|"}},
		{"ordinals read into the post", "در جلسه شورای اسلامی شهر ازنا داریوش کوهساری و بهرام دشتی‌فر به ترتیب به عنوان نایب‌رئیس اول و دوم انتخاب شدند.",
			[]string{"داریوش کوهساری|نایب‌رئیس اول|شورای اسلامی شهر ازنا|", "بهرام دشتی‌فر|نایب‌رئیس دوم|شورای اسلامی شهر ازنا|"}},
	})
}

// TestR20aEarlierTitleBody checks «الف به عنوان R1 BODY و ب به عنوان R2
// انتخاب شدند»: the later bare post is in the body the earlier item names,
// not in the report's own post's body.
func TestR20aEarlierTitleBody(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"two items", "هیئت رئیسه شورای شهر کوهدشت\n\nدر جلسه امروز شورای اسلامی شهر کوهدشت، کیوان آبشارزاده به عنوان رئیس شد. در ازنا نیز داریوش کوهساری به عنوان رئیس شورای اسلامی شهر ازنا و بهرام دشتی‌فر به عنوان نایب‌رئیس انتخاب شدند.",
			[]string{"داریوش کوهساری|رئیس|شورای اسلامی شهر ازنا|", "بهرام دشتی‌فر|نایب‌رئیس|شورای اسلامی شهر ازنا|"}},
	})
}
