// Package extract reads Persian news articles and finds the persons, bodies,
// posts, appointments, events and projects they report.
package extract

import "encoding/json"

// Document is what extraction finds in one file, in the shape of the
// extraction contract (shared/extraction/CONTRACT.md). The optional fields
// (Articles, Evidence, dates' originals, places) carry provenance into the
// graph; the contract's scorer ignores them.
type Document struct {
	File string `json:"file"`
	// Articles are the news articles the file was split into; evidence
	// refers to them by index. Import without articles makes one source
	// of the file itself.
	Articles      []SourceInfo   `json:"articles,omitempty"`
	Persons       []Person       `json:"persons"`
	Organizations []Organization `json:"organizations"`
	Affiliations  []Affiliation  `json:"affiliations"`
	Appointments  []Appointment  `json:"appointments"`
	Events        []Event        `json:"events"`
	Projects      []Project      `json:"projects"`
	// Warnings are doubts about the text the extractor met, such as a
	// weekday that does not fall on its date; the facts stand.
	Warnings []string `json:"warnings,omitempty"`
}

// SourceInfo describes one article of a file.
type SourceInfo struct {
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	// Published is the article's date, ISO YYYY-MM-DD, when known.
	Published string `json:"published,omitempty"`
	// Text is the article's text; evidence offsets index it in runes.
	Text string `json:"text,omitempty"`
}

// Evidence is a quoted sentence of an article, with rune offsets into that
// article's SourceInfo.Text.
type Evidence struct {
	// Article indexes Document.Articles.
	Article int    `json:"article"`
	Quote   string `json:"quote"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Person is a named individual.
type Person struct {
	Name     string     `json:"name"`
	Aliases  []string   `json:"aliases"`
	Titles   []string   `json:"titles"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Organization is a named body.
type Organization struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// Kind is the body's head noun (سازمان، کانون، شرکت).
	Kind string `json:"kind,omitempty"`
	// Parent is the name of the body this one is a branch or part of.
	Parent string `json:"parent,omitempty"`
	// Place is the province or city the body belongs to.
	Place    string     `json:"place,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Affiliation says a person holds a role in an organization.
type Affiliation struct {
	Person       string     `json:"person"`
	Role         string     `json:"role"`
	Organization string     `json:"organization"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// Appointment is a change of post holder.
type Appointment struct {
	Person       string `json:"person"`
	Role         string `json:"role"`
	Organization string `json:"organization"`
	Predecessor  string `json:"predecessor"`
	// Date is ISO YYYY-MM-DD, or empty when the text gives none.
	Date *string `json:"date"`
	// DateText is the date as written, when there is one.
	DateText string `json:"dateText,omitempty"`
	// How is APPOINTMENT, HANDOVER, DECREE (see the peyvand package).
	How      string     `json:"how,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// MarshalJSON writes an unnamed predecessor as null, as the extraction
// contract has it, rather than as an empty name.
func (a Appointment) MarshalJSON() ([]byte, error) {
	type plain Appointment
	var pred *string
	if a.Predecessor != "" {
		pred = &a.Predecessor
	}
	return json.Marshal(struct {
		plain
		Predecessor *string `json:"predecessor"`
	}{plain(a), pred})
}

// Event is a meeting, ceremony, visit, ... the text reports.
type Event struct {
	Type     string  `json:"type"`
	Title    string  `json:"title"`
	Date     *string `json:"date"`
	DateText string  `json:"dateText,omitempty"`
	// DatePrecision is DAY, MONTH, YEAR or PERIOD when Date is set.
	DatePrecision string   `json:"datePrecision,omitempty"`
	Participants  []string `json:"participants"`
	// Parts gives a participant's part (CHAIR, SPEAKER) by name; others attend.
	Parts         map[string]string `json:"parts,omitempty"`
	Organizations []string          `json:"organizations"`
	Place         string            `json:"place,omitempty"`
	Evidence      []Evidence        `json:"evidence,omitempty"`
}

// Project is a named project, plan, program, product or facility.
type Project struct {
	Name         string     `json:"name"`
	Kind         string     `json:"kind,omitempty"`
	Organization string     `json:"organization"`
	Place        string     `json:"place,omitempty"`
	Figures      []string   `json:"figures,omitempty"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}
