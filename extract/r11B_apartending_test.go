package extract

import "testing"

// TestR11BSurnameEndingApart checks that a later mention of a surname
// whose ending is written apart («نیکو پور») joins the full name that
// writes it joined («کاوه نیکو‌پور»), and that two persons of one stem
// stay apart.
func TestR11BSurnameEndingApart(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ending apart", "تفاهم‌نامه با امضای مهندس کاوه نیکو\u200cپور مدیرعامل شرکت آب منطقه‌ای یزد منعقد شد. نیکو پور گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو\u200cپور"}},
		{"two persons", "کاوه نیکو\u200cپور و بهمن نیکو\u200cپور در جلسه بودند. نیکو پور گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو\u200cپور", "بهمن نیکو\u200cپور", "نیکو پور"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents, _ := collectPersons([]*analysis{analyze(tc.text)})
			var got []string
			for _, e := range ents {
				got = append(got, e.name)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			}
		})
	}
}
