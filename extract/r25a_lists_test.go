package extract

import (
	"strings"
	"testing"
)

// TestR25aPresidiumColonBody checks a presidium listed after a colon
// whose phrase names its body in the same sentence, «ترکیب هیئت رئیسه
// جدید BODY: الف رئیس، ب نایب‌رئیس و ج خزانه‌دار» (or «هیئت رئیسه جدید
// BODY مشخص شد: ...»), with no earlier sentence naming the body: each
// post is in that body, the treasurer's too.
func TestR25aPresidiumColonBody(t *testing.T) {
	lead := "سمنان- ایرنا- "
	body := "کانون وکلای دادگستری استان سمنان"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"colon", "ترکیب هیئت رئیسه جدید " + body + ": تورج شاهسپرم‌نیا رئیس، ژیلا کهربایی‌پور نایب‌رئیس و سیامک دره‌شوری‌فر منشی.",
			[]string{"تورج شاهسپرم‌نیا|رئیس|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس|" + body, "سیامک دره‌شوری‌فر|منشی|" + body}},
		{"verb before colon", "هیئت رئیسه جدید " + body + " مشخص شد: تورج شاهسپرم‌نیا رئیس، ژیلا کهربایی‌پور نایب‌رئیس اول، بردیا کوهساری‌نژاد نایب‌رئیس دوم و سیامک دره‌شوری‌فر خزانه‌دار.",
			[]string{"تورج شاهسپرم‌نیا|رئیس|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس اول|" + body, "بردیا کوهساری‌نژاد|نایب‌رئیس دوم|" + body, "سیامک دره‌شوری‌فر|خزانه‌دار|" + body}},
		{"spaced treasurer", "ترکیب هیئت رئیسه جدید " + body + ": تورج شاهسپرم نیا رئیس، ژیلا کهربایی پور نایب رئیس و سیامک دره شوری فر خزانه دار.",
			[]string{"تورج شاهسپرم نیا|رئیس|" + body, "ژیلا کهربایی پور|نایب رئیس|" + body, "سیامک دره شوری فر|خزانه دار|" + body}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { r22aCheckAffs(t, lead+tc.text+"\n", tc.want, nil) })
	}
}

// TestR25aKeptListAfterNewcomer checks holders kept in their posts listed
// right after the newcomer's post and a comma, «در آیین معارفه مدیرکل
// جدید X، الف (R1) و ب (R2) در سمت‌های خود ابقا شدند»: the first name
// holds his own post only, not the newcomer's, and «سمت های» typed with a
// space reads as «سمت‌های».
func TestR25aKeptListAfterNewcomer(t *testing.T) {
	body := "اداره کل منابع طبیعی استان سمنان"
	for _, posts := range []string{"سمت‌های", "سمت های"} {
		text := "سمنان- ایرنا- در آیین معارفه مدیرکل جدید منابع طبیعی استان سمنان، تورج شاهسپرم‌نیا (معاون فنی) و ژیلا کهربایی‌پور (معاون اداری) در " + posts + " خود ابقا شدند.\n"
		t.Run(posts, func(t *testing.T) {
			r22aCheckAffs(t, text,
				[]string{"تورج شاهسپرم‌نیا|معاون فنی|" + body, "ژیلا کهربایی‌پور|معاون اداری|" + body},
				[]string{"تورج شاهسپرم‌نیا|مدیرکل|" + body})
		})
	}
}

// TestR25aPhotoSidePosts checks a photo's caption that tells each
// person's side in brackets between the name and the post: the post after
// the brackets is the person's.
func TestR25aPhotoSidePosts(t *testing.T) {
	cases := []struct{ name, text string }{
		{"and", "در تصویر، تورج شاهسپرم‌نیا (راست) فرماندار دامغان و ژیلا کهربایی‌پور (چپ) شهردار دامغان دیده می‌شوند."},
		{"comma", "عکس: تورج شاهسپرم‌نیا (راست)، فرماندار دامغان، در کنار ژیلا کهربایی‌پور، شهردار دامغان."},
		{"counted side", "عکس: تورج شاهسپرم‌نیا (نفر دوم از راست)، فرماندار دامغان، و ژیلا کهربایی‌پور (نفر اول از چپ)، شهردار دامغان."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r22aCheckAffs(t, "سمنان- ایرنا- "+tc.text+"\n",
				[]string{"تورج شاهسپرم‌نیا|فرماندار|فرمانداری دامغان", "ژیلا کهربایی‌پور|شهردار|شهرداری دامغان"}, nil)
		})
	}
}

// TestR25aBoardOfLaterSingular checks «الف و ب به عنوان اعضای اصلی و ج
// به عنوان عضو علی‌البدل هیئت‌مدیره X انتخاب شدند»: the board the later
// singular post names is the first plural's too.
func TestR25aBoardOfLaterSingular(t *testing.T) {
	body := "شرکت تعاونی مسکن کارکنان شهرداری دامغان"
	for _, spell := range []string{"علی‌البدل هیئت‌مدیره", "علی البدل هیئت مدیره"} {
		text := "سمنان- ایرنا- تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور به عنوان اعضای اصلی و بردیا کوهساری‌نژاد به عنوان عضو " + spell + " " + body + " انتخاب شدند.\n"
		t.Run(spell, func(t *testing.T) {
			got := r19aAffs(t, text)
			for _, name := range []string{"تورج شاهسپرم‌نیا", "ژیلا کهربایی‌پور"} {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, name+"|عضو") && strings.HasSuffix(g, "|"+body)
				}
				if !found {
					t.Errorf("affiliations %q lack %s as a member of %s", got, name, body)
				}
			}
		})
	}
}

// TestR25aRespectivelyUnread checks a list of posts told «به ترتیب» whose
// names the list rules cannot read (the first name is cut short, its
// last part taken for a common word): the last name before «به ترتیب»
// does not take the list's first post.
func TestR25aRespectivelyUnread(t *testing.T) {
	text := "سمنان- ایرنا- در نخستین جلسه شورای اسلامی شهر دامغان، بهمن نیک آیین، ژیلا کهربایی‌پور و بردیا کوهساری‌نژاد به ترتیب به عنوان رئیس، نایب‌رئیس و منشی شورا انتخاب شدند.\n"
	r22aCheckAffs(t, text, nil, []string{"بردیا کوهساری‌نژاد|رئیس|شورای اسلامی شهر دامغان"})
	d, err := File("page.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, ap := range d.Appointments {
		if ap.Person == "بردیا کوهساری‌نژاد" && ap.Role == "رئیس" {
			t.Errorf("appointment %+v: the first post of the list given to its last name", ap)
		}
	}
}

// TestR25aNewPresidiumListed checks the members of a presidium told «هیئت
// رئیسه جدید BODY» and listed after «عبارتند از:», with or without each
// one's post in brackets: «جدید» does not part the presidium from its
// body.
func TestR25aNewPresidiumListed(t *testing.T) {
	body := "شورای اسلامی شهر دامغان"
	lead := "سمنان- ایرنا- اعضای هیئت رئیسه جدید " + body + " عبارتند از: "
	r22aCheckAffs(t, lead+"تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و بردیا کوهساری‌نژاد.\n",
		[]string{"تورج شاهسپرم‌نیا|عضو هیئت رئیسه|" + body, "ژیلا کهربایی‌پور|عضو هیئت رئیسه|" + body, "بردیا کوهساری‌نژاد|عضو هیئت رئیسه|" + body}, nil)
	r22aCheckAffs(t, lead+"تورج شاهسپرم‌نیا (رئیس)، ژیلا کهربایی‌پور (نایب‌رئیس) و بردیا کوهساری‌نژاد (منشی).\n",
		[]string{"تورج شاهسپرم‌نیا|رئیس|" + body, "ژیلا کهربایی‌پور|نایب‌رئیس|" + body, "بردیا کوهساری‌نژاد|منشی|" + body}, nil)
}

// TestR25aSomeOfPlural checks a list of names told «(N تن) از» a plural
// post: each one is a holder, as one name «از اعضای» is; a count that is
// not the list's, or «از» the object of a verb, gives none.
func TestR25aSomeOfPlural(t *testing.T) {
	body := "شورای اسلامی شهر دامغان"
	want := []string{"تورج شاهسپرم‌نیا|عضو|" + body, "ژیلا کهربایی‌پور|عضو|" + body}
	names := "سمنان- ایرنا- تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور"
	r22aCheckAffs(t, names+"، دو تن از اعضای "+body+"، از این طرح بازدید کردند.\n", want, nil)
	r22aCheckAffs(t, names+" از اعضای "+body+" نیز در این نشست حضور داشتند.\n", want, nil)
	r22aCheckAffs(t, names+"، سه تن از اعضای "+body+"، از این طرح بازدید کردند.\n", nil, want)
	r22aCheckAffs(t, names+" از اعضای "+body+" قدردانی کردند.\n", nil, want)
}

// TestR25aListSharesPluralPost checks a list of three names or more told
// before a plural post, «الف، ب و ج، نمایندگان مردم X، Y و Z در مجلس»:
// the first name, followed by «،», shares the post as the names before
// «و» do; a singular post after the list is the last name's alone.
func TestR25aListSharesPluralPost(t *testing.T) {
	body := "مجلس شورای اسلامی"
	names := "سمنان- ایرنا- تورج شاهسپرم‌نیا، ژیلا کهربایی‌پور و بردیا کوهساری‌نژاد، "
	r22aCheckAffs(t, names+"نمایندگان مردم دامغان، سمنان و شاهرود در مجلس شورای اسلامی، در این نشست حضور داشتند.\n",
		[]string{"تورج شاهسپرم‌نیا|نماینده مردم|" + body, "ژیلا کهربایی‌پور|نماینده مردم|" + body, "بردیا کوهساری‌نژاد|نماینده مردم|" + body}, nil)
	r22aCheckAffs(t, names+"نماینده مردم شاهرود در مجلس شورای اسلامی، در این نشست حضور داشتند.\n",
		[]string{"بردیا کوهساری‌نژاد|نماینده مردم|" + body}, []string{"تورج شاهسپرم‌نیا|نماینده مردم|" + body})
}

// TestR25aFormerPluralApposition checks a plural post told as held before,
// «الف و ب، معاونان پیشین BODY»: no one holds it now; the same list with
// the post held now does.
func TestR25aFormerPluralApposition(t *testing.T) {
	body := "اداره کل بهزیستی استان سمنان"
	want := []string{"تورج شاهسپرم‌نیا|معاون|" + body, "ژیلا کهربایی‌پور|معاون|" + body}
	names := "سمنان- ایرنا- در این مراسم تورج شاهسپرم‌نیا و ژیلا کهربایی‌پور، "
	r22aCheckAffs(t, names+"معاونان اداره کل بهزیستی استان سمنان، حضور داشتند.\n", want, nil)
	for _, former := range []string{"پیشین", "سابق"} {
		got := r19aAffs(t, names+"معاونان "+former+" اداره کل بهزیستی استان سمنان، حضور داشتند.\n")
		if len(got) > 0 {
			t.Errorf("«%s»: affiliations %q, want none", former, got)
		}
	}
}
