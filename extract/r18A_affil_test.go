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
