package graph_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
)

func TestBadInput(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	deep := `{ node(id: "org_bank") { ... on Organization { ` + strings.Repeat("branches { edges { node { ", 4) + "id" + strings.Repeat(" } } }", 4) + " } } }"
	for _, tc := range []struct {
		name, query string
		status      int
		code        string
		message     string
	}{
		{"unknown ID", `{ node(id: "per_0000000000000000") { id } }`, 200, peyvand.ENOTFOUND, "no node has ID"},
		{"ID of no type", `{ node(id: "nonsense") { id } }`, 200, peyvand.ENOTFOUND, "no node has ID"},
		{"huge first", `{ persons(first: 1000000000) { totalCount } }`, 200, peyvand.EINVALID, "first must be at most 100"},
		{"negative first", `{ search(query: "x", first: -1) { totalCount } }`, 200, peyvand.EINVALID, "first must not be negative"},
		{"nested huge first", `{ node(id: "per_rezaei") { ... on Person { tenures(first: 101) { totalCount } } } }`, 200, peyvand.EINVALID, "first must be at most 100"},
		{"bad cursor", `{ persons(after: "bm9wZQ") { totalCount } }`, 200, peyvand.EINVALID, "not a cursor"},
		{"empty search", `{ search(query: "  ") { totalCount } }`, 200, peyvand.EINVALID, "must not be empty"},
		{"bad date", `{ events(filter: {from: "1403/13/01"}) { totalCount } }`, 200, peyvand.EINVALID, "month 13 is not a month"},
		{"two related filters", `{ events(filter: {organization: "org_bank", place: "plc_tehran"}) { totalCount } }`, 200, peyvand.EINVALID, "at most one of"},
		{"malformed query", `{ persons(first: 1) { totalCount `, 400, "GRAPHQL_PARSE_FAILED", "Expected"},
		{"unknown field", `{ persons { bogus } }`, 400, "GRAPHQL_VALIDATION_FAILED", "bogus"},
		{"too deep", deep, 400, peyvand.EINVALID, "levels deep"},
		{"too complex", `{ persons(first: 100) { edges { node { tenures(first: 100) { edges { node { id role person { name } } } } } } } }`, 400, "INVALID_ARGUMENT", "complexity"},
		{"mutation without key", `mutation { addAlias(id: "per_rezaei", alias: "x") { id } }`, 200, peyvand.EUNAUTHORIZED, "API key"},
		{"audit log without key", `{ auditLog { id } }`, 200, peyvand.EUNAUTHORIZED, "API key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, errs := post(t, h, tc.query, nil)
			if status != tc.status {
				t.Errorf("status = %d, want %d", status, tc.status)
			}
			if len(errs) == 0 {
				t.Fatalf("no error, want %s", tc.code)
			}
			if errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.message) {
				t.Errorf("error = %q %v, want code %s and %q", errs[0].Message, errs[0].Extensions, tc.code, tc.message)
			}
		})
	}
}

func TestReaderCannotCurate(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, store)
	for _, q := range []string{
		`mutation { renameEntity(id: "per_rezaei", name: "x") { id } }`,
		`mutation { mergeEntities(from: "per_ahmadi", into: "per_rezaei") { id } }`,
		`{ auditLog { id } }`,
	} {
		_, errs := post(t, h, q, &auth.Caller{Name: "viewer", Role: auth.RoleReader})
		if len(errs) != 1 || errs[0].Extensions["code"] != peyvand.EFORBIDDEN {
			t.Errorf("%s as reader: errors = %+v, want FORBIDDEN", q, errs)
		}
	}
	var resp struct{ Node struct{ Name string } }
	newClient(t, store).MustPost(`{ node(id: "per_rezaei") { ... on Person { name } } }`, &resp)
	if resp.Node.Name == "x" {
		t.Error("a reader renamed a person")
	}
}

// failingStore fails every read with an error whose text must not reach
// clients.
type failingStore struct{ peyvand.Store }

var errSecret = errors.New("bolt: page 7 corrupt at /var/lib/secret")

func (failingStore) Nodes(context.Context, []string) ([]*peyvand.Node, error) { return nil, errSecret }
func (failingStore) Find(context.Context, peyvand.Query) (*peyvand.Page, error) {
	return nil, errSecret
}

func TestInternalErrorsAreHidden(t *testing.T) {
	store, _ := seededStore(t)
	h := newHandler(t, failingStore{store})
	for _, q := range []string{`{ node(id: "per_rezaei") { id } }`, `{ persons { totalCount } }`} {
		_, errs := post(t, h, q, nil)
		if len(errs) != 1 || errs[0].Extensions["code"] != peyvand.EINTERNAL || errs[0].Message != "internal error" {
			t.Errorf("%s: errors = %+v, want one INTERNAL error saying nothing more", q, errs)
		}
	}
}
