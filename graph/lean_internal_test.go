package graph

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestWriteQuotedMatchesGQLGen checks that the lean path writes strings
// as graphql.MarshalString does, escapes and all.
func TestWriteQuotedMatchesGQLGen(t *testing.T) {
	for _, s := range []string{"", "plain", "بانک ملی", "نیک\u200cفر", `quote " and \ slash`, "tab\tnew\nline\rret",
		"\x00\x01\x1f control", "<html> & </html>", "\u2028 line sep", "bad \xff utf8", "emoji 🙂"} {
		var got, want bytes.Buffer
		writeQuoted(&got, s)
		graphql.MarshalString(s).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("writeQuoted(%q) = %s, want %s", s, got.String(), want.String())
		}
	}
}

// TestLeanFieldsAreOpenFields checks that every field the lean path
// writes exists in the schema and carries no directive: the lean path
// calls resolvers without the directive middleware (@hasRole), so a
// guarded field must stay with gqlgen.
func TestLeanFieldsAreOpenFields(t *testing.T) {
	for typ, fields := range leanFields {
		def := parsedSchema.Types[typ]
		if def == nil {
			t.Errorf("type %s is not in the schema", typ)
			continue
		}
		for _, name := range fields {
			f := def.Fields.ForName(name)
			switch {
			case f == nil:
				t.Errorf("%s.%s is not in the schema", typ, name)
			case len(f.Directives) > 0:
				t.Errorf("%s.%s has directive @%s; the lean path must not write it", typ, name, f.Directives[0].Name)
			}
		}
	}
}
