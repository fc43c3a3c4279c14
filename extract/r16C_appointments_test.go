package extract

import "testing"

// TestReplacedOwnPost checks that «X ... جایگزین Y شده است», with no post
// in its clause, gives X the one post the report gave him before, in a
// list or an apposition, with Y his predecessor; and that a post told
// only in the sentence of the change («الف، معاون فرماندار، جایگزین ب
// شد») is not read as the post taken.
func TestReplacedOwnPost(t *testing.T) {
	head := "طرح آبیاری نوین در نمونه‌آباد بررسی شد\n\n۱۲ آذر ۱۴۰۵ - ۱۰:۲۰\n\n"
	for _, c := range []struct {
		body, role, org, pred string
	}{
		{"به گزارش خبرنگار ما، در این بازدید، کامران تیزرو سرپرست اداره جهاد کشاورزی شهرستان نمونه‌آباد و یوسف کاظم‌پناه فرماندار نمونه‌آباد حضور داشتند.\n\n" +
			"تیزرو که از سوم آبان‌ماه با حکم رئیس سازمان جهاد کشاورزی استان جایگزین بیژن سرافرازنیا شده است، افزود: ۷۰ درصد اراضی به آبیاری نوین مجهز شده است.\n",
			"سرپرست", "اداره جهاد کشاورزی شهرستان نمونه‌آباد", "بیژن سرافرازنیا"},
		{"به گزارش خبرنگار ما، در این آیین مریم دلاوری و سجاد نیک‌پور، به ترتیب رئیس شعبه مرکزی بانک ملت نمونه‌آباد و رئیس شعبه بانک ملت الف‌آباد حضور داشتند.\n\n" +
			"دلاوری از ابتدای آذرماه با حکم مدیر شعب بانک ملت استان جایگزین بیژن سرافرازنیا شده است.\n",
			"رئیس", "شعبه مرکزی بانک ملت نمونه‌آباد", "بیژن سرافرازنیا"},
		{"به گزارش خبرنگار ما، کامران تیزرو، معاون فرماندار نمونه‌آباد، جایگزین بیژن سرافرازنیا شد.\n", "", "", ""},
	} {
		doc, err := File("q.txt", []byte(head+c.body))
		if err != nil {
			t.Fatal(err)
		}
		if c.role == "" {
			for _, ap := range doc.Appointments {
				if ap.Role == "معاون" {
					t.Errorf("%s: appointment %+v from the post told in the sentence of the change", c.body, ap)
				}
			}
			continue
		}
		ok := false
		for _, ap := range doc.Appointments {
			if ap.Role == c.role && ap.Organization == c.org && ap.Predecessor == c.pred {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: appointments %+v, want %s %s after %s", c.body, doc.Appointments, c.role, c.org, c.pred)
		}
	}
}

// TestGaveOwnPlace checks «Y جای خود را به X داد»: X takes Y's post, the
// body the clause names or Y's own post told in apposition, with Y his
// predecessor; with no post anywhere, no appointment.
func TestGaveOwnPlace(t *testing.T) {
	head := "خبر تازه از یزد\n\n۶ بهمن ۱۴۰۴ - ۱۰:۲۰\n\nبه گزارش خبرنگار ما، "
	for _, c := range []struct {
		body, org string
	}{
		{"بیژن سرافرازنیا جای خود را به کامران تیزرو در شهرداری مهریز سپرد.\n", "شهرداری مهریز"},
		{"بیژن سرافرازنیا، شهردار مهریز، پس از چهار سال جای خود را به کامران تیزرو داد.\n", "شهرداری مهریز"},
		{"بیژن سرافرازنیا پس از چهار سال جای خود را به کامران تیزرو داد.\n", ""},
	} {
		doc, err := File("q.txt", []byte(head+c.body))
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, ap := range doc.Appointments {
			if ap.Person == "کامران تیزرو" && ap.Organization == c.org && ap.Predecessor == "بیژن سرافرازنیا" {
				ok = true
			}
		}
		if c.org == "" && len(doc.Appointments) > 0 {
			t.Errorf("%s: appointments %+v with no post told", c.body, doc.Appointments)
		}
		if c.org != "" && !ok {
			t.Errorf("%s: appointments %+v, want X in %s after Y", c.body, doc.Appointments, c.org)
		}
	}
}

// TestMonthStartDate checks that an appointment «از ابتدای بهمن‌ماه»
// is dated the month's first day, and «از آغاز بهمن» too.
func TestMonthStartDate(t *testing.T) {
	head := "فرماندار جدید مهریز معرفی شد\n\nسه‌شنبه ۷ بهمن ۱۴۰۴ - ۱۰:۲۰\n\nبه گزارش خبرنگار ما، "
	for _, body := range []string{
		"کامران تیزرو که از ابتدای بهمن‌ماه با حکم استاندار یزد به سمت فرماندار مهریز منصوب شده است، در این آیین معرفی شد.\n",
		"کامران تیزرو که از آغاز بهمن با حکم استاندار یزد به سمت فرماندار مهریز منصوب شده است، در این آیین معرفی شد.\n",
	} {
		doc, err := File("q.txt", []byte(head+body))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Appointments) != 1 || doc.Appointments[0].Date == nil || *doc.Appointments[0].Date != "2026-01-21" {
			t.Errorf("%s: appointments %+v, want one dated 2026-01-21", body, doc.Appointments)
		}
	}
}
