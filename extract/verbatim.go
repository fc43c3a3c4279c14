package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// Extraction reads normalized text (persian.Normalize: Arabic letter forms
// folded, Persian digits made ASCII, diacritics dropped), so that rules and
// lexicons match however a page spells a word. What a user reads must keep
// the page's own characters: «مسئول», not «مسیول»; «۲۸ فروردین», not
// «28 فروردین». verbatim maps a finished document back onto the raw file:
// each article's text becomes the raw lines it was read from (white space
// folded, markup and invisible controls dropped), evidence offsets and
// quotes point into that text, and every name, role, title and date text is
// replaced by the raw spelling of the same words. Normalizing any string of
// the result gives the string extraction found, so keys and comparisons do
// not change.

// verbatimLine is one normalized line mapped onto the raw line it came from.
type verbatimLine struct {
	text []rune // the line in the raw file's characters
	// at[i] is where normalized rune i starts in text; at[len] = len(text).
	at []int
}

// verbatimArticle is an article's normalized text and its verbatim text.
type verbatimArticle struct {
	norm string
	verb []rune
	at   []int // normalized rune offset → verbatim rune offset, len(norm runes)+1
}

// verbatimFold is the normal form of one raw rune, as Normalize (after
// segmentation's ڪ → ک) makes it, or -1 for a rune Normalize drops.
func verbatimFold(r rune) rune {
	if r < 0x0600 && !unicode.IsSpace(r) {
		return r
	}
	if r >= 0x0600 && r < 0x0700 {
		return arabicFold[r-0x0600]
	}
	return foldOne(r)
}

// arabicFold is foldOne of the Arabic block, the bulk of every page.
var arabicFold = func() (t [0x100]rune) {
	for i := range t {
		t[i] = foldOne(rune(0x0600 + i))
	}
	return t
}()

// foldOne folds r with persian.Normalize.
func foldOne(r rune) rune {
	if r == 'ڪ' {
		return 'ک'
	}
	s := persian.Normalize(string(r))
	if s == "" {
		if unicode.IsSpace(r) {
			return ' '
		}
		return -1
	}
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// isVisibleMark reports a dropped rune that is part of the written word: a
// diacritic or the tatweel; bidi and zero-width controls are not kept.
func isVisibleMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640
}

// isScriptLetter reports a letter of the Arabic script.
func isScriptLetter(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r)
}

// alignLine maps the normalized line norm onto raw, walking both: each
// normalized rune takes the next raw rune that folds to it (a space takes a
// run of white space), with the diacritics after it. Raw runes passed over
// are markup the segmenter removed («**», a link's address, a date
// marker); passing over a letter of the script means raw is not the line's
// source, and alignLine fails.
func alignLine(norm string, raw []rune) (verbatimLine, bool) {
	nr := []rune(norm)
	l := verbatimLine{text: make([]rune, 0, len(raw)), at: make([]int, 0, len(nr)+1)}
	j := 0
	for _, c := range nr {
		matched := false
		for j < len(raw) {
			r := raw[j]
			f := verbatimFold(r)
			j++
			if f == c || c == ' ' && f == ' ' {
				l.at = append(l.at, len(l.text))
				if c == ' ' {
					l.text = append(l.text, ' ')
					for j < len(raw) && (unicode.IsSpace(raw[j]) || verbatimFold(raw[j]) < 0 && !isVisibleMark(raw[j])) {
						j++
					}
				} else {
					l.text = append(l.text, r)
					for j < len(raw) && isVisibleMark(raw[j]) {
						l.text = append(l.text, raw[j])
						j++
					}
				}
				matched = true
				break
			}
			if isScriptLetter(r) && f >= 0 {
				return verbatimLine{}, false
			}
		}
		if !matched {
			return verbatimLine{}, false
		}
	}
	l.at = append(l.at, len(l.text))
	return l, true
}

// verbatimText maps the articles' normalized texts onto the raw file.
// Lines are found in order; a line no raw line gives (which segmentation
// does not make) keeps its normalized form.
func verbatimText(doc *Document, raw string) []verbatimArticle {
	var rawLines [][]rune
	for _, s := range strings.Split(strings.TrimPrefix(raw, "\ufeff"), "\n") {
		rawLines = append(rawLines, []rune(s))
	}
	out := make([]verbatimArticle, len(doc.Articles))
	cur := 0
	for i, a := range doc.Articles {
		// The lines printed above an article's title are its last: they
		// are looked for again from the article's start.
		from := cur
		n := utf8.RuneCountInString(a.Text)
		va := verbatimArticle{norm: a.Text, verb: make([]rune, 0, n+n/8), at: make([]int, 0, n+1)}
		for k, line := range strings.Split(a.Text, "\n") {
			if k > 0 {
				va.at = append(va.at, len(va.verb))
				va.verb = append(va.verb, '\n')
			}
			vl, found := findLine(line, rawLines, &cur)
			if !found && from < cur {
				vl, found = findLine(line, rawLines[:cur], &from)
			}
			if !found {
				vl.text = []rune(line)
				for n := range vl.text {
					vl.at = append(vl.at, n)
				}
				vl.at = append(vl.at, len(vl.text))
			}
			base := len(va.verb)
			for _, p := range vl.at[:len(vl.at)-1] {
				va.at = append(va.at, base+p)
			}
			va.verb = append(va.verb, vl.text...)
		}
		va.at = append(va.at, len(va.verb))
		out[i] = va
	}
	return out
}

// findLine aligns line with the first of lines, from *next on, that is its
// source, and moves *next past it.
func findLine(line string, lines [][]rune, next *int) (verbatimLine, bool) {
	for j := *next; j < len(lines); j++ {
		if l, ok := alignLine(line, lines[j]); ok {
			*next = j + 1
			return l, true
		}
	}
	return verbatimLine{}, false
}

// verbatimizer replaces normalized strings by their spelling in the text.
type verbatimizer struct {
	arts  []verbatimArticle
	cache map[string]string
	// words indexes where each word of the normalized texts starts, in
	// text order, so that a string is looked for only where its first word
	// stands.
	words map[string][]wordAt
}

// wordAt is where a word starts: article, byte and rune offset.
type wordAt struct{ art, b, r int }

// isWordRune reports a rune that belongs to a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// firstWord is the word s starts with, or "" when s starts otherwise.
func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

func (v *verbatimizer) index() {
	v.words = map[string][]wordAt{}
	for a, va := range v.arts {
		start, startR, in := 0, 0, false
		ri := 0
		for i, r := range va.norm {
			w := isWordRune(r)
			if w && !in {
				start, startR = i, ri
			}
			if !w && in {
				v.words[va.norm[start:i]] = append(v.words[va.norm[start:i]], wordAt{a, start, startR})
			}
			in = w
			ri++
		}
		if in {
			v.words[va.norm[start:]] = append(v.words[va.norm[start:]], wordAt{a, start, startR})
		}
	}
}

// span returns the verbatim text of normalized runes [s, e) of article a.
func (v *verbatimizer) span(a, s, e int) string {
	va := v.arts[a]
	return string(va.verb[va.at[s]:va.at[e]])
}

// find returns the verbatim spelling of the normalized string s: the raw
// text of its first occurrence that stands as whole words, else of its
// first occurrence, else s with each word spelled as the text spells it.
func (v *verbatimizer) find(s string) string {
	if s == "" {
		return s
	}
	if r, ok := v.cache[s]; ok {
		return r
	}
	r, ok := v.occurrence(s)
	if cut, ell := strings.CutSuffix(s, "…"); !ok && ell {
		r, ok = v.find(cut)+"…", true
	}
	if !ok {
		words := strings.Split(s, " ")
		for i, w := range words {
			if vw, ok := v.occurrence(w); ok {
				words[i] = vw
			}
		}
		r = strings.Join(words, " ")
	}
	v.cache[s] = r
	return r
}

// occurrence finds s in the normalized texts, preferring a match bounded by
// non-letters.
func (v *verbatimizer) occurrence(s string) (string, bool) {
	n := utf8.RuneCountInString(s)
	if fw := firstWord(s); fw != "" {
		for _, w := range v.words[fw] {
			text := v.arts[w.art].norm
			if !strings.HasPrefix(text[w.b:], s) {
				continue
			}
			if after, _ := utf8.DecodeRuneInString(text[w.b+len(s):]); !unicode.IsLetter(after) {
				return v.span(w.art, w.r, w.r+n), true
			}
		}
	}
	first := ""
	found := false
	for a, va := range v.arts {
		text := va.norm
		off := 0
		// start is the rune offset of byte b, counted on from the last match.
		counted, start := 0, 0
		for {
			k := strings.Index(text[off:], s)
			if k < 0 {
				break
			}
			b := off + k
			start += utf8.RuneCountInString(text[counted:b])
			counted = b
			got := v.span(a, start, start+n)
			if !found {
				first, found = got, true
			}
			before, _ := utf8.DecodeLastRuneInString(va.norm[:b])
			after, _ := utf8.DecodeRuneInString(va.norm[b+len(s):])
			if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
				return got, true
			}
			_, size := utf8.DecodeRuneInString(text[b:])
			off = b + size
		}
	}
	return first, found
}

func (v *verbatimizer) list(ss []string) []string {
	for i, s := range ss {
		ss[i] = v.find(s)
	}
	return ss
}

// evidence points ev at the verbatim text.
func (v *verbatimizer) evidence(ev []Evidence) {
	for i := range ev {
		e := &ev[i]
		if e.Article < 0 || e.Article >= len(v.arts) {
			continue
		}
		at := v.arts[e.Article].at
		if e.Start < 0 || e.End > len(at)-1 || e.Start > e.End {
			continue
		}
		if e.Quote == "" && e.Start == e.End {
			continue
		}
		e.Start, e.End = at[e.Start], at[e.End]
		e.Quote = string(v.arts[e.Article].verb[e.Start:e.End])
	}
}

// verbatim rewrites doc, extracted from the raw file text raw, in the
// file's own characters (see the comment at the top of this file).
func verbatim(doc *Document, raw string) *Document {
	return newVerbatimizer(doc, raw).document(doc)
}

// newVerbatimizer maps the articles of doc, still in normalized text, onto
// the raw file text raw.
func newVerbatimizer(doc *Document, raw string) *verbatimizer {
	v := &verbatimizer{arts: verbatimText(doc, raw), cache: map[string]string{}}
	v.index()
	return v
}

// document rewrites doc, the document v was made from, in the file's own
// characters.
func (v *verbatimizer) document(doc *Document) *Document {
	for i := range doc.Articles {
		a := &doc.Articles[i]
		a.Title = v.find(a.Title)
		a.Text = string(v.arts[i].verb)
	}
	for i := range doc.Persons {
		p := &doc.Persons[i]
		p.Name = v.find(p.Name)
		v.list(p.Aliases)
		v.list(p.Titles)
		v.evidence(p.Evidence)
	}
	for i := range doc.Organizations {
		o := &doc.Organizations[i]
		o.Name, o.Kind, o.Parent, o.Place = v.find(o.Name), v.find(o.Kind), v.find(o.Parent), v.find(o.Place)
		v.list(o.Aliases)
		v.evidence(o.Evidence)
	}
	for i := range doc.Affiliations {
		a := &doc.Affiliations[i]
		a.Person, a.Role, a.Organization = v.find(a.Person), v.find(a.Role), v.find(a.Organization)
		v.evidence(a.Evidence)
	}
	for i := range doc.Appointments {
		a := &doc.Appointments[i]
		a.Person, a.Role, a.Organization = v.find(a.Person), v.find(a.Role), v.find(a.Organization)
		a.Predecessor, a.DateText = v.find(a.Predecessor), v.find(a.DateText)
		v.evidence(a.Evidence)
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		e.Title, e.DateText, e.Place = v.find(e.Title), v.find(e.DateText), v.find(e.Place)
		v.list(e.Participants)
		v.list(e.Organizations)
		if len(e.Parts) > 0 {
			parts := make(map[string]string, len(e.Parts))
			for name, part := range e.Parts {
				parts[v.find(name)] = part
			}
			e.Parts = parts
		}
		v.evidence(e.Evidence)
	}
	for i := range doc.Projects {
		p := &doc.Projects[i]
		p.Name, p.Kind, p.Organization, p.Place = v.find(p.Name), v.find(p.Kind), v.find(p.Organization), v.find(p.Place)
		v.list(p.Figures)
		v.evidence(p.Evidence)
	}
	return doc
}
