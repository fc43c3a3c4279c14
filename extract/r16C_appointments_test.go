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
