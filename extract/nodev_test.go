package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/peyvand/peyvand/persian"
)

// The rules must be general, so the development texts may be read by tests
// but never copied into the rules: no run of devRunWords words of a
// development text (../shared/extraction dev and dev2, the bundled corpus)
// appears in this package's code, comments, tests or lexicons, and no
// person named in the development gold appears there either. Names of the
// made-up sets' persons (testdata/*/gold) are kept out of the rules and
// lexicons too, where a name would be a rule fitted to one report; tests
// may use those.
const devRunWords = 10

// allowedNames are names the gold lists as persons that the rules name
// on purpose: figures of religion, not persons of any report; and the
// made-up name the rules' own examples use, which one made-up set happens
// to use too.
var allowedNames = map[string]bool{"امام علی": true, "کامران نیک فر": true}

// foldWords returns s's words, matching keys joined by single spaces with
// a space at each end: letters folded as persian.Normalize folds them, the
// non-joiner and every mark that is not a letter or digit a word break.
func foldWords(s string) string {
	s = persian.Normalize(s)
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// goldPersonNames returns the folded full names of the persons in every
// gold file under dirs.
func goldPersonNames(t *testing.T, dirs ...string) map[string]string {
	t.Helper()
	names := map[string]string{}
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no gold in %s (%v)", dir, err)
		}
		for _, f := range files {
			_, persons := readGoldPersons(t, f)
			for _, name := range persons {
				// A full name, given name and surname: one word joined by
				// the non-joiner («یزدان‌پناه») is a surname alone.
				if len(strings.Fields(persian.Normalize(name))) < 2 {
					continue
				}
				if k := foldWords(name); !allowedNames[strings.TrimSpace(k)] {
					names[k] = f
				}
			}
		}
	}
	return names
}

// ruleFiles returns this package's Go files and lexicons, the tests apart.
func ruleFiles(t *testing.T) (rules, tests []string) {
	t.Helper()
	gos, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range gos {
		if strings.HasSuffix(f, "_test.go") {
			tests = append(tests, f)
		} else {
			rules = append(rules, f)
		}
	}
	lex, err := filepath.Glob("lexicon/*.txt")
	if err != nil || len(lex) == 0 {
		t.Fatalf("no lexicons (%v)", err)
	}
	return append(rules, lex...), tests
}

func readFolded(t *testing.T, f string) string {
	t.Helper()
	raw, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return foldWords(string(raw))
}

func TestNoDevTextInRules(t *testing.T) {
	var texts []string
	for _, dir := range []string{filepath.Join(sharedExtraction, "dev/texts"), filepath.Join(sharedExtraction, "dev2/texts"), "../data/corpus"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no development texts in %s (%v)", dir, err)
		}
		texts = append(texts, files...)
	}
	runs := map[string]string{}
	for _, f := range texts {
		w := strings.Fields(readFolded(t, f))
		for i := 0; i+devRunWords <= len(w); i++ {
			runs[strings.Join(w[i:i+devRunWords], " ")] = f
		}
	}
	devNames := goldPersonNames(t, filepath.Join(sharedExtraction, "dev/gold"), filepath.Join(sharedExtraction, "dev2/gold"), filepath.Join(sharedExtraction, "gold/dev"))
	setDirs, err := filepath.Glob("testdata/*/gold")
	if err != nil || len(setDirs) == 0 {
		t.Fatalf("no made-up sets (%v)", err)
	}
	setNames := goldPersonNames(t, setDirs...)

	rules, tests := ruleFiles(t)
	check := func(f string, names ...map[string]string) {
		text := readFolded(t, f)
		w := strings.Fields(text)
		seen := map[string]bool{}
		for i := 0; i+devRunWords <= len(w); i++ {
			run := strings.Join(w[i:i+devRunWords], " ")
			if src, ok := runs[run]; ok && !seen[src] {
				seen[src] = true
				t.Errorf("%s holds «%s» from %s: write a made-up example", f, run, src)
			}
		}
		for _, set := range names {
			for n, src := range set {
				if strings.Contains(text, n) {
					t.Errorf("%s names «%s», a person of %s", f, strings.TrimSpace(n), src)
				}
			}
		}
	}
	for _, f := range rules {
		check(f, devNames, setNames)
	}
	for _, f := range tests {
		check(f, devNames)
	}
}

// TestNoDevTextInRulesCatches checks the check: a development sentence and a
// gold name pasted into a text are found.
func TestNoDevTextInRulesCatches(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(sharedExtraction, "dev2/texts/*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dev2 texts (%v)", err)
	}
	w := strings.Fields(readFolded(t, files[0]))
	if len(w) < devRunWords+10 {
		t.Fatalf("%s is too short", files[0])
	}
	pasted := "// «" + strings.Join(w[5:5+devRunWords], " ") + "»"
	if k := strings.Join(strings.Fields(foldWords(pasted)), " "); k != strings.Join(w[5:5+devRunWords], " ") {
		t.Errorf("folding a pasted run changed it: %q", k)
	}
	names := goldPersonNames(t, filepath.Join(sharedExtraction, "dev2/gold"))
	if len(names) == 0 {
		t.Fatal("no dev2 person names")
	}
	for n := range names {
		// The name as a comment might write it: with a non-joiner and an
		// Arabic kaf or yeh where the gold has the Persian letter.
		written := strings.NewReplacer(" ", "\u200c", "ک", "ك", "ی", "ي").Replace(strings.TrimSpace(n))
		if !strings.Contains(foldWords("// مثلاً "+written+" گفت"), n) {
			t.Errorf("the name «%s» written as «%s» is not found", strings.TrimSpace(n), written)
		}
		break
	}
}
