package extract

import (
	"slices"
	"testing"
)

// TestR14DBoardSpellings checks that a board is one set of names for both
// readers of it, in both spellings of «هیئت» (هیات), joined or apart: the
// body whose general assembly the report names owns the board's post, and
// a council's representative sits on another body's board.
func TestR14DBoardSpellings(t *testing.T) {
	for _, board := range []string{"هیئت‌مدیره", "هیئت مدیره", "هیات مدیره", "هیات‌مدیره"} {
		text := "مجمع عمومی شرکت تعاونی مرزنشینان آستارا برگزار شد. در این جلسه کامران دلاوری‌پور به عنوان رئیس " + board + " انتخاب شد."
		got := r13DApps(t, text)
		want := "کامران دلاوری‌پور | رئیس " + board + " | شرکت تعاونی مرزنشینان آستارا | "
		if !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", board, got, want)
		}
		text = "اعضای شورای اسلامی شهر رشت، مهسا دلاوری‌نیا را به عنوان نماینده شورا در " + board + " سازمان پارک‌ها و فضای سبز شهرداری رشت انتخاب کردند."
		got = r13DApps(t, text)
		want = "مهسا دلاوری‌نیا | نماینده شورا در " + board + " | سازمان پارک‌ها و فضای سبز شهرداری رشت | "
		if !slices.Contains(got, want) {
			t.Errorf("%s: appointments %q, want %q", board, got, want)
		}
	}
}
