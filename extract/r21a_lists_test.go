package extract

import (
	"slices"
	"testing"
)

// TestR21aPairedPosts checks «الف و ب، R1 و R2 PLACE، ...» without «به
// ترتیب»: each name holds the post in the same place of the list, a bare
// post taking the last post's place or body, and the last name does not
// keep the first post.
func TestR21aPairedPosts(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"posts of their own offices", "شیراز- ایرنا- دیدار مردمی امروز برگزار شد. در این دیدار کیوان آبشارزاده و تورج برفاب‌نیا، فرماندار و شهردار کوهدشت، درباره طرح‌های عمرانی گفت‌وگو کردند.",
			[]string{"کیوان آبشارزاده|فرماندار|فرمانداری کوهدشت", "تورج برفاب‌نیا|شهردار|شهرداری کوهدشت"},
			[]string{"تورج برفاب‌نیا|فرماندار|فرمانداری شیراز", "تورج برفاب‌نیا|فرماندار|فرمانداری کوهدشت"}},
		{"posts of one body", "در این نشست سیمین آبنوس‌پور و بهرام دشتی‌فر، رئیس و معاون اداره کل ورزش و جوانان استان لرستان، حضور داشتند.",
			[]string{"سیمین آبنوس‌پور|رئیس|اداره کل ورزش و جوانان استان لرستان", "بهرام دشتی‌فر|معاون|اداره کل ورزش و جوانان استان لرستان"},
			[]string{"بهرام دشتی‌فر|رئیس|اداره کل ورزش و جوانان استان لرستان"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := r19aAffs(t, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("affiliations %q lack %q", got, w)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("affiliations %q hold %q", got, w)
				}
			}
		})
	}
}
