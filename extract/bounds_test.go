package extract

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// TestLongSentenceIsCut checks that a run of words without a full stop is
// cut into sentences of at most maxSentenceTokens tokens whose texts and
// offsets still match the article.
func TestLongSentenceIsCut(t *testing.T) {
	text := "خبر کوتاه. " + strings.Repeat("مدیر ", 1000) + "پایان."
	toks, sents := tokenize(text)
	if len(sents) < 1000/maxSentenceTokens+1 {
		t.Fatalf("got %d sentences, want the long one cut", len(sents))
	}
	runes := []rune(text)
	count := make([]int, len(sents))
	for _, tk := range toks {
		count[tk.sent]++
		sp := sents[tk.sent]
		if tk.start < sp.Start || tk.end > sp.End {
			t.Fatalf("token %q at %d-%d outside its sentence %d-%d", tk.text, tk.start, tk.end, sp.Start, sp.End)
		}
	}
	for i, sp := range sents {
		if count[i] > maxSentenceTokens {
			t.Errorf("sentence %d has %d tokens, limit %d", i, count[i], maxSentenceTokens)
		}
		if sp.Text != string(runes[sp.Start:sp.End]) {
			t.Errorf("sentence %d text does not match its offsets", i)
		}
	}
}

// TestRolePhraseIsBounded checks that a role phrase stops after
// maxRoleTokens tokens when role words repeat.
func TestRolePhraseIsBounded(t *testing.T) {
	a := newAnalysis(0, Article{Lines: []string{strings.Repeat("مدیر ", 100) + "."}})
	a.run()
	r, ok := a.roleAt(0)
	if !ok {
		t.Fatal("no role at the first word")
	}
	if n := r.next - r.start; n > maxRoleTokens {
		t.Errorf("role phrase spans %d tokens, limit %d", n, maxRoleTokens)
	}
}

// TestRepeatedWordFile runs a large file of one word repeated to the end
// and checks it gives a document and no person or body.
func TestRepeatedWordFile(t *testing.T) {
	d, err := File("repeated.txt", []byte(strings.Repeat("مدیر ", 20000)))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Persons) != 0 || len(d.Organizations) != 0 || len(d.Appointments) != 0 {
		t.Errorf("got %d persons, %d bodies, %d appointments from one repeated word", len(d.Persons), len(d.Organizations), len(d.Appointments))
	}
}

// TestTimeBudget checks that a file over the time budget is refused with
// ErrBudget naming the file, not cut short silently.
func TestTimeBudget(t *testing.T) {
	old := TimeBudget
	TimeBudget = 0
	defer func() { TimeBudget = old }()
	_, err := File("slow.txt", []byte("علی رضایی به عنوان مدیرکل اداره کل ورزش استان یزد معرفی شد."))
	if !errors.Is(err, ErrBudget) || !strings.Contains(err.Error(), "slow.txt") {
		t.Fatalf("got %v, want ErrBudget naming the file", err)
	}
}

// BenchmarkRepeatedWord measures a 1.8 MB file of one word repeated
// («مدیر » × 200,000), the worst case for rules that look back or ahead
// over a sentence; it must run at about the speed of BenchmarkFile.
func BenchmarkRepeatedWord(b *testing.B) {
	benchText(b, strings.Repeat("مدیر ", 200000))
}

// BenchmarkManyAppointments measures 500 KB of distinct appointment
// sentences in one paragraph: many persons, roles and bodies per article.
func BenchmarkManyAppointments(b *testing.B) {
	given := []string{"علی", "محمد", "رضا", "حسین", "مریم", "زهرا"}
	sur := []string{"کریمی", "احمدی", "رضایی", "موسوی", "نوری", "صالحی"}
	var sb strings.Builder
	for i := 0; sb.Len() < 500000; i++ {
		sb.WriteString(given[i%6] + " " + sur[(i/6)%6] + " به عنوان مدیرکل اداره کل شماره " + itoa(i) +
			" معرفی شد و از زحمات " + given[(i+1)%6] + " " + sur[(i+2)%6] + " تقدیر شد، ")
	}
	benchText(b, sb.String())
}

func itoa(i int) string { return strconv.Itoa(i) }

func benchText(b *testing.B, text string) {
	data := []byte(text)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := File("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
