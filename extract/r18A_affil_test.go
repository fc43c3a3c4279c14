package extract

import "testing"

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
