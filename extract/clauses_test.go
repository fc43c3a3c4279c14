package extract

import (
	"testing"
)

// appointmentsOf returns the appointments of a made-up article as
// "person|role|body|predecessor" strings.
func appointmentsOf(text string) []string {
	a := analyze(text)
	var out []string
	for _, ap := range a.apps {
		pred := ""
		if ap.predecessor != nil {
			pred = ap.predecessor.name
		}
		out = append(out, ap.person.name+"|"+ap.role.role+"|"+ap.role.org+"|"+pred)
	}
	return out
}

// TestAppointmentClauses checks each appointment construction on made-up
// sentences.
func TestAppointmentClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"to the post by decree", "با حکم استاندار، بهرام نیکزاد به سمت فرماندار شهرستان نطنز منصوب شد.",
			[]string{"بهرام نیکزاد|فرماندار|فرمانداری شهرستان نطنز|"}},
		{"post as predicate", "در آیینی که دیروز برگزار شد، سارا مقدم سرپرست اداره ورزش و جوانان شهرستان رامسر شد.",
			[]string{"سارا مقدم|سرپرست|اداره ورزش و جوانان شهرستان رامسر|"}},
		{"past post is not new", "سارا مقدم که پیش از این سرپرست اداره ورزش و جوانان شهرستان رامسر شد، سخن گفت.", nil},
		{"replaces in a body", "سرهنگ پرویز تابان جایگزین سرهنگ منصور کیانی در فرمانداری شهرستان بم شد.",
			[]string{"پرویز تابان|فرماندار|فرمانداری شهرستان بم|منصور کیانی"}},
		{"kept in post", "در مجمع انتخاباتی، ناصر فرهمند با کسب ۱۲ رأی در سمت رئیس هیئت تنیس استان یزد ابقا شد.",
			[]string{"ناصر فرهمند|رئیس|هیئت تنیس استان یزد|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := appointmentsOf(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}
