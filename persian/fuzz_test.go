package persian

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// addSeeds adds the corpus lines and the test tables as fuzz seeds.
func addSeeds(f *testing.F) {
	f.Helper()
	for name, fields := range map[string]int{"dates.tsv": 3, "numbers.tsv": 2, "tokens.tsv": 2, "sentences.tsv": 2} {
		for _, row := range readTable(f, name, fields) {
			f.Add(row[0])
		}
	}
	f.Add("اجلاس يكشنبه سی‌ويکم فروردين‌ماه ١٤٠٤\u200f")
	f.Add("\u200c\u200c ـ ۱۴۰۳/۱۲/۱۲-")
}

func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if nn := Normalize(n); nn != n {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", s, n, nn)
		}
		if sq := Squash(n); sq != Squash(s) {
			t.Fatalf("Squash(Normalize(%q)) = %q, Squash = %q", s, sq, Squash(s))
		}
	})
}

func FuzzFindDates(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		prev := 0
		for _, d := range FindDates(s, 1404) {
			if d.Start < prev || d.End <= d.Start || d.End > len(runes) {
				t.Fatalf("FindDates(%q): bad offsets %d:%d", s, d.Start, d.End)
			}
			if string(runes[d.Start:d.End]) != d.Original {
				t.Fatalf("FindDates(%q): Original %q is not runes[%d:%d]", s, d.Original, d.Start, d.End)
			}
			g, err := time.Parse(time.DateOnly, d.ISO)
			if err != nil {
				t.Fatalf("FindDates(%q): ISO %q: %v", s, d.ISO, err)
			}
			sh, err := time.Parse(time.DateOnly, d.SolarHijri)
			if err != nil {
				t.Fatalf("FindDates(%q): SolarHijri %q: %v", s, d.SolarHijri, err)
			}
			if y, m, day := ToSolarHijri(g); y != sh.Year() || m != int(sh.Month()) || day != sh.Day() {
				t.Fatalf("FindDates(%q): ISO %s is not SolarHijri %s", s, d.ISO, d.SolarHijri)
			}
			switch d.Precision {
			case PrecisionDay, PrecisionMonth, PrecisionYear, PrecisionPeriod:
			default:
				t.Fatalf("FindDates(%q): precision %q", s, d.Precision)
			}
			prev = d.End
		}
	})
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s, Tokenize(s))
		runes := []rune(s)
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Text {
				t.Fatalf("Sentences(%q): bad span %d:%d %q", s, sp.Start, sp.End, sp.Text)
			}
			prev = sp.End
		}
	})
}

// corpusTexts returns the texts of the bundled corpus and their size in
// bytes, or skips the benchmark when there is none.
func corpusTexts(b *testing.B) (texts []string, size int) {
	b.Helper()
	files, err := filepath.Glob("../data/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Skipf("no corpus in ../data/corpus: %v", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	return texts, size
}

func BenchmarkFindDates(b *testing.B) {
	texts, size := corpusTexts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			FindDates(t, 1404)
		}
	}
}

// BenchmarkSquash keys every word of the bundled corpus, as extraction and
// entity resolution do.
func BenchmarkSquash(b *testing.B) {
	texts, _ := corpusTexts(b)
	var words []string
	size := 0
	for _, t := range texts {
		for _, w := range strings.Fields(t) {
			words = append(words, w)
			size += len(w)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Squash(w)
		}
	}
}
