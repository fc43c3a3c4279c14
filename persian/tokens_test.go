package persian

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, row := range readTable(t, "tokens.tsv", 2) {
		text := row[0]
		toks := Tokenize(text)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, " | "); g != row[1] {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", text, g, row[1])
		}
		checkTokens(t, text, toks)
	}
}

func TestTokenNormKeepsNonJoiner(t *testing.T) {
	toks := Tokenize("اسفند‌ماه كرمانشاه ۱۴۰۳")
	want := []string{"اسفند\u200cماه", "کرمانشاه", "1403"}
	if len(toks) != len(want) {
		t.Fatalf("Tokenize gave %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Norm != w {
			t.Errorf("token %d Norm = %q, want %q", i, toks[i].Norm, w)
		}
	}
}

// checkTokens checks that every token is the text at its offsets, that
// tokens are in order without overlap, and that only white space and
// invisible marks lie between them.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(runes) {
			t.Fatalf("Tokenize(%q): token %q at bad offsets %d:%d", text, tk.Text, tk.Start, tk.End)
		}
		if string(runes[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("Tokenize(%q): token %q is not the text at %d:%d", text, tk.Text, tk.Start, tk.End)
		}
		if tk.Norm != Normalize(tk.Text) {
			t.Fatalf("Tokenize(%q): Norm %q is not Normalize(%q)", text, tk.Norm, tk.Text)
		}
		for _, r := range runes[prev:tk.Start] {
			if k := kindOf(r); k != kindSpace && k != kindJoin {
				t.Fatalf("Tokenize(%q): rune %q between tokens was dropped", text, r)
			}
		}
		prev = tk.End
	}
	for _, r := range runes[prev:] {
		if k := kindOf(r); k != kindSpace && k != kindJoin {
			t.Fatalf("Tokenize(%q): trailing rune %q was dropped", text, r)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, row := range readTable(t, "sentences.tsv", 2) {
		text := strings.ReplaceAll(row[0], `\n`, "\n")
		spans := Sentences(text)
		var got []string
		runes := []rune(text)
		for _, s := range spans {
			got = append(got, s.Text)
			if string(runes[s.Start:s.End]) != s.Text {
				t.Errorf("Sentences(%q): span %d:%d is not %q", text, s.Start, s.End, s.Text)
			}
		}
		if g := strings.Join(got, " | "); g != row[1] {
			t.Errorf("Sentences(%q)\n got %s\nwant %s", text, g, row[1])
		}
	}
}
