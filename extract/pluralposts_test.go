package extract

import (
	"reflect"
	"testing"
)

// TestPluralPostAppositions checks that a plural post in apposition to a
// list of names gives each person the post, distributed over a plural
// head's bodies in order.
func TestPluralPostAppositions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // person|role|body, of the plural rule
	}{
		{"counties distributed", "فرمانداران شهرستان‌های ساوه و خمین، بهمن راد و نادر امینی، در این نشست حضور داشتند.",
			[]string{"بهمن راد|فرماندار|فرمانداری شهرستان ساوه", "نادر امینی|فرماندار|فرمانداری شهرستان خمین"}},
		{"names before the plural post", "بهمن راد و نادر امینی، فرمانداران شهرستان‌های ساوه و خمین، در این نشست حضور داشتند.",
			[]string{"بهمن راد|فرماندار|فرمانداری شهرستان ساوه", "نادر امینی|فرماندار|فرمانداری شهرستان خمین"}},
		{"universities distributed, honorifics", "رؤسای دانشگاه‌های کاشان و اصفهان، دکتر بهمن راد و دکتر نادر امینی، در این نشست سخن گفتند.",
			[]string{"بهمن راد|رئیس|دانشگاه کاشان", "نادر امینی|رئیس|دانشگاه اصفهان"}},
		{"one post's body shared", "معاونان استاندار قم، بهمن راد و نادر امینی، در این نشست حضور داشتند.",
			[]string{"بهمن راد|معاون استاندار|استانداری قم", "نادر امینی|معاون استاندار|استانداری قم"}},
		{"a part of a body shared", "اعضای هیئت‌مدیره شرکت فولاد سپید، بهمن راد، سارا مقدم و نادر امینی، در این نشست حضور داشتند.",
			[]string{"بهمن راد|عضو هیئت‌مدیره|شرکت فولاد سپید", "سارا مقدم|عضو هیئت‌مدیره|شرکت فولاد سپید", "نادر امینی|عضو هیئت‌مدیره|شرکت فولاد سپید"}},
		{"lists of unequal length give nothing", "فرمانداران شهرستان‌های ساوه، خمین و تفرش، بهمن راد و نادر امینی، در این نشست حضور داشتند.", nil},
		{"no names, no posts", "فرمانداران شهرستان‌های ساوه و خمین در این نشست حضور داشتند و بهمن راد سخن گفت.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pluralAffiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
