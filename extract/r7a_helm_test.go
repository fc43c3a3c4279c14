package extract

import "testing"

// TestHelmOfCommandIsPost checks that «فرماندهی» after «سکان» (the helm)
// is the post taken, so the body is the unit, not a command named after it.
func TestHelmOfCommandIsPost(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سرهنگ پاسدار کیوان مهرآرا سکان فرماندهی تیپ ۴۰ صاحب‌الزمان را به دست گرفت.", []string{"تیپ ۴۰ صاحب‌الزمان"}},
	})
}
