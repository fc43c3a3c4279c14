package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// minKeyRunes is the shortest name key searched for in text when an item
// comes without evidence; shorter keys match inside too many words.
const minKeyRunes = 3

// sentenceEnds are the runes that end a sentence of a source text.
const sentenceEnds = ".!?؟\n"

// sentence is one sentence of a source text: its source, rune offsets and
// matching key (persian.Squash of the sentence).
type sentence struct {
	src        *sourceText
	start, end int
	key        string
}

// sourceText is a source's text.
type sourceText struct {
	id    string
	runes []rune
}

// textFinder finds, for an item the extractor gave no evidence for, the
// first sentence of the document's sources that mentions it. Sources are
// split into sentences only when first needed, and the sentences that
// mention a name are looked for once per document.
type textFinder struct {
	sources   []*sourceText
	sentences []sentence // of all sources, in order
	split     bool
	mentions  map[string][]int // name → indexes of the sentences containing its key
}

func newTextFinder(ids, texts []string) *textFinder {
	f := &textFinder{mentions: map[string][]int{}}
	for i, id := range ids {
		f.sources = append(f.sources, &sourceText{id: id, runes: []rune(texts[i])})
	}
	return f
}

func (f *textFinder) splitAll() {
	f.split = true
	for _, s := range f.sources {
		start := 0
		for i, r := range s.runes {
			if strings.ContainsRune(sentenceEnds, r) {
				f.add(s, start, i+1)
				start = i + 1
			}
		}
		f.add(s, start, len(s.runes))
	}
}

// add records the sentence runes[start:end] of s, trimmed of white space.
func (f *textFinder) add(s *sourceText, start, end int) {
	for start < end && unicode.IsSpace(s.runes[start]) {
		start++
	}
	for end > start && unicode.IsSpace(s.runes[end-1]) {
		end--
	}
	if end > start {
		f.sentences = append(f.sentences, sentence{src: s, start: start, end: end, key: persian.Squash(string(s.runes[start:end]))})
	}
}

// sentencesWith returns the indexes of the sentences that mention name.
// A name whose key is shorter than minKeyRunes is never found.
func (f *textFinder) sentencesWith(name string) []int {
	if idx, ok := f.mentions[name]; ok {
		return idx
	}
	var idx []int
	if key := persian.Squash(name); utf8.RuneCountInString(key) >= minKeyRunes {
		for i, sn := range f.sentences {
			if strings.Contains(sn.key, key) {
				idx = append(idx, i)
			}
		}
	}
	f.mentions[name] = idx
	return idx
}

// find returns the evidence of the first sentence that mentions one name of
// every group, or false.
func (f *textFinder) find(groups ...[]string) (peyvand.Evidence, bool) {
	if len(groups) == 0 {
		return peyvand.Evidence{}, false
	}
	if !f.split {
		f.splitAll()
	}
	var common map[int]bool
	for _, g := range groups {
		in := map[int]bool{}
		for _, name := range g {
			for _, i := range f.sentencesWith(name) {
				if common == nil || common[i] {
					in[i] = true
				}
			}
		}
		if len(in) == 0 {
			return peyvand.Evidence{}, false
		}
		common = in
	}
	first := -1
	for i := range common {
		if first < 0 || i < first {
			first = i
		}
	}
	sn := f.sentences[first]
	return peyvand.Evidence{SourceID: sn.src.id, Quote: string(sn.src.runes[sn.start:sn.end]), Start: sn.start, End: sn.end}, true
}

// fallback is the evidence of an item no sentence could be found for: the
// document's first source, without a quote.
func (f *textFinder) fallback() peyvand.Evidence {
	return peyvand.Evidence{SourceID: f.sources[0].id}
}
