package extract

import (
	"fmt"
	"io"
	"strings"
)

// Note says which rule produced or rejected one fact of an article.
type Note struct {
	Article  int    // index of the article in the file
	Sentence int    // index of the sentence in the article
	Kind     string // person, body, affiliation, appointment, event, date, participant
	Rule     string // the rule's name
	Accepted bool
	Fact     string // the fact, or the candidate rejected
	Why      string // why a candidate was rejected
	Quote    string // the sentence, in the file's own characters
	// quoteStart and quoteEnd are the sentence's rune offsets in the
	// article's normalized text, while Quote is still normalized.
	quoteStart, quoteEnd int
}

// Explain extracts one file like File and returns, besides the document,
// a note for every fact the rules produced (persons, bodies, affiliations,
// appointments, events, their dates and participants, the article's own
// date) and for the candidates the rules rejected (appointments, body
// events, persons not taking part in an event), so one can see why a
// fact is or is not there.
func Explain(name string, data []byte) (*Document, []Note, error) {
	var notes []Note
	doc, err := file(name, data, func(a *analysis, v *verbatimizer) { notes = append(notes, v.notes(a.explain())...) })
	return doc, notes, err
}

// phrase spells s as the file does: s whole when the text holds it, else
// each of its words, the marks around a word («...», a colon) kept as they
// are, so that a fact made of names, dates and signs («X — رئیس — Y»،
// «2025-05-06 «۱۴۰۴/۰۲/۱۶»») reads in the file's letters and digits.
func (v *verbatimizer) phrase(s string) string {
	if r, ok := v.occurrence(s); ok {
		return r
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
		if core == "" {
			continue
		}
		if vw, ok := v.occurrence(core); ok {
			words[i] = strings.Replace(w, core, vw, 1)
		}
	}
	return strings.Join(words, " ")
}

// notes rewrites the quotes and facts of ns, found in normalized text, in
// the file's own characters: a quote is its sentence's span of the raw
// article, and a fact's names are spelled as the file spells them.
func (v *verbatimizer) notes(ns []Note) []Note {
	for i := range ns {
		n := &ns[i]
		n.Fact = v.phrase(n.Fact)
		if n.Quote == "" || n.Article < 0 || n.Article >= len(v.arts) {
			continue
		}
		if at := v.arts[n.Article].at; n.quoteStart >= 0 && n.quoteStart <= n.quoteEnd && n.quoteEnd < len(at) {
			n.Quote = v.span(n.Article, n.quoteStart, n.quoteEnd)
		}
	}
	return ns
}

// reject records a rejected candidate while explaining.
func (a *analysis) reject(kind, rule string, sent int, fact, why string) {
	if a.rejected == nil {
		return
	}
	*a.rejected = append(*a.rejected, Note{Article: a.idx, Sentence: sent, Kind: kind, Rule: rule, Fact: fact, Why: why})
}

// explain returns the notes of an analysed article: its findings, then
// the rejections recorded on the way.
func (a *analysis) explain() []Note {
	var out []Note
	add := func(kind, rule string, sent int, fact string) {
		out = append(out, Note{Article: a.idx, Sentence: sent, Kind: kind, Rule: rule, Accepted: true, Fact: fact})
	}
	for _, p := range a.persons {
		rule := "given name + surname"
		if !p.given {
			rule = "title or known surname"
		}
		add("person", rule, a.toks[p.start].sent, p.name)
	}
	for _, o := range a.orgs {
		rule := "head noun " + o.head
		if o.head == "" {
			rule = "known body or outlet"
		}
		add("body", rule, a.toks[min(o.start, len(a.toks)-1)].sent, o.name)
	}
	for _, af := range a.affs {
		add("affiliation", af.rule, af.sent, af.person.name+" — "+af.role.role+" — "+af.role.org)
	}
	for _, ap := range a.apps {
		f := ap.person.name + " — " + ap.role.role + " — " + ap.role.org
		if ap.predecessor != nil {
			f += " (after " + ap.predecessor.name + ")"
		}
		add("appointment", ap.rule, ap.sent, f)
	}
	if rule, sent, fact := a.publishedNote(); rule != "" {
		add("date", rule, sent, fact)
	}
	for n := range a.events {
		e := &a.events[n]
		add("event", e.rule, e.sent, e.typ+": "+e.title)
		if e.date != nil {
			add("date", e.dateRule, a.sentOfDate(e), e.typ+": "+e.date.ISO+" «"+e.date.Original+"»")
		}
		out = append(out, a.participantNotes(e)...)
	}
	for _, w := range a.warnings {
		out = append(out, Note{Article: a.idx, Sentence: -1, Kind: "date", Rule: "weekday check", Fact: w, Why: "a doubt about the text; the date stands"})
	}
	if a.rejected != nil {
		out = append(out, *a.rejected...)
	}
	for i := range out {
		if s := out[i].Sentence; s >= 0 && s < len(a.sents) {
			out[i].Quote, out[i].quoteStart, out[i].quoteEnd = a.sents[s].Text, a.sents[s].Start, a.sents[s].End
		}
	}
	return out
}

// WriteNotes prints notes for a reader, one fact a line with its sentence.
func WriteNotes(w io.Writer, file string, notes []Note) error {
	if _, err := fmt.Fprintf(w, "# %s: %d notes\n", file, len(notes)); err != nil {
		return err
	}
	for _, n := range notes {
		mark, why := "+", ""
		if !n.Accepted {
			mark, why = "-", " — rejected: "+n.Why
		}
		q := []rune(strings.ReplaceAll(n.Quote, "\n", " "))
		if len(q) > 160 {
			q = append(q[:160], '…')
		}
		where := fmt.Sprintf("article %d, sentence %d: %s", n.Article, n.Sentence, string(q))
		if n.Sentence < 0 {
			where = fmt.Sprintf("article %d", n.Article) // a fact of the whole article
		}
		if _, err := fmt.Fprintf(w, "%s %-11s [%s] %s%s\n    %s\n", mark, n.Kind, n.Rule, n.Fact, why, where); err != nil {
			return err
		}
	}
	return nil
}

// publishedNote tells where the article's date came from: its marker,
// its dateline, or the article before it.
func (a *analysis) publishedNote() (rule string, sent int, fact string) {
	if a.published.IsZero() {
		return "", 0, ""
	}
	iso := a.publishedISO()
	switch d := articleDateline(&a.art); {
	case a.art.Published != "":
		return "article date: date marker", -1, iso
	case d != nil:
		return "article date: dateline", -1, iso + " «" + d.Original + "»"
	}
	return "article date: the article before it in the file", -1, iso
}

// sentOfDate returns the sentence that holds e's date text, else e's.
func (a *analysis) sentOfDate(e *eventMention) int {
	for s := range a.sents {
		if strings.Contains(a.sents[s].Text, e.date.Original) {
			return s
		}
	}
	return e.sent
}

// participantNotes tells, for each person of the article, whether and by
// which rule they take part in e: once for a person whose mentions take
// part (a full name and the surname alone are one person), else once with
// the reason of their first mention.
func (a *analysis) participantNotes(e *eventMention) []Note {
	type verdict struct {
		p    *personMention
		ok   bool
		rule string
	}
	var vs []verdict
	for pi := range a.persons {
		p := &a.persons[pi]
		ok, rule := a.participation(e, p)
		vs = append(vs, verdict{p, ok, rule})
	}
	var out []Note
	var told []*personMention
	for _, v := range vs {
		if containsSamePerson(told, v.p) {
			continue
		}
		if !v.ok {
			taken := false
			for _, w := range vs {
				taken = taken || w.ok && samePerson(w.p, v.p)
			}
			if taken {
				continue
			}
		}
		told = append(told, v.p)
		name := v.p.name // the fullest form of the person's name
		for _, w := range vs {
			if samePerson(w.p, v.p) && len(w.p.name) > len(name) {
				name = w.p.name
			}
		}
		n := Note{Article: a.idx, Sentence: a.toks[v.p.start].sent, Kind: "participant", Rule: v.rule, Accepted: v.ok,
			Fact: name + " → " + e.typ + ": " + e.title}
		if !v.ok {
			n.Rule, n.Why = "participation", v.rule
		}
		out = append(out, n)
	}
	return out
}

func containsSamePerson(ps []*personMention, p *personMention) bool {
	for _, q := range ps {
		if samePerson(p, q) {
			return true
		}
	}
	return false
}
