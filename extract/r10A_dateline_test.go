package extract

import "testing"

// TestR10AUnlistedDatelineOutlet checks that the words between the
// dashes of a dateline after its town name the outlet, listed or not,
// and that a reporter or a number there names none.
func TestR10AUnlistedDatelineOutlet(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سمنان- نوای کویر- کامران نیک‌فر فرماندار سمنان از بازار بازدید کرد.", []string{"نوای کویر", "فرمانداری سمنان"}},
		{"سمنان- خبرنگار ما- کامران نیک‌فر از بازار بازدید کرد.", nil},
		{"سمنان- مریم رضایی- کامران نیک‌فر از بازار بازدید کرد.", nil},
	})
}

// TestR10AAgencyCentre checks that «صدا و سیما» inside the name of the
// broadcaster's news agency and its provincial centre cited as a source
// («به گزارش ...») is no body of its
// own.
func TestR10AAgencyCentre(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش خبرگزاری صدا و سیما مرکز سمنان، آیین تودیع امروز برگزار شد.", []string{"خبرگزاری صدا و سیما مرکز سمنان"}},
	})
}

// TestR10AMastheadWithBlessing checks that an information site's masthead
// line keeps a blessing in brackets inside the name of its body.
func TestR10AMastheadWithBlessing(t *testing.T) {
	got := orgNames(t, "پایگاه اطلاع‌رسانی سپاه امام علی (ع) استان سمنان\n\nکامران نیک‌فر از پادگان بازدید کرد.")
	want := "پایگاه اطلاع‌رسانی سپاه امام علی (ع) استان سمنان"
	found := false
	for _, g := range got {
		if g == want {
			found = true
		}
	}
	if !found {
		t.Errorf("bodies %q, want %q among them", got, want)
	}
}

// TestR10ANewsSites checks that a national news site named in a source
// («به گزارش X،») is a body.
func TestR10ANewsSites(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش تجارت نیوز، بازار سرمایه امروز رشد کرد.", []string{"تجارت نیوز"}},
	})
}
