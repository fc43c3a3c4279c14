package ingest

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/extract"
	"github.com/peyvand/peyvand/persian"
)

// maxProblems caps the problems one validation error lists.
const maxProblems = 10

// validate checks what the graph cannot take: missing names, roles and
// bodies, malformed dates, unknown kinds and evidence that points outside
// the document. It returns an EINVALID error listing the problems.
//
// A reference to a person or body the document does not list is not a
// problem here: the builder creates that entity and reports a warning.
func validate(doc *extract.Document) error {
	if doc == nil {
		return peyvand.Errorf(peyvand.EINVALID, "no document")
	}
	v := &validator{doc: doc}
	if strings.TrimSpace(doc.File) == "" {
		v.add("file is missing")
	}
	for i, a := range doc.Articles {
		if a.Published != "" {
			if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
				v.add("article %d: published %q is not YYYY-MM-DD", i, a.Published)
			}
		}
	}
	for i, p := range doc.Persons {
		if bare, _ := persian.SplitTitles(p.Name); personKey(bare) == "" {
			v.add("person %d: no name", i)
		}
		v.evidence(fmt.Sprintf("person «%s»", p.Name), p.Evidence)
	}
	for i, o := range doc.Organizations {
		if orgKey(o.Name) == "" {
			v.add("organization %d: no name", i)
		}
		v.evidence(fmt.Sprintf("organization «%s»", o.Name), o.Evidence)
	}
	for i, a := range doc.Affiliations {
		what := fmt.Sprintf("affiliation %d", i)
		v.need(what, "person", a.Person)
		v.need(what, "role", a.Role)
		v.need(what, "organization", a.Organization)
		v.evidence(what, a.Evidence)
	}
	for i, a := range doc.Appointments {
		what := fmt.Sprintf("appointment %d", i)
		v.need(what, "person", a.Person)
		v.need(what, "role", a.Role)
		v.need(what, "organization", a.Organization)
		if a.Predecessor != "" && personKey(a.Predecessor) == personKey(a.Person) {
			v.add("%s: «%s» succeeds themself", what, a.Person)
		}
		if a.How != "" && !slices.Contains(peyvand.BeganValues, a.How) {
			v.add("%s: how %q is not one of %s", what, a.How, strings.Join(peyvand.BeganValues, ", "))
		}
		if _, err := graphDate(a.Date, a.DateText, ""); err != nil {
			v.add("%s: %s", what, err.Error())
		}
		v.evidence(what, a.Evidence)
	}
	for i, e := range doc.Events {
		what := fmt.Sprintf("event %d", i)
		v.need(what, "title", e.Title)
		if _, err := graphDate(e.Date, e.DateText, e.DatePrecision); err != nil {
			v.add("%s: %s", what, err.Error())
		}
		for name, part := range e.Parts {
			if !slices.Contains(peyvand.Parts, part) {
				v.add("%s: part %q of «%s» is not one of %s", what, part, name, strings.Join(peyvand.Parts, ", "))
			}
		}
		v.evidence(what, e.Evidence)
	}
	for i, p := range doc.Projects {
		what := fmt.Sprintf("project %d", i)
		v.need(what, "name", p.Name)
		v.evidence(what, p.Evidence)
	}
	if len(v.problems) == 0 {
		return nil
	}
	msg := strings.Join(v.problems, "; ")
	if v.more > 0 {
		msg += fmt.Sprintf("; and %d more", v.more)
	}
	return peyvand.Errorf(peyvand.EINVALID, "document %s: %s", doc.File, msg)
}

type validator struct {
	doc      *extract.Document
	problems []string
	more     int
}

func (v *validator) add(format string, args ...any) {
	if len(v.problems) == maxProblems {
		v.more++
		return
	}
	v.problems = append(v.problems, fmt.Sprintf(format, args...))
}

func (v *validator) need(what, field, value string) {
	if strings.TrimSpace(value) == "" {
		v.add("%s: no %s", what, field)
	}
}

// evidence checks that each piece of evidence names an article of the
// document and offsets inside its text.
func (v *validator) evidence(what string, evs []extract.Evidence) {
	for _, e := range evs {
		n := len(v.doc.Articles)
		if n == 0 {
			n = 1 // the file's own source
		}
		if e.Article < 0 || e.Article >= n {
			v.add("%s: evidence names article %d of %d", what, e.Article, n)
			continue
		}
		if e.Start < 0 || e.End < e.Start {
			v.add("%s: evidence offsets %d..%d", what, e.Start, e.End)
			continue
		}
		if len(v.doc.Articles) > 0 {
			if l := utf8.RuneCountInString(v.doc.Articles[e.Article].Text); l > 0 && e.End > l {
				v.add("%s: evidence ends at %d, after the article's %d characters", what, e.End, l)
			}
		}
	}
}
