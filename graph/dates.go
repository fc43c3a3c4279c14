package graph

import (
	"context"
	"errors"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// Every date argument of the API is read by dayArg: Gregorian ISO or Solar
// Hijri, in any digits. What it took each argument for is told in the
// response's extensions.dates, so a caller sees which calendar was used.

// dateNote says how one date argument of a request was read.
type dateNote struct {
	// Field is the response path of the field the argument belongs to.
	Field string `json:"field"`
	// Argument names the argument (filter.from, at, input.start, ...).
	Argument string `json:"argument"`
	// Input is the text as given.
	Input string `json:"input"`
	// Calendar is GREGORIAN or SOLAR_HIJRI.
	Calendar persian.Calendar `json:"calendar"`
	// ISO and SolarHijri are the day in both calendars, YYYY-MM-DD.
	ISO        string `json:"iso"`
	SolarHijri string `json:"solarHijri"`
}

// dateNotes gathers the notes of one request; resolvers run concurrently.
type dateNotes struct {
	mu    sync.Mutex
	notes []dateNote
}

type dateNotesKey struct{}

// dateArguments is the handler extension that reports, in the response's
// extensions.dates, how each date argument was read.
type dateArguments struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = dateArguments{}

func (dateArguments) ExtensionName() string { return "DateArguments" }

func (dateArguments) Validate(graphql.ExecutableSchema) error { return nil }

func (dateArguments) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	notes := &dateNotes{}
	resp := next(context.WithValue(ctx, dateNotesKey{}, notes))
	notes.mu.Lock()
	defer notes.mu.Unlock()
	if resp != nil && len(notes.notes) > 0 {
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions["dates"] = notes.notes
	}
	return resp
}

// dayArg reads the date argument arg; an empty or missing value is nil,
// a day that cannot be read or does not exist is INVALID_ARGUMENT.
func dayArg(ctx context.Context, arg string, v *string) (*persian.Day, error) {
	s := deref(v)
	if s == "" {
		return nil, nil
	}
	d, err := persian.ParseDay(s)
	if errors.Is(err, persian.ErrBadDay) {
		return nil, peyvand.Errorf(peyvand.EINVALID, "%s: %v", arg, err)
	}
	if err != nil {
		return nil, err
	}
	if notes, ok := ctx.Value(dateNotesKey{}).(*dateNotes); ok {
		field := ""
		if fc := graphql.GetFieldContext(ctx); fc != nil {
			field = fc.Path().String()
		}
		notes.mu.Lock()
		notes.notes = append(notes.notes, dateNote{Field: field, Argument: arg, Input: d.Input, Calendar: d.Calendar, ISO: d.ISO, SolarHijri: d.SolarHijri})
		notes.mu.Unlock()
	}
	return &d, nil
}

// isoOf is the Gregorian day of d, or "" for no day.
func isoOf(d *persian.Day) string {
	if d == nil {
		return ""
	}
	return d.ISO
}
